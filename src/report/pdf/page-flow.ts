import type { DeclaredLanguages } from '../text/declared-languages.js';
import type { Line } from '../text/line-break.js';
import type { PdfDocument, PdfStructure, PdfStructureOptions } from './pdf-document.js';
import type { PdfFonts } from './pdf-fonts.js';
import type { DrawnPiece, Tags } from './tags.js';
import { drawGlyphs } from './draw-glyphs.js';
import { textLanguage } from '../text/text-language.js';
import { textRuns, type RunContext, type TextRun } from '../text/text-runs.js';
import type { TextStyle, Theme } from './theme.js';

export interface WrappedText {
  readonly lines: readonly Line<TextRun>[];
  readonly style: TextStyle;
  readonly lineHeight: number;
  readonly height: number;
}

/**
 * The cursor that content flows through: it knows the page's free area, starts new pages and
 * draws wrapped text. Every block is laid out first, so its height is known before it is drawn.
 */
export class PageFlow {
  y: number;
  /** Title of the section each page belongs to, by page index, for the running header. */
  readonly pageSections: string[] = [];
  private section = '';
  /** Wrapped texts by style and width, then by text: a key of its own would copy the whole text at every call. */
  private readonly wrapped = new Map<string, Map<string, readonly Line<TextRun>[]>>();
  /** Each paragraph's runs, worked out once however many styles and widths it is wrapped to. */
  private readonly paragraphRuns = new Map<string, TextRun[]>();
  private readonly runContext: RunContext;

  constructor(
    readonly doc: PdfDocument,
    readonly fonts: PdfFonts,
    readonly theme: Theme,
    readonly tags: Tags,
    readonly language: string,
    declared: DeclaredLanguages,
  ) {
    this.y = theme.margins.top;
    this.runContext = { documentLanguage: language, declared };
  }

  get left(): number {
    return this.theme.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.theme.margins.left - this.theme.margins.right;
  }

  get top(): number {
    return this.theme.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.theme.margins.bottom;
  }

  get room(): number {
    return this.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= this.top;
  }

  /** Structure options that mark text in another language than the document's. */
  languageOf(text: string): PdfStructureOptions {
    const lang = textLanguage(text, this.language);
    return lang === null ? {} : { lang };
  }

  startSection(title: string): void {
    this.section = title;
  }

  newPage(): void {
    this.doc.addPage();
    this.pageSections.push(this.section);
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  /** Vertical space between blocks; none at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y = Math.min(this.y + height, this.bottom);
  }

  /** Wraps text; blocks are measured before they are drawn, so results are kept. */
  wrap(text: string, style: TextStyle, width: number): WrappedText {
    const key = `${style.weight}|${style.size}|${width}`;
    let byText = this.wrapped.get(key);
    if (byText === undefined) {
      byText = new Map();
      this.wrapped.set(key, byText);
    }
    let lines = byText.get(text);
    if (lines === undefined) {
      lines = text
        .split('\n')
        .flatMap((paragraph) => this.fonts.breakLines(this.runsOf(paragraph), style.weight, style.size, width));
      byText.set(text, lines);
    }
    const lineHeight = style.size * style.leading;
    return { lines, style, lineHeight, height: lines.length * lineHeight };
  }

  private runsOf(paragraph: string): TextRun[] {
    let runs = this.paragraphRuns.get(paragraph);
    if (runs === undefined) {
      runs = textRuns(this.fonts.scriptRuns(paragraph), this.runContext);
      this.paragraphRuns.set(paragraph, runs);
    }
    return runs;
  }

  /**
   * Draws lines from the top edge y; the baseline sits so that descenders stay inside the line.
   * Pieces of one run go to the structure together, so a run wrapped onto two lines is one
   * span or one link.
   */
  drawLines(text: WrappedText, x: number, y: number, options: { from?: number; to?: number; width?: number; align?: 'left' | 'right' | 'center'; color?: string } = {}): void {
    const { style, lineHeight } = text;
    const from = options.from ?? 0;
    const to = options.to ?? text.lines.length;
    this.doc.fillColor(options.color ?? style.color);
    const groups: { run: TextRun; pieces: DrawnPiece[] }[] = [];
    const add = (run: TextRun, piece: DrawnPiece) => {
      const last = groups[groups.length - 1];
      if (last !== undefined && last.run === run) last.pieces.push(piece);
      else groups.push({ run, pieces: [piece] });
    };
    text.lines.slice(from, to).forEach((line, k) => {
      const top = y + k * lineHeight;
      const baseline = top + lineHeight - (lineHeight - style.size) / 2 - style.size * 0.22;
      let cursor = x;
      if (options.width !== undefined && options.align === 'right') cursor = x + options.width - line.width;
      if (options.width !== undefined && options.align === 'center') cursor = x + (options.width - line.width) / 2;
      const last = line.pieces.length - 1;
      line.pieces.forEach((piece, p) => {
        // The last piece of a text ends with a space: read out of the page, a label and its
        // value, or one cell and the next, keep a space between them where the layout has a gap.
        const end = from + k === text.lines.length - 1 && p === last && !/\s$/u.test(piece.text);
        const drawn = end ? `${piece.text} ` : piece.text;
        const texts = end ? [...piece.measuredAs, ' '] : piece.measuredAs;
        const left = cursor;
        add(piece.run, { text: drawn, x: left, top, width: piece.width, height: lineHeight, draw: () => this.drawText(texts, piece.run, style, left, baseline) });
        cursor += piece.width;
      });
    });
    for (const group of groups) this.tags.text(group.run, group.pieces);
  }

  private drawText(texts: readonly string[], run: TextRun, style: TextStyle, x: number, baseline: number): void {
    this.fonts.use(run.script, style.weight);
    drawGlyphs(this.doc, texts, style.size, x, baseline);
  }

  /**
   * Draws a wrapped paragraph as one structure element, breaking across pages where needed and
   * never leaving a single line alone at the top or bottom of a page. `onFirst` draws
   * anything that belongs beside the first line (a list label), once its page is known.
   */
  flowText(element: PdfStructure, tag: string, text: WrappedText, x: number, width: number, onFirst?: (y: number) => void): void {
    let from = 0;
    const total = text.lines.length;
    while (from < total) {
      let fit = Math.floor((this.room + 0.01) / text.lineHeight);
      // No room for a line, or for two where a line would be left alone: go on on the next page.
      if (!this.atTop && (fit < 1 || (fit < 2 && total - from > 1))) {
        this.newPage();
        continue;
      }
      fit = Math.max(1, fit);
      let to = Math.min(total, from + fit);
      if (to < total && total - to === 1 && to - from > 2) to -= 1;
      const y = this.y;
      if (from === 0) onFirst?.(y);
      this.tags.mark(element, tag, () => this.drawLines(text, x, y, { from, to, width }));
      this.y += (to - from) * text.lineHeight;
      from = to;
      if (from < total) this.newPage();
    }
  }
}
