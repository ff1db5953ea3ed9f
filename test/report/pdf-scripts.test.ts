import { beforeAll, describe, expect, it } from '@jest/globals';
import { renderPdf } from '../../src/report/pdf/render-pdf.js';
import type { Rendered } from '../../src/report/rendered.js';
import { buildAssessment } from './fixture.js';
import { extractPdf, markedActualText, squash, type ExtractedPdf } from './pdf-text.js';
import { reportInput } from './report-input.js';
import { assessmentWithNotes, SCRIPT_SENTENCES } from './script-sentences.js';


const allText = (pdf: ExtractedPdf) => squash(pdf.pages.map((p) => p.text).join(''));
/** The whole text as a screen reader gets it through the structure tree. */
const readText = (pdf: ExtractedPdf) => pdf.structure.filter((s) => s.role === 'Document').map((s) => s.text).join('');

describe('a report with a note in each of the eight scripts', () => {
  let rendered: Rendered<Uint8Array>;
  let pdf: ExtractedPdf;

  beforeAll(async () => {
    rendered = await renderPdf(reportInput(assessmentWithNotes(SCRIPT_SENTENCES.map((s) => s.text))));
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

  it.each(SCRIPT_SENTENCES)('gives the $script sentence back as typed, in $lang, through the structure tree', ({ text, lang }) => {
    const spans = pdf.structure.filter((s) => s.role === 'Span' && s.alt?.trim() === text);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(span.language).toBe(lang);
  });

  it('lets a search find words whose glyphs are drawn out of typed order', () => {
    for (const word of ['মন্ত্রণালয়', 'ក្រសួង', 'मंत्रालय', 'ผู้หญิง']) expect(readText(pdf)).toContain(word);
  });

  it('writes each sentence as ActualText on the marked content as well, which pdftotext reads', () => {
    const marked = squash(markedActualText(rendered.content).join(''));
    for (const s of SCRIPT_SENTENCES) expect(marked).toContain(squash(s.text));
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
    rendered = await renderPdf(reportInput(assessmentWithNotes([note])));
  });

  it('is drawn unshaped in a complete PDF, and named in a warning', async () => {
    expect(rendered.warnings).toEqual([{ font: 'Noto Sans Khmer', texts: [broken] }]);
    const pdf = await extractPdf(rendered.content);
    // Unshaped glyphs keep the typed order, so the word copies out as it was written.
    expect(allText(pdf)).toContain(broken);
    expect(pdf.tagged).toBe(true);
  });
});

describe('names, agencies and evidence in another language than the report', () => {
  const ministry = 'กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์';
  const khmerAgency = 'ក្រសួងកិច្ចការនារី';
  const bengaliTitle = 'ডিজিটাল বাংলাদেশ কৌশলপত্র';
  const frenchNote = 'Le ministère publie chaque trimestre les chiffres par sexe.';
  const frenchAgency = 'Ministère de la Femme';
  let pdf: ExtractedPdf;

  beforeAll(async () => {
    // The answers file says it is written in French; script tells the Thai, Khmer and Bengali apart.
    const base = buildAssessment({ ministry });
    const [first, ...others] = base.dimensions;
    if (first === undefined) throw new Error('the fixture has no dimension');
    const indicators = first.indicators.map((i, k) =>
      k === 0
        ? { ...i, agency: khmerAgency, evidence: [...i.evidence, { title: bengaliTitle, verification: 'document-seen' as const }] }
        : k === 1
          ? { ...i, note: frenchNote, agency: frenchAgency }
          : i,
    );
    const assessment = { ...base, meta: { ...base.meta, language: 'fr' }, dimensions: [{ ...first, indicators }, ...others] };
    pdf = await extractPdf((await renderPdf(reportInput(assessment))).content);
  });

  const spans = (text: string) => pdf.structure.filter((s) => s.role === 'Span' && (s.alt ?? s.text).trim() === text);

  it.each([
    ['a Thai ministry name on the cover', ministry, 'th'],
    ['a Khmer agency name', khmerAgency, 'km'],
    ['a Bengali evidence title', bengaliTitle, 'bn'],
    ['a French note (French by the answers file\'s word)', frenchNote, 'fr'],
    ['a French agency name set in the report\'s own wording', frenchAgency, 'fr'],
  ])('tags %s with its language', (_, text, lang) => {
    expect(spans(text).length).toBeGreaterThan(0);
    for (const span of spans(text)) expect(span.language).toBe(lang);
  });

  it('leaves the report\'s own wording around them in the report\'s language', () => {
    const cell = pdf.structure.find((s) => s.role === 'TD' && s.text.includes(`Agency: ${frenchAgency}`));
    expect(cell?.text).toContain('Agency: ');
    expect(cell?.language).toBeUndefined();
  });
});
