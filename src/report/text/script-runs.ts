import type { FontScript } from './font-catalog.js';

/** A stretch of text drawn with one font. */
export interface ScriptRun {
  readonly text: string;
  readonly script: FontScript;
}

type Class = FontScript | 'han' | 'neutral';

const SCRIPT_TESTS: readonly (readonly [RegExp, Class])[] = [
  [/\p{Script=Thai}/u, 'thai'],
  [/\p{Script=Devanagari}/u, 'devanagari'],
  [/\p{Script=Bengali}/u, 'bengali'],
  [/\p{Script=Khmer}/u, 'khmer'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u, 'jp'],
  [/\p{Script=Hangul}/u, 'kr'],
  // Ideographs, plus CJK punctuation and full-width forms that the Latin font lacks.
  [/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u, 'han'],
  [/[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u, 'latin'],
];

function classify(char: string): Class {
  // Most text is ASCII: decide it without the Unicode property tests.
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'latin' : 'neutral';
  for (const [test, cls] of SCRIPT_TESTS) if (test.test(char)) return cls;
  return 'neutral';
}

/**
 * The font for Han characters in this text: kana means Japanese, hangul Korean; otherwise the
 * document language decides, and Simplified Chinese is the fallback.
 */
export function hanScript(text: string, language: string): FontScript {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'jp';
  if (/\p{Script=Hangul}/u.test(text)) return 'kr';
  if (/^ja\b/i.test(language)) return 'jp';
  if (/^ko\b/i.test(language)) return 'kr';
  return 'sc';
}

/** Whether the font for a script has a glyph for a code point. */
type Covers = (script: FontScript, codePoint: number) => boolean;

function coversAll(covers: Covers, script: FontScript, text: string): boolean {
  for (const char of text) if (!covers(script, char.codePointAt(0) ?? 0)) return false;
  return true;
}

/**
 * Whether every character is Latin or belongs to no script, and the Latin font has it: the text
 * is then one Latin run, as the loop below would find it character by character. Most of a
 * report's text is, and that loop costs more than this test.
 */
function latinOnly(text: string, covers: Covers): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    // Beyond the Basic Multilingual Plane: left to the loop, which reads whole code points.
    if (code >= 0xd800 && code <= 0xdfff) return false;
    const cls = classify(text.charAt(i));
    if ((cls !== 'latin' && cls !== 'neutral') || !covers('latin', code)) return false;
  }
  return true;
}

const FALLBACK_ORDER: readonly FontScript[] = ['latin', 'sc', 'thai', 'devanagari', 'bengali', 'khmer', 'jp', 'kr'];

/**
 * Splits text into runs by writing system, so each run can use a font that has its glyphs.
 * Spaces, digits and punctuation belong to no script: they join the run they sit in (or the
 * following run at the start of the text) when its font has them, and fall back to a font that
 * does otherwise.
 */
export function scriptRuns(text: string, language: string, covers: Covers = () => true): ScriptRun[] {
  if (latinOnly(text, covers)) return text === '' ? [] : [{ text, script: 'latin' }];
  const han = hanScript(text, language);
  const runs: { text: string; script: FontScript | null }[] = [];
  for (const char of text) {
    const cls = classify(char);
    const codePoint = char.codePointAt(0) ?? 0;
    const last = runs[runs.length - 1];
    let script: FontScript | null = cls === 'neutral' ? null : cls === 'han' ? han : cls;
    if (script === null && last?.script != null && !covers(last.script, codePoint)) {
      script = FALLBACK_ORDER.find((s) => covers(s, codePoint)) ?? last.script;
    } else if (script !== null && !covers(script, codePoint)) {
      script = FALLBACK_ORDER.find((s) => covers(s, codePoint)) ?? script;
    }
    if (last !== undefined && last.script === null && script !== null && !coversAll(covers, script, last.text)) {
      last.script = 'latin';
    }
    if (last !== undefined && (script === null || last.script === script || last.script === null)) {
      last.text += char;
      last.script ??= script;
    } else {
      runs.push({ text: char, script });
    }
  }
  return runs.map((r) => ({ text: r.text, script: r.script ?? 'latin' }));
}
