/*
 * How many columns a text takes in a terminal, which is not its length: a Thai vowel or tone
 * mark above or below the letter takes none, a Chinese character takes two. Counted as
 * terminals count (wcwidth): by code point, so that Thai SARA AM, which joins the letter
 * before it in one grapheme yet takes a column of its own, counts; texts are cut only between
 * graphemes, so that a mark never stands alone.
 */

// Made on first use: starting ICU's segmenter costs a run more CPU than reading and scoring the
// answers, and Latin text is measured without it.
let graphemes: Intl.Segmenter | undefined;

// East Asian Wide and Fullwidth ranges (Unicode UAX #11) that gret's languages and emoji use.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const isWide = (code: number): boolean => WIDE.some(([from, to]) => code >= from && code <= to);

/** The columns one code point takes: none for a mark set on another, a control or a zero-width space; two for a wide character. */
function codePointWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  // Printable ASCII, and Latin letters and signs before the combining marks begin, take one.
  if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code < 0x300 && code !== 0xad)) return 1;
  let width = known.get(code);
  if (width === undefined) {
    width = code < 0x20 || (code >= 0x7f && code < 0xa0) || /^[\p{Mn}\p{Me}\p{Cf}]$/u.test(char) ? 0 : isWide(code) ? 2 : 1;
    known.set(code, width);
  }
  return width;
}

/** Widths of the other code points met, as working one out takes a regular expression. */
const known = new Map<number, number>();

function graphemeWidth(grapheme: string): number {
  let width = 0;
  for (const char of grapheme) width += codePointWidth(char);
  return width;
}

export function displayWidth(text: string): number {
  // Latin text, the most common, needs no segmenting.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  return graphemeWidth(text);
}

/** The text padded with spaces at the end to `width` columns. */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The text padded with spaces at the start to `width` columns. */
export function padColumnsStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** The longest start of the text that fits in `width` columns, cut between graphemes. */
export function sliceColumns(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const { segment } of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text)) {
    const w = graphemeWidth(segment);
    if (used + w > width) break;
    out += segment;
    used += w;
  }
  return out;
}
