import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { renderDocx } from '../../src/report/docx/render-docx.js';
import { buildReport } from '../../src/report/model/build-report.js';
import { evaluate } from '../../src/cli/evaluate.js';
import { STANDING_SYMBOL } from '../../src/report/look/standing-look.js';
import { actionTable, decisionTable } from '../../src/report/model/plan-table.js';
import type { ActionTable, Block, ChartBlock, DecisionBox, IndicatorEntries, KeyMessages, Table } from '../../src/report/model/report-document.js';
import { renderPdf } from '../../src/report/pdf/render-pdf.js';
import { readDocx, type DocxPackage } from './docx-package.js';
import { extractPdf } from './pdf-text.js';
import { reportInput } from './report-input.js';
import { assessmentWithNotes, SCRIPT_SENTENCES } from './script-sentences.js';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('the Word report', () => {
  const input = reportInput();
  const report = buildReport(input);
  const blocks = report.sections.flatMap((s) => s.blocks);
  const charts = blocks.filter((b): b is ChartBlock => b.kind === 'chart');
  let bytes: Uint8Array;
  let docx: DocxPackage;

  beforeAll(async () => {
    bytes = (await renderDocx(input)).content;
    docx = readDocx(bytes);
  });

  it('has the PDF’s section titles as level-1 headings, in the same order', async () => {
    const pdf = await extractPdf((await renderPdf(input)).content);
    // The PDF's first H1 is the cover's title, which the Word copy sets in the Title style.
    const pdfSections = pdf.structure.filter((s) => s.role === 'H1').map((s) => s.text.trim()).slice(1);
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(report.sections.map((s) => s.title));
    expect(headings).toEqual([...new Set(pdfSections)]);
    expect(docx.paragraphs.find((p) => p.style === 'Title')?.text).toBe(report.cover.title);
  });

  it('uses heading levels that never skip one', () => {
    const levels = docx.paragraphs.flatMap((p) => (p.style?.startsWith('Heading') === true ? [Number(p.style.slice('Heading'.length))] : []));
    expect(levels.length).toBeGreaterThan(report.sections.length);
    levels.forEach((level, k) => expect(level).toBeLessThanOrEqual((levels[k - 1] ?? 0) + 1));
  });

  it('writes every table of the report as a Word table whose header row repeats', () => {
    // The plan's blocks are tables too, with the columns the PDF gives them.
    const tables = blocks.flatMap((b): Table[] =>
      b.kind === 'table' ? [b] : b.kind === 'actions' ? [actionTable(b.columns, b.actions)] : b.kind === 'decision-box' ? [decisionTable(b)] : [],
    );
    expect(tables.length).toBeGreaterThan(5);
    const withHeaders = docx.tables.filter((t) => t.headerRows.length === 1);
    expect(withHeaders.map((t) => t.headerRows[0])).toEqual(tables.map((t) => t.columns.map((c) => c.header)));
    withHeaders.forEach((t, k) => expect(t.rows.length).toBe((tables[k]?.rows.length ?? 0) + 1));
  });

  it('includes the action plan with its recommendations', () => {
    const plan = report.sections.find((s) => s.id === 'action-plan');
    expect(plan).toBeDefined();
    const planTables = (plan?.blocks ?? []).filter((b): b is Table => b.kind === 'table');
    const rows = planTables.flatMap((t) => t.rows.map((r) => r.map((c) => c.text + (c.detail ?? ''))));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(docx.tables.some((t) => t.rows.some((r) => r.join('|') === row.join('|')))).toBe(true);
  });

  it('places each chart and the band scale as a PNG image titled as the drawing, with its text alternative', () => {
    const drawings = blocks.flatMap((b) => (b.kind === 'chart' ? [{ title: b.title, description: b.alt }] : b.kind === 'band-scale' ? [{ title: b.marker, description: b.alt }] : []));
    expect(charts.length).toBeGreaterThan(1);
    expect(drawings.length).toBe(charts.length + 1);
    expect(docx.images.filter((i) => i.title !== report.cover.organisation)).toEqual(drawings.map((d, k) => ({ id: String(k + 1), ...d })));
    const media = Object.entries(docx.files).filter(([path]) => path.startsWith('word/media/'));
    expect(media).toHaveLength(drawings.length);
    for (const [, png] of media) expect([...png.subarray(0, 8)]).toEqual(PNG);
  });

  it('carries the cover’s facts and the document properties', () => {
    for (const line of report.cover.lines) expect(docx.tables.some((t) => t.rows.some((r) => r[0] === line.label && r[1] === line.value))).toBe(true);
    const core = strFromU8(docx.files['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain(`<dc:title>${report.title}</dc:title>`);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${report.date}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${report.date}T00:00:00Z</dcterms:modified>`);
  });

  it('gives the same bytes for the same assessment, rendered again in the same process', async () => {
    const again = (await renderDocx(reportInput())).content;
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the sample report in Word', () => {
  let blocks: readonly Block[] = [];
  let contents: readonly { id: string; title: string }[] = [];
  let sectionIds: readonly string[] = [];
  let docx: DocxPackage;

  beforeAll(async () => {
    const { assessment } = await evaluate({ assessment: join(import.meta.dirname, '..', '..', 'templates', 'sample-assessment.yaml') });
    const input = reportInput(assessment);
    const report = buildReport(input);
    blocks = report.sections.flatMap((s) => s.blocks);
    contents = report.cover.contents?.entries ?? [];
    sectionIds = report.sections.map((s) => s.id);
    docx = readDocx((await renderDocx(input)).content);
  });

  const of = <B extends Block>(kind: B['kind']) => blocks.filter((b): b is B => b.kind === kind);
  const rowsOf = (headers: readonly string[]) => docx.tables.filter((t) => t.headerRows[0]?.join('|') === headers.join('|')).flatMap((t) => t.rows.slice(1));

  it('puts the plan’s first actions in the decision box, with the same numbers, owners and timeframes', () => {
    const [box] = of<DecisionBox>('decision-box');
    if (box === undefined) throw new Error('no decision box');
    const plan = of<ActionTable>('actions').flatMap((b) => b.actions);
    expect(box.actions.length).toBeGreaterThan(1);
    const first = plan.slice(0, box.actions.length).map((a) => [String(a.number), a.text, a.owner, a.timeframe]);
    expect(rowsOf(decisionTable(box).columns.map((c) => c.header))).toEqual(first);
    expect(docx.paragraphs.filter((p) => p.text === box.title || p.text === box.intro)).toHaveLength(2);
  });

  it('lists every action of the plan in a table with the plan’s columns', () => {
    const tables = of<ActionTable>('actions');
    const [table] = tables;
    if (table === undefined) throw new Error('no action table');
    const rows = tables.flatMap((t) => actionTable(t.columns, t.actions).rows.map((r) => r.map((c) => c.text + (c.detail ?? ''))));
    expect(rowsOf(actionTable(table.columns, table.actions).columns.map((c) => c.header))).toEqual(rows);
  });

  it('leads each key message with its standing’s mark', () => {
    const [messages] = of<KeyMessages>('key-messages');
    expect(messages?.items.length).toBeGreaterThan(2);
    const texts = docx.paragraphs.map((p) => p.text);
    const marks = { strength: STANDING_SYMBOL.met, lever: STANDING_SYMBOL.near, weakness: STANDING_SYMBOL.far, critical: STANDING_SYMBOL.far };
    for (const m of messages?.items ?? []) expect(texts).toContain(`${marks[m.kind]} ${m.text}`);
  });

  it('writes each indicator’s level, its checklist items ticked and unticked, its note and its evidence', () => {
    const groups = of<IndicatorEntries>('indicators');
    const entries = groups.flatMap((g) => g.entries.map((e) => ({ e, labels: g.labels })));
    const texts = docx.paragraphs.map((p) => p.text);
    const items = entries.flatMap(({ e, labels }) => e.checklist.map((c) => ({ c, labels })));
    expect(items.some(({ c }) => c.ticked) && items.some(({ c }) => !c.ticked)).toBe(true);
    for (const { c, labels } of items) expect(texts).toContain(`${c.ticked ? '☑' : '☐'} ${c.label} (${c.ticked ? labels.ticked : labels.unticked})`);
    for (const { e, labels } of entries) {
      expect(texts.some((t) => t.startsWith(e.title))).toBe(true);
      expect(texts).toContain([e.level, ...(e.target === null ? [] : [e.target])].join(' · '));
      if (e.note !== null) expect(texts).toContain(`${labels.note}: ${e.note}`);
      expect(texts).toContain(`${labels.evidence}: ${(e.evidence.length === 0 ? [labels.noEvidence] : e.evidence).join('\n')}`);
    }
  });

  it('links each contents entry to a bookmark at its section’s heading', () => {
    expect(contents.length).toBe(sectionIds.length);
    for (const entry of contents) {
      const name = `s_${entry.id.replace(/[^A-Za-z0-9]/g, '_')}`;
      expect(docx.document).toMatch(new RegExp(`<w:hyperlink [^>]*w:anchor="${name}"`));
      const heading = new RegExp(`<w:pStyle w:val="Heading1"/><w:keepNext/><w:pageBreakBefore/></w:pPr><w:bookmarkStart w:name="${name}" w:id="\\d+"/>`);
      expect(docx.document).toMatch(heading);
    }
  });
});


describe('a Word report with a note in each script', () => {
  let docx: DocxPackage;

  beforeAll(async () => {
    docx = readDocx((await renderDocx(reportInput(assessmentWithNotes(SCRIPT_SENTENCES.map((s) => s.text))))).content);
  });

  const complex = SCRIPT_SENTENCES.filter((s) => ['thai', 'devanagari', 'bengali', 'khmer'].includes(s.script));
  const eastAsian = SCRIPT_SENTENCES.filter((s) => ['sc', 'jp', 'kr'].includes(s.script));
  const family = (font: string) => font.replace(/-Regular$/, '').replace(/^NotoSans/, 'Noto Sans ').trim();

  it.each(complex)('sets the $script sentence in $font as the complex-script font, the run marked complex script', ({ text, font, lang }) => {
    const runs = docx.runs.filter((r) => r.text === text);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run.properties).toContain(`w:cs="${family(font)}"`);
      expect(run.properties).toMatch(/<w:cs\/><w:lang w:bidi="([a-z]+)-[A-Z]+"\/><\/w:rPr>$/);
      expect(/w:bidi="([a-z]+)/.exec(run.properties)?.[1]).toBe(lang);
    }
  });

  it.each(eastAsian)('sets the $script sentence in $font as the East Asian font', ({ text, font, lang }) => {
    const runs = docx.runs.filter((r) => r.text === text);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run.properties).toContain(`w:eastAsia="${family(font)}"`);
      expect(run.properties).toContain('w:hint="eastAsia"');
      expect(/<w:lang w:eastAsia="([a-z]+)/.exec(run.properties)?.[1]).toBe(lang);
      expect(run.properties).not.toContain('<w:cs/>');
    }
  });

  it('leaves Latin text, Vietnamese included, to the document’s fonts', () => {
    const vietnamese = SCRIPT_SENTENCES.find((s) => s.script === 'latin')?.text;
    const runs = docx.runs.filter((r) => r.text === vietnamese);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect(run.properties).not.toMatch(/w:cs|w:eastAsia/);
  });
});

describe('what an answers file types into the Word report', () => {
  const hostile = 'Ends here</w:t></w:r><w:r><w:t>injected & <script>alert("x")</script> ]]>';
  let docx: DocxPackage;

  beforeAll(async () => {
    docx = readDocx((await renderDocx(reportInput(assessmentWithNotes([hostile, 'Source: https://example.org/stats?y=2025&s=f.'], 'Notes <b>&amp; co</b>')))).content);
  });

  it('is shown as typed, never read as markup', () => {
    expect(docx.paragraphs.some((p) => p.text === hostile)).toBe(true);
    expect(docx.document).toContain('Ends here&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;injected &amp; &lt;script&gt;');
    expect(docx.document).not.toContain('<script>');
    expect(docx.paragraphs.some((p) => p.style === 'Heading1' && p.text === 'Notes <b>&amp; co</b>')).toBe(true);
  });

  it('escapes it in the charts’ text alternatives too', () => {
    expect(docx.images.some((i) => i.description.includes('Notes <b>&amp; co</b>'))).toBe(true);
    expect(docx.document).not.toContain('<b>');
  });

  it('makes a web address a link, numbered rather than named at random', () => {
    expect(docx.relationships.get('rIdLink1')).toBe('https://example.org/stats?y=2025&s=f');
    expect(docx.document).toContain('<w:hyperlink w:history="1" r:id="rIdLink1">');
    expect([...docx.relationships.keys()].every((id) => /^rId(?:Link)?\d+$/.test(id))).toBe(true);
  });
});
