import type { FontScript } from './font-catalog.js';
import type { ScriptRun } from './script-runs.js';
import { THAI_NO_BREAK } from './thai-words.js';

/** A piece of a line drawn in one font, from one run of the text, with its width at the size it was measured for. */
interface Piece<R extends ScriptRun = ScriptRun> {
  readonly text: string;
  readonly run: R;
  readonly width: number;
  /**
   * The texts the piece was measured as, in order; joined, they are its text. Drawn as these
   * same texts, each is shaped from the font's cache of its measure instead of again.
   */
  readonly measuredAs: readonly string[];
}

export interface Line<R extends ScriptRun = ScriptRun> {
  readonly pieces: readonly Piece<R>[];
  readonly width: number;
}

/** Part of a run's text; it keeps the run it came from, so pieces drawn on different lines can be told apart. */
interface Part<R extends ScriptRun> {
  readonly text: string;
  readonly run: R;
}

type Measure = (text: string, script: FontScript) => number;

// Scripts written without spaces between words: a line may break between any two words.
const NO_SPACE = /[\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// ๆ (Thai repetition mark) and 々 repeat the word before them, so a line never starts with one.
const NO_BREAK_BEFORE = /^[、。，．・：；！？）」』】〉》〕,.:;!?)\]}’”%ー々ๆ]/u;
const NO_BREAK_AFTER = /[（「『【〈《〔([{‘“]$/u;
const BREAK_AFTER = /[-–—/]$/u;

// ICU finds word boundaries in Thai, Khmer, Lao, Myanmar and Chinese or Japanese by dictionary, whatever the locale.
const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

// A line may break after a hyphen or slash inside a word, but never inside a figure such as a
// date (2025-07-31) or a range (2024-2028), and never after a one-letter prefix (e-government).
const HYPHEN_BREAK = /(?<=\p{L}\p{L}[-–—/])(?=[\p{L}\p{N}])|(?<=\p{N}[-–—/])(?=\p{L})/u;
// Most words have none of those marks, and a test for them costs less than the split.
const DASH = /[-–—/]/u;

/** Offsets inside the listed Thai words, where the segmenter finds a boundary that is no place for a break. */
function insideListedWords(text: string): Set<number> {
  const inside = new Set<number>();
  if (!/\p{Script=Thai}/u.test(text)) return inside;
  for (const [word] of THAI_NO_BREAK) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      for (let k = at + 1; k < at + word.length; k++) inside.add(k);
    }
  }
  return inside;
}

/** Splits a paragraph into units that must stay on one line; each may end with spaces. */
export function breakUnits(text: string): string[] {
  // Text that separates words with spaces needs no dictionary: split at spaces and hyphens.
  if (!NO_SPACE.test(text)) return (text.match(/\s+|\S+\s*/gu) ?? []).flatMap((unit) => (DASH.test(unit) ? unit.split(HYPHEN_BREAK) : unit));
  const inside = insideListedWords(text);
  const units: string[] = [];
  let current = '';
  for (const { segment, index } of words.segment(text)) {
    if (current === '') {
      current = segment;
      continue;
    }
    const afterSpace = /\s$/u.test(current) && !/^\s/u.test(segment);
    const prev = current.slice(-1);
    const first = segment.charAt(0);
    const noSpace = NO_SPACE.test(prev) || NO_SPACE.test(first);
    const hyphen = BREAK_AFTER.test(current) && HYPHEN_BREAK.test(`${current.slice(-3)}${first}`);
    const allowed =
      (afterSpace || noSpace || hyphen) && !NO_BREAK_BEFORE.test(segment) && !NO_BREAK_AFTER.test(current) && !/^\s/u.test(segment) && !inside.has(index);
    if (allowed) {
      units.push(current);
      current = segment;
    } else {
      current += segment;
    }
  }
  if (current !== '') units.push(current);
  return units;
}

/** The parts covering text[start, end), cut to that range. */
function slice<R extends ScriptRun>(parts: readonly Part<R>[], start: number, end: number): Part<R>[] {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only !== undefined) return start < end ? [{ text: only.text.slice(start, end), run: only.run }] : [];
  const out: Part<R>[] = [];
  let offset = 0;
  for (const part of parts) {
    const partEnd = offset + part.text.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, partEnd);
    if (from < to) out.push({ text: part.text.slice(from - offset, to - offset), run: part.run });
    offset = partEnd;
  }
  return out;
}

function merge<R extends ScriptRun>(parts: readonly Part<R>[]): Part<R>[] {
  const out: { text: string; run: R }[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && last.run === p.run) last.text += p.text;
    else out.push({ text: p.text, run: p.run });
  }
  return out;
}

function widthOf(parts: readonly Part<ScriptRun>[], measure: Measure): number {
  return parts.reduce((s, p) => s + measure(p.text, p.run.script), 0);
}

/** Joins measured parts of the same run into the pieces of one line. */
function toLine<R extends ScriptRun>(parts: readonly Piece<R>[]): Line<R> {
  const pieces: { text: string; run: R; width: number; measuredAs: string[] }[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.run === part.run) {
      last.text += part.text;
      last.width += part.width;
      last.measuredAs.push(...part.measuredAs);
    } else {
      pieces.push({ text: part.text, run: part.run, width: part.width, measuredAs: [...part.measuredAs] });
    }
  }
  return { pieces, width: pieces.reduce((s, p) => s + p.width, 0) };
}

