import type { PdfDocument, PdfStructure, PdfStructureOptions } from './pdf-document.js';

/**
 * Builds the structure tree of the tagged PDF: containers (Sect, Table, L…) nest; content is
 * marked against an element, one marked sequence per page it appears on.
 */
export class Tags {
  private readonly stack: PdfStructure[];

  constructor(private readonly doc: PdfDocument) {
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
    return element;
  }

  /** Draws content that belongs to an element. */
  mark(element: PdfStructure, type: string, draw: () => void): void {
    element.add(this.doc.markStructureContent(type));
    draw();
    this.doc.endMarkedContent();
  }

  /** An element whose content is drawn at once, on one page. */
  leaf(type: string, draw: () => void, options: PdfStructureOptions = {}): void {
    const element = this.child(type, options);
    this.mark(element, type, draw);
    element.end();
  }

  /** Decoration, repeated headers and page furniture: invisible to assistive technology. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  finish(): void {
    while (this.stack.length > 1) this.close();
    this.stack[0]?.end();
  }
}
