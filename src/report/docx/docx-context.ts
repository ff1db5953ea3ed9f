import type { Look } from '../../core/template/template-schema.js';
import type { PageLayout } from './docx-layout.js';
import type { SvgRasteriser } from './rasterise-svg.js';

/** What every part of one Word document is built with. */
export class DocxContext {
  private images = 0;
  private lists = 0;

  constructor(
    readonly layout: PageLayout,
    readonly colours: Look['colours'],
    /** The answers' language, which decides whether Han characters are Chinese or Japanese. */
    readonly language: string,
    readonly rasteriser: SvgRasteriser,
  ) {}

  /**
   * Drawing ids count up within the document. The docx library's own counter runs on across
   * documents, so the second rendering in a process would differ from the first.
   */
  nextImageId(): number {
    this.images += 1;
    return this.images;
  }

  /** Each numbered list counts from 1 again: it gets its own instance of the numbering. */
  nextList(): number {
    this.lists += 1;
    return this.lists;
  }
}
