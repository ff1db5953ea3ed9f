import { primaryLanguage, type DeclaredLanguages, type LanguageRange } from './declared-languages.js';
import type { FontScript } from './font-catalog.js';
import type { ScriptRun } from './script-runs.js';
import { textLanguage } from './text-language.js';
import { webLinks, type WebLink } from './web-links.js';

/** A stretch of text drawn with one font that is one thing to a reader: one language, one link or none. */
export interface TextRun extends ScriptRun {
  /** The run's language, or null when it is the document's. */
  readonly lang: string | null;
  /**
   * Whether the glyphs drawn may not copy out as the typed text (shaping reorders Indic vowel
   * signs and Khmer subscripts, stacks Thai marks, decomposes Vietnamese letters), so the text
   * travels with them as ActualText.
   */
  readonly actual: boolean;
  /** The address the run opens when clicked. */
  readonly link: string | null;
}

/** The language each non-Latin font's text is read in; Latin text is told apart by its letters. */
const SCRIPT_LANGUAGE: Readonly<Record<Exclude<FontScript, 'latin'>, string>> = {
  thai: 'th',
  devanagari: 'hi',
  bengali: 'bn',
  khmer: 'km',
  sc: 'zh',
  jp: 'ja',
  kr: 'ko',
};

/** The ISO 15924 scripts each font draws, to check that a declared language can be the run's. */
const FONT_SCRIPTS: Readonly<Record<FontScript, readonly string[]>> = {
  latin: ['Latn', 'Grek', 'Cyrl'],
  thai: ['Thai'],
  devanagari: ['Deva'],
  bengali: ['Beng'],
  khmer: ['Khmr'],
  sc: ['Hans', 'Hant'],
  jp: ['Jpan'],
  kr: ['Kore'],
};

function writtenIn(lang: string): string | null {
  try {
    return new Intl.Locale(lang).maximize().script ?? null;
  } catch {
    return null;
  }
}

// Letters and marks past Latin Extended-B: Vietnamese tone marks and combining marks, which the
// Latin font draws as a base letter and a mark.
const COMPOSED_LATIN = /(?=[\p{L}\p{M}])[^\u0000-\u024f]/u;
const LETTER = /[\p{L}\p{M}]/u;

/** What a run means to a reader beyond its font: where declared texts, links and languages start and stop. */
export interface RunContext {
  readonly documentLanguage: string;
  readonly declared: DeclaredLanguages;
}

function covering<T extends { readonly start: number; readonly end: number }>(ranges: readonly T[], start: number): T | undefined {
  return ranges.find((r) => r.start <= start && start < r.end);
}

function runLanguage(text: string, script: FontScript, declared: LanguageRange | undefined, documentLanguage: string): string | null {
  const detected = script === 'latin' ? textLanguage(text, documentLanguage) : SCRIPT_LANGUAGE[script];
  // A declared language counts where the text is written in its script: a Thai answers file
  // may still name an agency in English.
  const declaredScript = declared === undefined ? null : writtenIn(declared.lang);
  const lang = declared !== undefined && declaredScript !== null && FONT_SCRIPTS[script].includes(declaredScript) ? declared.lang : detected;
  return lang === null || primaryLanguage(lang) === primaryLanguage(documentLanguage) ? null : lang;
}

/**
 * Cuts a paragraph's font runs where a link or a declared text starts or ends, and says of each
 * piece which language it is in, whether it needs its typed text alongside its glyphs, and
 * where it links to.
 */
export function textRuns(runs: readonly ScriptRun[], context: RunContext): TextRun[] {
  const text = runs.map((r) => r.text).join('');
  const links: readonly WebLink[] = webLinks(text);
  const declared = context.declared.ranges(text);
  const cuts = new Set([...links, ...declared].flatMap((r) => [r.start, r.end]));
  const out: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    const stops = [...cuts].filter((c) => c > offset && c < end).sort((a, b) => a - b);
    let from = offset;
    for (const to of [...stops, end]) {
      const piece = text.slice(from, to);
      // Digits, spaces and symbols (an arrow drawn with the Chinese font) are in no language and copy out as drawn.
      const lettered = LETTER.test(piece);
      out.push({
        text: piece,
        script: run.script,
        lang: lettered ? runLanguage(piece, run.script, covering(declared, from), context.documentLanguage) : null,
        actual: lettered && (run.script !== 'latin' || COMPOSED_LATIN.test(piece)),
        link: covering(links, from)?.href ?? null,
      });
      from = to;
    }
    offset = end;
  }
  return out;
}
