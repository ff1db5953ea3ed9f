import { beforeAll, describe, expect, it } from '@jest/globals';
import { renderPdf } from '../../src/report/pdf/render-pdf.js';
import type { Rendered } from '../../src/report/rendered.js';
import { buildAssessment } from './fixture.js';
import { extractPdf, squash, type ExtractedPdf } from './pdf-text.js';
import { reportInput } from './report-input.js';
import { SCRIPT_SENTENCES } from './script-sentences.js';

/** The fixture's first dimension, with one note per sentence. */
function withNotes(notes: readonly string[]) {
  return buildAssessment({
    dimensions: [
      {
        id: 'notes',
        title: 'Notes in every script',
        shortTitle: 'Notes',
        indicators: notes.map((note, k) => ({ id: `note-${k + 1}`, title: `Indicator ${k + 1}`, answer: 2, note })),
      },
    ],
  });
}

const allText = (pdf: ExtractedPdf) => squash(pdf.pages.map((p) => p.text).join(''));

describe('a report with a note in each of the eight scripts', () => {
  let rendered: Rendered<Uint8Array>;
  let pdf: ExtractedPdf;

  beforeAll(async () => {
    rendered = await renderPdf(reportInput(withNotes(SCRIPT_SENTENCES.map((s) => s.text))));
    pdf = await extractPdf(rendered.content);
  });

  it('renders every sentence shaped, with nothing to warn about', () => {
    expect(rendered.warnings).toEqual([]);
  });

  it.each(SCRIPT_SENTENCES)('draws the $script sentence with $font and tags it $lang', ({ font, lang }) => {
    expect(pdf.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain(font);
    expect(pdf.structure.some((s) => s.lang === lang)).toBe(true);
  });

  it('copies out the sentences pdfjs reads in typed order as typed', () => {
    // pdfjs returns Devanagari, Bengali and Khmer in the order the glyphs are drawn, not typed.
    for (const s of SCRIPT_SENTENCES.filter((x) => !['devanagari', 'bengali', 'khmer'].includes(x.script))) {
      expect(allText(pdf).normalize('NFC')).toContain(squash(s.text));
    }
  });

  it('draws អំពី, which used to stop the report, as a word that copies out', () => {
    expect(allText(pdf)).toContain('អំពី');
  });
});

describe('text the font engine cannot shape', () => {
  // fontkit 2.0.4 still throws on this Khmer syllable (a MarkLig component it counts wrongly),
  // which makes it a real shaping failure; the words around it shape normally.
  const broken = 'ឍ្ឃោ់';
  const note = `ក្រសួងបានចេញផ្សាយ ${broken} អំពីស្ត្រី។`;
  let rendered: Rendered<Uint8Array>;

  beforeAll(async () => {
    rendered = await renderPdf(reportInput(withNotes([note])));
  });

  it('is drawn unshaped in a complete PDF, and named in a warning', async () => {
    expect(rendered.warnings).toEqual([{ font: 'Noto Sans Khmer', texts: [broken] }]);
    const pdf = await extractPdf(rendered.content);
    // Unshaped glyphs keep the typed order, so the word copies out as it was written.
    expect(allText(pdf)).toContain(broken);
    expect(pdf.tagged).toBe(true);
  });
});
