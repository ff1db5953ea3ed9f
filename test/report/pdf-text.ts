import { inflateSync } from 'node:zlib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  /** Every text item with its box in PDF units, origin bottom left. */
  readonly items: readonly { str: string; x: number; y: number; width: number; height: number }[];
}

export interface PdfFont {
  /** The font's name in the file: a subset carries a six-letter tag, as in ABCDEF+NotoSans-Regular. */
  readonly name: string;
  readonly embedded: boolean;
}

export interface ExtractedPdf {
  readonly pages: readonly PdfPage[];
  readonly outline: readonly string[];
  /** Each top-level bookmark's nested bookmarks. */
  readonly outlineChildren: ReadonlyMap<string, readonly string[]>;
  readonly info: Record<string, unknown>;
  /** Whether the document says it is tagged (its MarkInfo), as a screen reader reads it. */
  readonly tagged: boolean;
  /** Each page's structure elements in reading order, page by page: an element on two pages is listed on each. */
  readonly structure: readonly StructEntry[];
  /** Every font any page uses, once. */
  readonly fonts: readonly PdfFont[];
  /** Every link annotation, with the address as written in the file. */
  readonly links: readonly PdfLink[];
  /** Every link to a place inside the document, with the named destination it goes to. */
  readonly internalLinks: readonly { readonly page: number; readonly destination: string }[];
}

export interface StructEntry {
  readonly role: string;
  /** Alternative text (Alt) or, failing that, ActualText: what a reader gets instead of the element's glyphs. */
  readonly alt?: string;
  readonly lang?: string;
  /** The language it is read in: its own Lang, else the nearest enclosing element's. */
  readonly language?: string;
  /**
   * Its text as a screen reader or a copy gets it from the page: the characters its text
   * operators show, in drawing order, spaces included, with each child element's alternative
   * text in place of that child's glyphs.
   */
  readonly text: string;
  /** The heading level, 1 for H1; 0 for any other element. */
  readonly level: number;
}

export interface PdfLink {
  readonly page: number;
  readonly url: string;
}

interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Lists the elements under a node in reading order, and returns the node's text. */
function flatten(node: StructNode, content: ReadonlyMap<number, string>, language: string | undefined, out: StructEntry[]): string {
  if (node.type === 'content') return content.get(Number(/_mc(\d+)$/.exec(node.id ?? '')?.[1])) ?? '';
  const own = node.lang ?? language;
  const entry = node.role === undefined ? null : { role: node.role, text: '', level: Number(/^H(\d)$/.exec(node.role)?.[1] ?? 0) };
  if (entry !== null) out.push(entry);
  const text = (node.children ?? []).map((child) => flatten(child, content, own, out)).join('');
  if (entry === null) return text;
  Object.assign(entry, { text }, node.alt === undefined ? {} : { alt: node.alt }, node.lang === undefined ? {} : { lang: node.lang }, own === undefined ? {} : { language: own });
  return node.alt ?? text;
}

interface Glyph {
  readonly unicode: string;
}

function isGlyph(value: unknown): value is Glyph {
  return typeof value === 'object' && value !== null && 'unicode' in value && typeof value.unicode === 'string';
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.subarray(from, to)).toString('latin1');
}

/**
 * pdfjs repairs a file that lost its last bytes, so the file's own bookkeeping is checked as a
 * strict reader would: it ends with startxref and %%EOF, the cross-reference table sits where
 * the trailer says, and every object the table lists starts at the offset it gives.
 */
function checkCrossReferences(bytes: Uint8Array): void {
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(latin1(bytes, Math.max(0, bytes.length - 64), bytes.length));
  if (end === null) throw new Error('the PDF does not end with startxref and %%EOF: it is cut short');
  const start = Number(end[1]);
  const table = /^xref\s+(\d+) (\d+)\s+/.exec(latin1(bytes, start, start + 32));
  if (table === null) throw new Error(`the trailer puts the cross-reference table at byte ${start}, but it is not there`);
  const first = Number(table[1]);
  const count = Number(table[2]);
  const entries = latin1(bytes, start + table[0].length, start + table[0].length + count * 20).match(/(\d{10}) (\d{5}) ([nf])/g) ?? [];
  if (entries.length !== count) throw new Error(`the cross-reference table lists ${entries.length} of its ${count} entries`);
  entries.forEach((entry, k) => {
    const [offset = '', generation = '', kind] = entry.split(' ');
    if (kind !== 'n') return;
    const expected = `${first + k} ${Number(generation)} obj`;
    const at = Number(offset);
    if (latin1(bytes, at, at + expected.length) !== expected) throw new Error(`object ${first + k} is not at byte ${at}, where the cross-reference table puts it`);
  });
}

function fontOf(value: unknown): PdfFont | null {
  if (typeof value !== 'object' || value === null) return null;
  const name: unknown = Reflect.get(value, 'name');
  return typeof name === 'string' ? { name, embedded: Reflect.get(value, 'missingFile') !== true } : null;
}

