import type { PdfDocument } from './pdf-document.js';

/*
 * pdfkit keeps the document's current font on private fields: its embedded font, which wraps
 * fontkit's. The renderer needs three things its public API does not offer (whether a font has
 * a glyph, priming characters for text copied out, drawing laid-out text), and reads them here,
 * in one place and defensively: a pdfkit that keeps them otherwise gives `undefined`, and each
 * caller then does without, more slowly or less exactly, but never wrongly.
 */

/** A glyph's placement from pdfkit's layout, in thousandths of the font size. */
export interface GlyphPosition {
  readonly xAdvance: number;
  readonly advanceWidth: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

export interface EmbeddedFont {
  /** The font's resource name on a page, such as "F1". */
  readonly id: string;
  /** fontkit's font. */
  readonly font: {
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): { readonly id: number; readonly advanceWidth: number };
  };
  readonly subset: { includeGlyph(id: number): number };
  /** The characters each glyph of the subset copies out as, and its width, by subset glyph number. */
  readonly unicode: (number[] | undefined)[];
  readonly widths: (number | undefined)[];
  /** Font units to thousandths of the font size. */
  readonly scale: number;
  /** The text's glyphs, as hexadecimal subset glyph numbers, and their places. */
  encode(text: string): [readonly string[], readonly GlyphPosition[]];
  /** The font's object, for a page's resources. */
  ref(): unknown;
}

const isMethod = (value: object, name: string) => typeof Reflect.get(value, name) === 'function';

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  if (typeof value !== 'object' || value === null) return false;
  const { id, font, subset, unicode, widths, scale } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof font === 'object' &&
    font !== null &&
    isMethod(font, 'hasGlyphForCodePoint') &&
    isMethod(font, 'glyphForCodePoint') &&
    typeof subset === 'object' &&
    subset !== null &&
    isMethod(subset, 'includeGlyph') &&
    Array.isArray(unicode) &&
    Array.isArray(widths) &&
    typeof scale === 'number' &&
    isMethod(value, 'encode') &&
    isMethod(value, 'ref')
  );
}

/** The document's current font, as pdfkit keeps it; undefined when it is not kept as expected. */
export function currentFont(doc: PdfDocument): EmbeddedFont | undefined {
  const font: unknown = Reflect.get(doc, '_font');
  return isEmbeddedFont(font) ? font : undefined;
}

/**
 * fontkit's font under the current one, whatever else pdfkit keeps otherwise: the shaping
 * patches that keep Khmer from failing check it themselves, and must not depend on the rest.
 */
export function currentEngine(doc: PdfDocument): unknown {
  const font: unknown = Reflect.get(doc, '_font');
  return typeof font === 'object' && font !== null ? Reflect.get(font, 'font') : undefined;
}
