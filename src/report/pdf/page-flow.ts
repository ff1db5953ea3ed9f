import type { Line } from './line-break.js';
import type { PdfDocument, PdfStructure, PdfStructureOptions } from './pdf-document.js';
import type { PdfFonts } from './pdf-fonts.js';
import type { Tags } from './tags.js';
import { textLanguage } from './text-language.js';
import type { TextStyle, Theme } from './theme.js';

export interface WrappedText {
  readonly lines: readonly Line[];
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
  private readonly wrapped = new Map<string, readonly Line[]>();

  constructor(
    readonly doc: PdfDocument,
    readonly fonts: PdfFonts,
    readonly theme: Theme,
    readonly tags: Tags,
    readonly language: string,
  ) {
    this.y = theme.margins.top;
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
    const key = `${style.weight}|${style.size}|${width}\u0000${text}`;
    let lines = this.wrapped.get(key);
    if (lines === undefined) {
      lines = this.fonts.wrap(text, style.weight, style.size, width);
      this.wrapped.set(key, lines);
    }
    const lineHeight = style.size * style.leading;
    return { lines, style, lineHeight, height: lines.length * lineHeight };
  }

  /** Draws lines from the top edge y; the baseline sits so that descenders stay inside the line. */
  drawLines(text: WrappedText, x: number, y: number, options: { from?: number; to?: number; width?: number; align?: 'left' | 'right' | 'center'; color?: string } = {}): void {
    const { style, lineHeight } = text;
    const lines = text.lines.slice(options.from ?? 0, options.to ?? text.lines.length);
    const color = options.color ?? style.color;
    this.doc.fillColor(color);
    lines.forEach((line, k) => {
      const baseline = y + k * lineHeight + lineHeight - (lineHeight - style.size) / 2 - style.size * 0.22;
      let cursor = x;
      if (options.width !== undefined && options.align === 'right') cursor = x + options.width - line.width;
      if (options.width !== undefined && options.align === 'center') cursor = x + (options.width - line.width) / 2;
      for (const piece of line.pieces) {
        this.fonts.use(piece.script, style.weight);
        this.doc.fontSize(style.size).text(piece.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' });
        cursor += piece.width;
      }
    });
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
      if (fit < 2 && total - from > 1 && !this.atTop) {
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
