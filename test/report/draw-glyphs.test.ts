import { describe, expect, it } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { fontFile, type FontScript } from '../../src/report/text/font-catalog.js';
import { drawGlyphs } from '../../src/report/pdf/draw-glyphs.js';
import { loadFont } from '../../src/cli/load-font.js';
import type { PdfDocument } from '../../src/report/pdf/pdf-document.js';
import { PdfFonts } from '../../src/report/pdf/pdf-fonts.js';
import { currentEngine, currentFont } from '../../src/report/pdf/embedded-font.js';

type Matrix = readonly [number, number, number, number, number, number];

/** m applied first, then n, as PDF concatenates matrices. */
function times(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

/**
 * Each glyph array the page shows, with the font, size and the full matrix it is shown
 * through (text matrix, then the graphics state): two pages that give the same list put the
 * same glyphs in the same places.
 */
function shownText(pdf: string): string[] {
  const stream = /stream\n([\s\S]*?BT[\s\S]*?)\nendstream/.exec(pdf)?.[1];
  if (stream === undefined) throw new Error('no page content with text');
  const shown: string[] = [];
  const saved: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let font = '';
  for (const line of stream.split('\n')) {
    const words = line.split(' ');
    const op = words[words.length - 1];
    const nums = words.slice(0, -1).map(Number) as unknown as Matrix;
    if (op === 'q') saved.push(ctm);
    else if (op === 'Q') ctm = saved.pop() ?? ctm;
    else if (op === 'cm') ctm = times(nums, ctm);
    else if (op === 'Tm') tm = nums;
    else if (op === 'Tf') font = words.slice(0, 2).join(' ');
    else if (op === 'TJ') shown.push(`${font} ${times(tm, ctm).map((v) => v.toFixed(3)).join(' ')} ${words.slice(0, -1).join(' ')}`);
  }
  return shown;
}

/** The page content of a one-page PDF with the text drawn by `draw`, uncompressed. */
function page(script: FontScript, draw: (doc: PdfDocument) => void): Promise<string> {
  const doc = new PDFDocument({ size: 'A4', compress: false });
  doc.registerFont('font', Buffer.from(loadFont(fontFile(script, 'regular'))));
  doc.font('font');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<string>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))));
  draw(doc);
  doc.end();
  return done;
}

// Kerned pairs, marks stacked on a letter, marks placed over and under Thai and Devanagari consonants.
const TEXTS: readonly (readonly [FontScript, string])[] = [
  ['latin', 'AVATAR, Tô Văn, "Yes."'],
  ['latin', 'Chị Nguyễn Thị Hằng ở Hà Nội'],
  ['thai', 'ผู้หญิงที่ใช้บริการออนไลน์'],
  ['devanagari', 'महिलाओं के आंकड़े प्रकाशित किए हैं।'],
];

describe('drawing laid-out text', () => {
  it.each(TEXTS)('shows the same glyphs at the same places as pdfkit does (%s: %s)', async (script, text) => {
    const pdfkit = await page(script, (doc) => doc.fontSize(9.5).text(text, 72.25, 300.5, { lineBreak: false, baseline: 'alphabetic' }));
    const ours = await page(script, (doc) => drawGlyphs(doc, [text], 9.5, 72.25, 300.5));
    const expected = shownText(pdfkit);
    expect(expected.length).toBeGreaterThan(0);
    expect(shownText(ours)).toEqual(expected);
  });

  it("reads the current font where pdfkit keeps it, so no caller falls back to doing without", () => {
    const doc = new PDFDocument({ size: 'A4' });
    doc.registerFont('font', Buffer.from(loadFont(fontFile('latin', 'regular'))));
    doc.font('font');
    const font = currentFont(doc);
    expect(font?.font.hasGlyphForCodePoint(0x1ecb)).toBe(true);
    expect(currentEngine(doc)).toBe(font?.font);
    Reflect.set(doc, '_font', { id: 'F1' });
    expect(currentFont(doc)).toBeUndefined();
  });

  it('draws nothing for empty text', async () => {
    const ours = await page('latin', (doc) => {
      drawGlyphs(doc, [''], 9.5, 72, 300);
      drawGlyphs(doc, [], 9.5, 72, 300);
      drawGlyphs(doc, ['', 'x'], 9.5, 72, 300);
    });
    expect(shownText(ours)).toHaveLength(1);
  });

  it('draws measured lines from the shapes their measure made, shaping nothing again', () => {
    const doc = new PDFDocument({ size: 'A4', compress: false });
    const fonts = new PdfFonts(doc, loadFont, 'en');
    // Hyphens a line may break after, a closing word without a space, and Thai words with no space between them.
    const paragraph = 'Gender-responsive e-government for 2024-2028: ผู้หญิงที่ใช้บริการออนไลน์ในจังหวัด, and a user-centred review';
    const lines = fonts.breakLines(fonts.scriptRuns(paragraph), 'regular', 9.5, 90);
    expect(lines.length).toBeGreaterThan(3);
    const shaped: string[] = [];
    for (const script of ['latin', 'thai'] as const) {
      fonts.use(script, 'regular');
      const engine: object = Reflect.get(Reflect.get(doc, '_font'), 'font');
      const layout: unknown = Reflect.get(engine, 'layout');
      if (typeof layout !== 'function') throw new Error('no fontkit layout');
      Reflect.set(engine, 'layout', (text: string, ...rest: unknown[]): unknown => {
        shaped.push(text);
        return Reflect.apply(layout, engine, [text, ...rest]);
      });
    }
    lines.forEach((line, k) => {
      line.pieces.forEach((piece, p) => {
        fonts.use(piece.run.script, 'regular');
        // The text's last piece is drawn with a space after it, as the PDF renderer draws it.
        const last = k === lines.length - 1 && p === line.pieces.length - 1;
        drawGlyphs(doc, last ? [...piece.measuredAs, ' '] : piece.measuredAs, 9.5, 72, 100 + 12 * k);
      });
    });
    expect(lines.flatMap((line) => line.pieces.map((piece) => piece.measuredAs.join('') === piece.text))).not.toContain(false);
    expect(shaped).toEqual([]);
  });
});
