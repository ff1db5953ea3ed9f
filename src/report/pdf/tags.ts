import { primaryLanguage } from '../text/declared-languages.js';
import type { PdfDocument, PdfLinkOptions, PdfStructure, PdfStructureOptions } from './pdf-document.js';
import type { TextRun } from '../text/text-runs.js';

/** One piece of a run as drawn on a line, with the box a link on it covers. */
export interface DrawnPiece {
  readonly text: string;
  readonly x: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  draw(): void;
}

/**
 * Where drawn text goes: into the content of a structure element, which then marks runs in
 * their own child elements, or into content nobody reads piece by piece (a figure, which its
 * alternative text describes, or an artifact).
 */
type Content =
  | { readonly kind: 'element'; readonly element: PdfStructure; readonly type: string; readonly lang: string; open: boolean }
  | { readonly kind: 'opaque' };

// Elements read through their alternative text, not their content.
const OPAQUE = new Set(['Figure']);
const OPAQUE_CONTENT: Content = { kind: 'opaque' };

/**
 * Builds the structure tree of the tagged PDF: containers (Sect, Table, L…) nest; content is
 * marked against an element, one marked sequence per page it appears on. Inside an element, a
 * run in another language, a run whose glyphs do not copy out in typed order and a link each
 * get an element of their own (Span, Link).
 */
export class Tags {
  private readonly stack: PdfStructure[];
  private readonly languages = new WeakMap<PdfStructure, string>();
  private content: Content = OPAQUE_CONTENT;

  constructor(
    private readonly doc: PdfDocument,
    private readonly language: string,
  ) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.stack = [root];
  }

  private get parent(): PdfStructure {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) throw new Error('structure stack is empty');
    return top;
  }

  /** Opens a container; elements created until `close` go inside it. */
  open(type: string, options: PdfStructureOptions = {}): PdfStructure {
    const element = this.child(type, options);
    this.stack.push(element);
    return element;
  }

  close(): void {
    if (this.stack.length <= 1) throw new Error('no open structure element to close');
    this.stack.pop()?.end();
  }

  /** Creates an element in the current container; the caller marks content for it and ends it. */
  child(type: string, options: PdfStructureOptions = {}): PdfStructure {
    const element = this.doc.struct(type, options);
    this.parent.add(element);
    if (options.lang !== undefined) this.languages.set(element, options.lang);
    return element;
  }

  /** Draws content that belongs to an element. */
  mark(element: PdfStructure, type: string, draw: () => void): void {
    const outer = this.content;
    if (OPAQUE.has(type)) {
      this.content = OPAQUE_CONTENT;
      element.add(this.doc.markStructureContent(type));
      draw();
      this.doc.endMarkedContent();
    } else {
      // The element's own marked sequence opens with its first plain text, and closes around runs in child elements.
      const content: Content = { kind: 'element', element, type, lang: this.languages.get(element) ?? this.language, open: false };
      this.content = content;
      draw();
      this.pause(content);
    }
    this.content = outer;
  }

  /** An element whose content is drawn at once, on one page. */
  leaf(type: string, draw: () => void, options: PdfStructureOptions = {}): void {
    const element = this.child(type, options);
    this.mark(element, type, draw);
    element.end();
  }

  /** Decoration, repeated headers and page furniture: invisible to assistive technology. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    const outer = this.content;
    if (outer.kind === 'element') this.pause(outer);
    this.content = OPAQUE_CONTENT;
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
    this.content = outer;
  }

  /**
   * Draws the pieces of one run of text, in order. The run's typed text goes with its glyphs as
   * ActualText twice: on its structure element, which screen readers and pdf.js read, and on
   * each piece's marked sequence, which text extraction such as pdftotext reads.
   */
  text(run: TextRun, pieces: readonly DrawnPiece[]): void {
    const content = this.content;
    const lang = run.lang ?? this.language;
    const blank = pieces.every((p) => p.text.trim() === '');
    if (content.kind === 'opaque') {
      for (const piece of pieces) this.span(piece, run.actual, run.lang);
      return;
    }
    const foreign = !blank && primaryLanguage(lang) !== primaryLanguage(content.lang);
    if (run.link === null && !run.actual && !foreign) {
      if (!content.open) {
        content.element.add(this.doc.markStructureContent(content.type));
        content.open = true;
      }
      for (const piece of pieces) piece.draw();
      return;
    }
    this.pause(content);
    const options: PdfStructureOptions = {
      ...(foreign ? { lang } : {}),
      ...(run.actual ? { actual: pieces.map((p) => p.text).join('') } : {}),
    };
    const element = this.doc.struct(run.link === null ? 'Span' : 'Link', options);
    content.element.add(element);
    const link: PdfLinkOptions = { structParent: element };
    for (const piece of pieces) {
      if (run.link === null) {
        element.add(this.doc.markStructureContent('Span', { ...options, ...(run.actual ? { actual: piece.text } : {}) }));
        piece.draw();
        this.doc.endMarkedContent();
      } else {
        // pdfkit writes ActualText and Lang only on Span sequences: the link's text gets one inside its own.
        element.add(this.doc.markStructureContent('Link'));
        this.span(piece, run.actual, foreign ? lang : null);
        this.doc.endMarkedContent();
        this.doc.link(piece.x, piece.top, piece.width, piece.height, run.link, link);
      }
    }
    element.end();
  }

  /** Draws a piece in a marked-content span that carries its typed text and its language, when it needs either. */
  private span(piece: DrawnPiece, actual: boolean, lang: string | null): void {
    if (!actual && lang === null) {
      piece.draw();
      return;
    }
    this.doc.markContent('Span', { ...(actual ? { actual: piece.text } : {}), ...(lang === null ? {} : { lang }) });
    piece.draw();
    this.doc.endMarkedContent();
  }

  /** Closes the element's own marked sequence, if open, so that a child element's content can follow it. */
  private pause(content: Content): void {
    if (content.kind === 'element' && content.open) {
      this.doc.endMarkedContent();
      content.open = false;
    }
  }

  finish(): void {
    while (this.stack.length > 1) this.close();
    this.stack[0]?.end();
  }
}
