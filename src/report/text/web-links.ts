/** A web or mail address found in a text, and the address a click opens. */
export interface WebLink {
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

// Only these schemes become links: the answers file is typed by anyone, and a `javascript:` or
// `file:` address must never run or open something on the reader's machine.
const ADDRESS = /(?<![\p{L}\p{N}])(?:https?:\/\/|mailto:)[^\s<>"]+/giu;
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// Punctuation that ends the sentence around an address rather than the address itself.
const TRAILING = /[.,;:!?'’”»)\]}]+$/u;

function href(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (!SAFE_SCHEMES.has(url.protocol)) return null;
  if (url.protocol === 'mailto:' ? !url.pathname.includes('@') : url.hostname === '') return null;
  return url.href;
}

/** The http, https and mailto addresses written in a text, as the reader would click them. */
export function webLinks(text: string): WebLink[] {
  const links: WebLink[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    let address = match[0];
    const trailing = TRAILING.exec(address)?.[0] ?? '';
    // A closing bracket belongs to the address when the address opened it, as in Wikipedia's.
    const keep = trailing.startsWith(')') && address.slice(0, -trailing.length).includes('(') ? 1 : 0;
    address = address.slice(0, address.length - trailing.length + keep);
    const target = href(address);
    if (target !== null) links.push({ start: match.index, end: match.index + address.length, href: target });
  }
  return links;
}
