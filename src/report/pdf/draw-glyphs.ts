import { currentFont, type EmbeddedFont, type GlyphPosition } from './embedded-font.js';
import type { PdfDocument } from './pdf-document.js';

/*
 * Draws one piece of a laid-out line in the current font, with the operators pdfkit's own
 * `text(…, { lineBreak: false })` writes, in one write to the page. A report draws thousands
 * of pieces, and each of pdfkit's text calls also sorts out options, measures the text twice
 * more and saves, flips and restores the graphics state around it: most of the time its
 * drawing took. Here the text matrix itself turns the glyphs upright on pdfkit's top-down page
 * (its fourth number is -1), which puts every glyph where pdfkit's flipped state puts it.
 */

/** A text's glyphs, as pdfkit's encode gives them: hexadecimal glyph numbers, and their places. */
type Shape = readonly [readonly string[], readonly GlyphPosition[]];

/**
 * Each font's shapes by text. pdfkit's encode enters a glyph in the font's subset on first use,
 * so only a text's first drawing needs it; the words of a report come back thousands of times.
 */
const shapes = new WeakMap<EmbeddedFont, Map<string, Shape>>();

function shapeOf(font: EmbeddedFont, text: string): Shape {
  let known = shapes.get(font);
  if (known === undefined) {
    known = new Map();
    shapes.set(font, known);
  }
  let shape = known.get(text);
  if (shape === undefined) {
    shape = font.encode(text);
    known.set(text, shape);
  }
  return shape;
}

function isFontTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A number as pdfkit writes one into page content: at most six decimals. */
function pdfNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Draws texts one after another, with the first's baseline starting at (x, baseline) in
 * top-down page coordinates, in the document's current font. Each text is shaped as pdfkit
 * measures it, so texts that were measured are drawn from its cache of their shapes.
 */
export function drawGlyphs(doc: PdfDocument, texts: readonly string[], size: number, x: number, baseline: number): void {
  const font = currentFont(doc);
  const pageFonts: unknown = Reflect.get(doc.page, 'fonts');
  if (font === undefined || !isFontTable(pageFonts)) {
    // Another pdfkit may keep its fonts otherwise: its own call draws the same, only slower.
    doc.fontSize(size).text(texts.join(''), x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    return;
  }
  const glyphs: string[] = [];
  const positions: GlyphPosition[] = [];
  for (const text of texts) {
    if (text === '') continue;
    const [g, p] = shapeOf(font, text);
    glyphs.push(...g);
    positions.push(...p);
  }
  if (glyphs.length === 0) return;
  pageFonts[font.id] ??= font.ref();
  const scale = size / 1000;
  const at = (left: number, down: number) => `1 0 0 -1 ${pdfNumber(left)} ${pdfNumber(down)} Tm`;
  const out = ['BT', at(x, baseline), `/${font.id} ${pdfNumber(size)} Tf`];
  // Glyphs go out in runs; a run ends where a glyph's advance differs from its width (a kern)
  // and around a glyph placed off the line (a mark), which gets a text matrix of its own.
  let segments: string[] = [];
  let start = 0;
  const segment = (end: number) => {
    const lastOne = positions[end - 1];
    if (start < end && lastOne !== undefined) segments.push(`<${glyphs.slice(start, end).join('')}> ${pdfNumber(lastOne.advanceWidth - lastOne.xAdvance)}`);
    start = end;
  };
  const flush = (end: number) => {
    segment(end);
    if (segments.length > 0) out.push(`[${segments.join(' ')}] TJ`);
    segments = [];
  };
  let pen = x;
  let offLine = false;
  positions.forEach((pos, i) => {
    if (pos.xOffset !== 0 || pos.yOffset !== 0) {
      flush(i);
      out.push(at(pen + pos.xOffset * scale, baseline - pos.yOffset * scale));
      flush(i + 1);
      offLine = true;
    } else {
      if (offLine) out.push(at(pen, baseline));
      offLine = false;
      if (pos.xAdvance !== pos.advanceWidth) segment(i + 1);
    }
    pen += pos.xAdvance * scale;
  });
  flush(positions.length);
  out.push('ET');
  doc.addContent(out.join('\n'));
}
