import { displayWidth, sliceColumns } from './display-width.js';

// Made on first use, as only a run too long for a line needs it (see display-width.ts).
let words: Intl.Segmenter | undefined;

// Spaces a line may break at: not the no-break spaces that group digits in French and Russian
// (9 870, 757 760) or join a number to its unit, which Intl writes and a reader keeps together.
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]+/u;

/**
 * Wraps text to `width` columns at spaces; a word longer than a line is split. Every line after
 * the first starts with `indent`. Blank-line paragraph breaks in the text are kept. Widths are
 * columns on screen: Thai marks take none, Chinese characters two. Thai and Chinese write no
 * spaces between words, so a run too long for a line breaks between the words the segmenter
 * finds in it, and only a single word too long for any line is cut between its characters.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  const prefix = (): string => (lines.length === 0 ? '' : indent);
  const fits = (line: string): boolean => displayWidth(prefix() + line) <= width;
  for (const paragraph of text.split('\n')) {
    // Leading spaces are indentation the caller chose: keep them.
    let line = /^\s*/.exec(paragraph)?.[0] ?? '';
    for (const word of paragraph.split(BREAKING_SPACE).filter((w) => w.length > 0)) {
      const candidate = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      // A run too long for any line (Thai, Chinese) starts beside what is there, not below it.
      const room = Math.max(1, width - displayWidth(indent));
      if (displayWidth(word) <= room) {
        if (line.trim() !== '') lines.push(prefix() + line);
        line = word;
        continue;
      }
      if (line.trim() !== '') line += ' ';
      for (const piece of pieces(word, room)) {
        if (line !== '' && !fits(line + piece)) {
          lines.push(prefix() + line.trimEnd());
          line = '';
        }
        line += piece;
      }
    }
    lines.push(prefix() + line);
  }
  return lines.join('\n');
}

/** A run of text as the words in it, each no wider than `room`. */
function pieces(run: string, room: number): string[] {
  const out: string[] = [];
  for (const { segment } of (words ??= new Intl.Segmenter(undefined, { granularity: 'word' })).segment(run)) {
    let rest = segment;
    while (displayWidth(rest) > room) {
      const head = sliceColumns(rest, room) || [...rest][0] || rest;
      out.push(head);
      rest = rest.slice(head.length);
    }
    if (rest !== '') out.push(rest);
  }
  return out;
}