function measured<R extends ScriptRun>(parts: readonly Part<R>[], measure: Measure): Piece<R>[] {
  return parts.map((p) => ({ text: p.text, run: p.run, width: measure(p.text, p.run.script), measuredAs: [p.text] }));
}

/**
 * Takes the width of the spaces at the end of a line out of its measure. The space itself is
 * still drawn (invisibly), so that text copied or read aloud keeps the break between two words.
 */
function trimEnd<R extends ScriptRun>(parts: readonly Piece<R>[], trailing: number): Piece<R>[] {
  const last = parts[parts.length - 1];
  if (last === undefined) return [];
  const text = last.text.replace(/\s+$/u, ' ');
  const measuredAs = text === last.text ? last.measuredAs : [...withoutTrailingSpace(last.measuredAs), ' '];
  const out = parts.slice();
  out[out.length - 1] = { text, run: last.run, width: text.trim() === '' ? 0 : last.width - trailing, measuredAs };
  return out;
}

/** The texts with the spaces at their end taken off, and any text left empty dropped. */
function withoutTrailingSpace(texts: readonly string[]): string[] {
  const out = [...texts];
  while (out.length > 0) {
    const trimmed = (out[out.length - 1] ?? '').replace(/\s+$/u, '');
    if (trimmed !== '') {
      out[out.length - 1] = trimmed;
      break;
    }
    out.pop();
  }
  return out;
}

/** Cuts a unit too wide for any line into grapheme-safe chunks that each fit. */
function splitWide<R extends ScriptRun>(parts: readonly Part<R>[], maxWidth: number, measure: Measure): Part<R>[][] {
  const chunks: Part<R>[][] = [];
  let current: Part<R>[] = [];
  for (const part of parts) {
    for (const { segment } of graphemes.segment(part.text)) {
      const candidate = merge([...current, { text: segment, run: part.run }]);
      if (current.length > 0 && widthOf(candidate, measure) > maxWidth) {
        chunks.push(current);
        current = [{ text: segment, run: part.run }];
      } else {
        current = candidate;
      }
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Wraps one paragraph (no line feeds) into lines no wider than maxWidth. Text is never cut:
 * a word wider than a line is split between graphemes. Each word is measured with the spaces
 * after it, the same pieces pdfkit shapes and caches when it draws them. Every piece keeps the
 * run it was cut from.
 */
export function breakLines<R extends ScriptRun>(runs: readonly R[], maxWidth: number, measure: Measure): Line<R>[] {
  const parts: Part<R>[] = runs.map((run) => ({ text: run.text, run }));
  const text = runs.map((r) => r.text).join('');
  if (text.trim() === '') return [{ pieces: [], width: 0 }];
  const lines: Line<R>[] = [];
  let line: Piece<R>[] = [];
  // Width of the line's words so far, and of the spaces after the last one.
  let width = 0;
  let space = 0;
  let offset = 0;
  for (const unit of breakUnits(text)) {
    const unitParts = slice(parts, offset, offset + unit.length);
    offset += unit.length;
    const trimmed = unit.replace(/\s+$/u, '').length;
    const pieces = measured(unitParts, measure);
    const trailing = widthOf(slice(unitParts, trimmed, unit.length), measure);
    const contentWidth = pieces.reduce((s, p) => s + p.width, 0) - trailing;
    if (line.length > 0 && width + space + contentWidth > maxWidth) {
      lines.push(toLine(trimEnd(line, space)));
      line = [];
    }
    if (line.length === 0 && contentWidth > maxWidth) {
      const chunks = splitWide(slice(unitParts, 0, trimmed), maxWidth, measure);
      for (const chunk of chunks.slice(0, -1)) lines.push(toLine(measured(chunk, measure)));
      const last = measured([...(chunks[chunks.length - 1] ?? []), ...slice(unitParts, trimmed, unit.length)], measure);
      line = last;
      width = last.reduce((s, p) => s + p.width, 0) - trailing;
    } else {
      width = line.length === 0 ? contentWidth : width + space + contentWidth;
      line.push(...pieces);
    }
    space = trailing;
  }
  if (line.length > 0) lines.push(toLine(trimEnd(line, space)));
  return lines;
}

/** The width of the widest unit that must stay on one line: the narrowest line that splits no word. */
export function widestUnit(runs: readonly ScriptRun[], measure: Measure): number {
  const parts = runs.map((run) => ({ text: run.text, run }));
  const text = runs.map((r) => r.text).join('');
  let widest = 0;
  let offset = 0;
  for (const unit of breakUnits(text)) {
    const unitParts = slice(parts, offset, offset + unit.length);
    offset += unit.length;
    const trimmed = unit.replace(/\s+$/u, '').length;
    widest = Math.max(widest, widthOf(unitParts, measure) - widthOf(slice(unitParts, trimmed, unit.length), measure));
  }
  return widest;
}
