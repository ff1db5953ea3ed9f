/**
 * The languages to look in for a text, most specific first, ending before English (the
 * canonical text, which needs no file): fr-CA → fr. Tags compare without regard to case, as
 * BCP 47 says, and come back as the files spell them: language lower case, region upper case.
 */
export function languageChain(tag: string): string[] {
  const parts = canonicalTag(tag).split('-');
  const chain: string[] = [];
  for (let n = parts.length; n >= 1; n--) chain.push(parts.slice(0, n).join('-'));
  const script = impliedChineseScript(parts);
  if (script !== undefined) chain.splice(chain.length - 1, 0, `zh-${script}`);
  return chain.filter((t) => t === PSEUDO_LOCALE || (t !== 'en' && !t.startsWith('en-')));
}

// Chinese is written in two scripts. A tag that names none implies one by its region, as CLDR's
// likely subtags have it: zh and zh-CN read Simplified (zh-Hans), zh-TW and zh-HK Traditional.
const TRADITIONAL_REGIONS: ReadonlySet<string> = new Set(['TW', 'HK', 'MO']);

function impliedChineseScript(parts: readonly string[]): string | undefined {
  if (parts[0] !== 'zh' || (parts[1] !== undefined && parts[1].length === 4)) return undefined;
  return parts[1] !== undefined && TRADITIONAL_REGIONS.has(parts[1]) ? 'Hant' : 'Hans';
}

/** Accented, lengthened English: every text gret shows, made so that a hard-coded one stands out. */
export const PSEUDO_LOCALE = 'en-XA';

/** `FR-ca` → `fr-CA`, `zh-hans` → `zh-Hans`: the spelling of the files' names. */
export function canonicalTag(tag: string): string {
  return tag
    .split(/[-_]/)
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]?.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase()))
    .join('-');
}

/** True when texts in this language are gret's own English, with no file to read. */
export function isEnglish(tag: string): boolean {
  return languageChain(tag).length === 0;
}

/** The overlays to look in for a rubric: the chain, stopping at the language the pack is written in. */
export function overlayChain(rubric: { readonly language: string }, language: string): string[] {
  const chain = languageChain(language);
  const own = chain.indexOf(rubric.language);
  return own === -1 ? chain : chain.slice(0, own);
}
