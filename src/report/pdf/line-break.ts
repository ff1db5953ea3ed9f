import type { FontScript } from './font-catalog.js';
import type { ScriptRun } from './script-runs.js';

/** A piece of a line drawn in one font, with its width at the size it was measured for. */
interface Piece {
  readonly text: string;
  readonly script: FontScript;
  readonly width: number;
}

export interface Line {
  readonly pieces: readonly Piece[];
  readonly width: number;
}

type Measure = (text: string, script: FontScript) => number;

// Scripts written without spaces between words: a line may break between any two words.
const NO_SPACE = /[\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NO_BREAK_BEFORE = /^[、。，．・：；！？）」』】〉》〕,.:;!?)\]}’”%ー々]/u;
const NO_BREAK_AFTER = /[（「『【〈《〔([{‘“]$/u;
const BREAK_AFTER = /[-–—/]$/u;

const words = new Intl.Segmenter('en', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

const HYPHEN_BREAK = /(?<=[\p{L}\p{N}][-–—/])(?=[\p{L}\p{N}])/u;

/** Splits a paragraph into units that must stay on one line; each may end with spaces. */
export function breakUnits(text: string): string[] {
  // Text that separates words with spaces needs no dictionary: split at spaces and hyphens.
  if (!NO_SPACE.test(text)) return (text.match(/\s+|\S+\s*/gu) ?? []).flatMap((unit) => unit.split(HYPHEN_BREAK));
  const units: string[] = [];
  let current = '';
  for (const { segment } of words.segment(text)) {
    if (current === '') {
      current = segment;
      continue;
    }
    const afterSpace = /\s$/u.test(current) && !/^\s/u.test(segment);
    const prev = current.slice(-1);
    const first = segment.charAt(0);
    const noSpace = NO_SPACE.test(prev) || NO_SPACE.test(first);
    const hyphen = BREAK_AFTER.test(current) && /^[\p{L}\p{N}]/u.test(segment) && /[\p{L}\p{N}][-–—/]$/u.test(current);
    const allowed = (afterSpace || noSpace || hyphen) && !NO_BREAK_BEFORE.test(segment) && !NO_BREAK_AFTER.test(current) && !/^\s/u.test(segment);
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

/** The runs covering text[start, end), cut to that range. */
function slice(runs: readonly ScriptRun[], start: number, end: number): ScriptRun[] {
  const only = runs.length === 1 ? runs[0] : undefined;
  if (only !== undefined) return start < end ? [{ text: only.text.slice(start, end), script: only.script }] : [];
  const out: ScriptRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const runEnd = offset + run.text.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, runEnd);
    if (from < to) out.push({ text: run.text.slice(from - offset, to - offset), script: run.script });
    offset = runEnd;
  }
  return out;
}

function merge(runs: readonly ScriptRun[]): ScriptRun[] {
  const out: { text: string; script: FontScript }[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last !== undefined && last.script === r.script) last.text += r.text;
    else out.push({ text: r.text, script: r.script });
  }
  return out;
}

function widthOf(runs: readonly ScriptRun[], measure: Measure): number {
  return runs.reduce((s, r) => s + measure(r.text, r.script), 0);
}

/** Joins measured parts that share a font into the pieces of one line. */
function toLine(parts: readonly Piece[]): Line {
  const pieces: { text: string; script: FontScript; width: number }[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.script === part.script) {
      last.text += part.text;
      last.width += part.width;
    } else {
      pieces.push({ ...part });
    }
  }
  return { pieces, width: pieces.reduce((s, p) => s + p.width, 0) };
}

function measured(runs: readonly ScriptRun[], measure: Measure): Piece[] {
  return runs.map((r) => ({ ...r, width: measure(r.text, r.script) }));
}

/**
 * Takes the width of the spaces at the end of a line out of its measure. The space itself is
 * still drawn (invisibly), so that text copied or read aloud keeps the break between two words.
 */
function trimEnd(parts: readonly Piece[], trailing: number): Piece[] {
  const last = parts[parts.length - 1];
  if (last === undefined) return [];
  const text = last.text.replace(/\s+$/u, ' ');
  return [...parts.slice(0, -1), { ...last, text, width: text.trim() === '' ? 0 : last.width - trailing }];
}

/** Cuts a unit too wide for any line into grapheme-safe chunks that each fit. */
function splitWide(runs: readonly ScriptRun[], maxWidth: number, measure: Measure): ScriptRun[][] {
  const chunks: ScriptRun[][] = [];
  let current: ScriptRun[] = [];
  for (const run of runs) {
    for (const { segment } of graphemes.segment(run.text)) {
      const candidate = merge([...current, { text: segment, script: run.script }]);
      if (current.length > 0 && widthOf(candidate, measure) > maxWidth) {
        chunks.push(current);
        current = [{ text: segment, script: run.script }];
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
 * after it, the same pieces pdfkit shapes and caches when it draws them.
 */
export function breakLines(runs: readonly ScriptRun[], maxWidth: number, measure: Measure): Line[] {
  const text = runs.map((r) => r.text).join('');
  if (text.trim() === '') return [{ pieces: [], width: 0 }];
  const lines: Line[] = [];
  let line: Piece[] = [];
  // Width of the line's words so far, and of the spaces after the last one.
  let width = 0;
  let space = 0;
  let offset = 0;
  for (const unit of breakUnits(text)) {
    const unitRuns = slice(runs, offset, offset + unit.length);
    offset += unit.length;
    const trimmed = unit.replace(/\s+$/u, '').length;
    const parts = measured(unitRuns, measure);
    const trailing = widthOf(slice(unitRuns, trimmed, unit.length), measure);
    const contentWidth = parts.reduce((s, p) => s + p.width, 0) - trailing;
    if (line.length > 0 && width + space + contentWidth > maxWidth) {
      lines.push(toLine(trimEnd(line, space)));
      line = [];
    }
    if (line.length === 0 && contentWidth > maxWidth) {
      const chunks = splitWide(slice(unitRuns, 0, trimmed), maxWidth, measure);
      for (const chunk of chunks.slice(0, -1)) lines.push(toLine(measured(chunk, measure)));
      const last = measured([...(chunks[chunks.length - 1] ?? []), ...slice(unitRuns, trimmed, unit.length)], measure);
      line = last;
      width = last.reduce((s, p) => s + p.width, 0) - trailing;
    } else {
      width = line.length === 0 ? contentWidth : width + space + contentWidth;
      line.push(...parts);
    }
    space = trailing;
  }
  if (line.length > 0) lines.push(toLine(trimEnd(line, space)));
  return lines;
}

/** The width of the widest unit that must stay on one line: the narrowest line that splits no word. */
export function widestUnit(runs: readonly ScriptRun[], measure: Measure): number {
  const text = runs.map((r) => r.text).join('');
  let widest = 0;
  let offset = 0;
  for (const unit of breakUnits(text)) {
    const unitRuns = slice(runs, offset, offset + unit.length);
    offset += unit.length;
    const trimmed = unit.replace(/\s+$/u, '').length;
    widest = Math.max(widest, widthOf(unitRuns, measure) - widthOf(slice(unitRuns, trimmed, unit.length), measure));
  }
  return widest;
}
