/**
 * The typographic characters terminal text is drawn with, named by their use. Legacy consoles and
 * `TERM=dumb` get plain ASCII stand-ins; the shell decides which (src/cli/terminal-capabilities.ts).
 */
export interface Glyphs {
  /** A segment of a horizontal rule. */
  readonly rule: string;
  /** Between facts on one line. */
  readonly dot: string;
  /** Between a title and what is said about it. */
  readonly emDash: string;
  /** No value, and a range of values. */
  readonly enDash: string;
  readonly minus: string;
  /** From one level to another. */
  readonly arrow: string;
  /** The end of a shortened text. */
  readonly ellipsis: string;
  readonly bullet: string;
  /** Done: an answer saved, a gap closed. */
  readonly tick: string;
  /** Plain quotation marks where the terminal has no others; elsewhere the language's own (words.quote_open, words.quote_close). */
  readonly quotes?: { readonly open: string; readonly close: string };
}

export const unicodeGlyphs: Glyphs = {
  rule: '─',
  dot: '·',
  emDash: '—',
  enDash: '–',
  minus: '−',
  arrow: '→',
  ellipsis: '…',
  bullet: '•',
  tick: '✓',
};

export const asciiGlyphs: Glyphs = {
  rule: '-',
  dot: '|',
  emDash: '-',
  enDash: '-',
  minus: '-',
  arrow: '->',
  ellipsis: '...',
  bullet: '*',
  tick: 'OK',
  quotes: { open: '"', close: '"' },
};

/** Terminal emphasis and glyphs, injected so reporters never import a colour library. Meaning never rests on colour alone. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly good: (s: string) => string;
  readonly warn: (s: string) => string;
  readonly bad: (s: string) => string;
  readonly accent: (s: string) => string;
  readonly glyphs: Glyphs;
}

const same = (s: string): string => s;

export const plainStyle: Style = { bold: same, dim: same, good: same, warn: same, bad: same, accent: same, glyphs: unicodeGlyphs };