/**
 * Reads a PDF the way the tests inspect it. A file that pdfjs cannot open, or whose
 * cross-references are broken, throws: such a file is not a usable PDF.
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  checkCrossReferences(bytes);
  // fontExtraProperties keeps each font's name and whether its file is embedded.
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, fontExtraProperties: true }).promise;
  const pages: PdfPage[] = [];
  const structure: StructEntry[] = [];
  const links: PdfLink[] = [];
  const internalLinks: { page: number; destination: string }[] = [];
  const fonts = new Map<string, PdfFont>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item ? [{ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height }] : [],
    );
    const operators = await page.getOperatorList();
    // The characters each marked sequence shows, by its MCID, straight from the text operators.
    const marked = new Map<number, string>();
    const open: number[] = [];
    operators.fnArray.forEach((fn, k) => {
      const args: unknown[] = operators.argsArray[k] ?? [];
      const font = fn === OPS.setFont ? fontOf(page.commonObjs.get(String(args[0]))) : null;
      if (font !== null) fonts.set(font.name, font);
      if (fn === OPS.beginMarkedContentProps) open.push(typeof args[1] === 'number' ? args[1] : -1);
      if (fn === OPS.beginMarkedContent) open.push(-1);
      if (fn === OPS.endMarkedContent) open.pop();
      const mcid = open.findLast((id) => id >= 0);
      if (fn === OPS.showText && mcid !== undefined && Array.isArray(args[0])) {
        const shown = args[0].map((glyph: unknown) => (isGlyph(glyph) ? glyph.unicode : '')).join('');
        marked.set(mcid, (marked.get(mcid) ?? '') + shown);
      }
    });
    pages.push({ text: items.map((i) => i.str).join(' '), width: width ?? 0, height: height ?? 0, items });
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree !== null) flatten(tree, marked, undefined, structure);
    for (const annotation of await page.getAnnotations()) {
      // pdf.js leaves out addresses it would not open; the raw one shows what the file holds.
      const url: unknown = annotation.unsafeUrl ?? annotation.url;
      if (annotation.subtype === 'Link' && typeof url === 'string') links.push({ page: n, url });
      const dest: unknown = annotation.dest;
      if (annotation.subtype === 'Link' && typeof dest === 'string') internalLinks.push({ page: n, destination: dest });
    }
  }
  const items = (await doc.getOutline()) ?? [];
  const outline = items.map((o) => o.title);
  const outlineChildren = new Map(items.map((o) => [o.title, o.items.map((c) => c.title)]));
  const { info } = await doc.getMetadata();
  const tagged = (await doc.getMarkInfo())?.Marked === true;
  await doc.destroy();
  return { pages, outline, outlineChildren, info: info as Record<string, unknown>, tagged, structure, fonts: [...fonts.values()], links, internalLinks };
}

/** Text with all white space removed, to compare wrapped text with its source. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** Reads a PDF literal string that starts at `from` (its opening bracket), as bytes in latin1. */
function literalString(source: string, from: number): string {
  let out = '';
  let depth = 0;
  for (let k = from; k < source.length; k++) {
    const c = source.charAt(k);
    if (c === '\\') {
      const next = source.charAt(k + 1);
      const octal = /^[0-7]{1,3}/.exec(source.slice(k + 1, k + 4))?.[0];
      if (octal !== undefined) {
        out += String.fromCharCode(parseInt(octal, 8));
        k += octal.length;
      } else {
        if (next !== '\n' && next !== '\r') out += ESCAPES[next] ?? next;
        k += 1;
      }
      continue;
    }
    if (c === '(') depth += 1;
    if (c === ')') depth -= 1;
    if (depth === 0) return out;
    if (depth > 1 || c !== '(') out += c;
  }
  throw new Error('a literal string in a content stream is not closed');
}

/** A PDF text string: UTF-16BE after a byte order mark, else PDFDocEncoding (latin1 for what tests need). */
function textString(bytes: string): string {
  return bytes.startsWith('\u00fe\u00ff') ? Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le') : bytes;
}

/**
 * The ActualText of every marked-content span in the page streams, in drawing order: what
 * pdftotext, and screen readers that read the page rather than the structure tree, take in place
 * of the glyphs. pdf.js does not report it, so the compressed streams are read here.
 */
export function markedActualText(bytes: Uint8Array): string[] {
  const file = Buffer.from(bytes).toString('latin1');
  const texts: string[] = [];
  for (const stream of file.matchAll(/\/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
    const start = stream.index + stream[0].length;
    const content = inflateSync(Buffer.from(file.slice(start, file.indexOf('endstream', start)), 'latin1')).toString('latin1');
    for (const span of content.matchAll(/\/Span\s*<<(?:[^()>]|\([^()]*\))*?\/ActualText\s*\(/g)) {
      texts.push(textString(literalString(content, span.index + span[0].length - 1)));
    }
  }
  return texts;
}
