import subsetFont from 'subset-font';
import type { FontLoader } from '../report-input.js';
import { fontFamily, fontFile, FONT_SCRIPTS, type FontScript, type FontWeight } from '../text/font-catalog.js';
import { hanScript, scriptRuns } from '../text/script-runs.js';

const HAN: readonly FontScript[] = ['sc', 'jp', 'kr'];
const WEIGHTS: readonly (readonly [FontWeight, number])[] = [
  ['regular', 400],
  ['bold', 700],
];
const LETTER = /[\p{L}\p{M}]/u;

/**
 * The characters each shipped font is asked to draw, from the texts a page shows. The Latin font
 * comes first in every font list, so the browser takes from it whatever it has: it gets every
 * character but the letters of other scripts' runs (Noto Sans has Devanagari letters too, and
 * the page draws a script with its own font, as the PDF does). Each other font gets the
 * characters of its script's runs, and the spaces, digits and signs of the page, which may fall
 * to it inside a run of its script.
 */
export function pageCharacters(texts: readonly string[], contentLanguage: string): Map<FontScript, string> {
  const all = new Set<string>();
  const foreign = new Set<string>();
  const byScript = new Map<FontScript, Set<string>>();
  for (const text of texts) {
    for (const char of text) all.add(char);
    for (const run of scriptRuns(text, contentLanguage)) {
      if (run.script === 'latin') continue;
      const chars = byScript.get(run.script) ?? new Set<string>();
      for (const char of run.text) {
        chars.add(char);
        if (LETTER.test(char)) foreign.add(char);
      }
      byScript.set(run.script, chars);
    }
  }
  const signs = [...all].filter((c) => !LETTER.test(c) && c.trim() !== '');
  const sorted = (chars: Iterable<string>) => [...new Set(chars)].sort().join('');
  const out = new Map<FontScript, string>([['latin', sorted([...all].filter((c) => !foreign.has(c)))]]);
  for (const script of FONT_SCRIPTS) {
    const chars = byScript.get(script);
    if (chars !== undefined) out.set(script, sorted([...chars, ' ', ...signs]));
  }
  return out;
}

/** The font list for text in a language: the Latin font, the other scripts, then the Han fonts with the language's own first. */
function fontList(scripts: readonly FontScript[], han: FontScript): string {
  const hanOrder = [han, ...HAN.filter((s) => s !== han)];
  const ordered = [...scripts.filter((s) => !HAN.includes(s)), ...hanOrder.filter((s) => scripts.includes(s))];
  return [...ordered.map((s) => `"${fontFamily(s)}"`), 'sans-serif'].join(', ');
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * The style rules that embed the fonts a page needs: for each script that occurs, its regular
 * and bold font cut down (by HarfBuzz's subsetter, which keeps the tables browsers shape with) to
 * the glyphs of the characters that occur, as WOFF2 in a data: address. Then the font lists:
 * the page's, and for Chinese, Japanese and Korean text the same with its own Han font first.
 */
export async function pageFonts(texts: readonly string[], loadFont: FontLoader, contentLanguage: string): Promise<string> {
  const characters = pageCharacters(texts, contentLanguage);
  const scripts = FONT_SCRIPTS.filter((s) => characters.has(s));
  const faces: string[] = [];
  for (const script of scripts) {
    for (const [weight, value] of WEIGHTS) {
      const font = loadFont(fontFile(script, weight));
      const subset = await subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), characters.get(script) ?? '', { targetFormat: 'woff2' });
      faces.push(`@font-face{font-family:"${fontFamily(script)}";font-style:normal;font-weight:${value};src:url(data:font/woff2;base64,${base64(subset)}) format("woff2")}`);
    }
  }
  // On the root, so the printed page's header and footer, which are not in the body, use it too.
  const lists = [`html{font-family:${fontList(scripts, hanScript('', contentLanguage))}}`];
  // Where the page has one Han font, every Han character is in it, whatever the language.
  if (scripts.filter((s) => HAN.includes(s)).length > 1) {
    for (const [lang, han] of [['zh', 'sc'], ['ja', 'jp'], ['ko', 'kr']] as const) lists.push(`:lang(${lang}){font-family:${fontList(scripts, han)}}`);
  }
  return [...faces, ...lists].join('\n');
}
