import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { evaluate } from '../../src/cli/evaluate.js';
import type { Assessment } from '../../src/core/assessment.js';
import { renderPlanCsv } from '../../src/report/csv/render-plan-csv.js';
import { renderMarkdown } from '../../src/report/markdown/render-markdown.js';
import { buildReport } from '../../src/report/model/build-report.js';
import type { ActionTable, ChartBlock, DecisionBox, IndicatorEntries, ReportDocument } from '../../src/report/model/report-document.js';
import { renderPdf } from '../../src/report/pdf/render-pdf.js';
import { readCsv } from '../read-csv.js';
import { extractPdf, type ExtractedPdf } from './pdf-text.js';
import { reportInput } from './report-input.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'templates', 'sample-assessment.yaml');
// The report's main body, cover to the last section before the annexes, stays short enough to be read.
const MAX_BODY_PAGES = 16;
const MAX_BYTES = 600 * 1024;
// The top of a page's body and its bottom, in PDF units from the bottom edge of an A4 page.
const BODY_TOP = 842 - 68;
const BODY_BOTTOM = 64;

let assessment: Assessment;
let report: ReportDocument;
let pdf: Uint8Array;
let extracted: ExtractedPdf;

beforeAll(async () => {
  ({ assessment } = await evaluate({ assessment: SAMPLE }));
  report = buildReport(reportInput(assessment));
});

function blocks<K extends string>(kind: K) {
  return report.sections.flatMap((s) => s.blocks.filter((b) => b.kind === kind));
}

describe('the action plan of the sample report', () => {
  const planned = () => report.sections.flatMap((s) => s.blocks.filter((b): b is ActionTable => b.kind === 'actions')).flatMap((b) => b.actions);

  it('numbers every action once, in reading order, from the short plan through the annex', () => {
    const numbers = planned().map((a) => a.number);
    expect(numbers).toEqual(numbers.map((_, k) => k + 1));
    expect(numbers).toHaveLength(assessment.recommendations.length);
    expect(planned().map((a) => a.id)).toEqual(assessment.recommendations.map((r) => r.id));
  });

  it('keeps about ten actions of each horizon in the body and the rest in the annex', () => {
    const plan = report.sections.find((s) => s.id === 'action-plan');
    const body = (plan?.blocks ?? []).filter((b): b is ActionTable => b.kind === 'actions');
    expect(body).toHaveLength(3);
    for (const table of body) expect(table.actions.length).toBeLessThanOrEqual(10);
    expect(assessment.recommendations.filter((r) => r.horizon === 'quick-win').length).toBeGreaterThan(10);
    expect(report.sections.find((s) => s.id === 'further-actions')?.annex).toBe(true);
  });

  it('puts the first actions of the plan in the decision box, with the same numbers', () => {
    const [box] = blocks('decision-box') as DecisionBox[];
    expect(box?.actions.length).toBeGreaterThanOrEqual(3);
    expect(box?.actions.length).toBeLessThanOrEqual(5);
    expect(box?.actions).toEqual(planned().slice(0, box?.actions.length));
  });

  it('counts each indicator\'s gain once, however many actions serve it', () => {
    const plan = report.sections.find((s) => s.id === 'action-plan');
    const gains = plan?.blocks.find((b) => b.kind === 'table');
    const titles = gains?.kind === 'table' ? gains.rows.map((r) => r[0]?.text) : [];
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('prints no recommendation id in the body, and the CSV keys each action by its id with the same number', () => {
    const markdown = renderMarkdown(reportInput(assessment));
    const body = markdown.slice(0, markdown.indexOf('<a id="further-actions">'));
    for (const r of assessment.recommendations) expect(body).not.toContain(r.id);
    const rows = readCsv(renderPlanCsv(reportInput(assessment)).replace(/^\uFEFF/, ''));
    const header = rows[0] ?? [];
    const at = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((r) => [r[at('action')], r[at('recommendation_id')]])).toEqual(
      assessment.recommendations.map((r) => [String(r.action), r.id]),
    );
    for (const column of ['responsible_unit', 'named_unit', 'timeframe', 'success_measure', 'status']) expect(header).toContain(column);
  });
});

describe('the indicators of the sample report', () => {
  it('list every checklist item under its indicator, ticked or not, with the level and evidence beside it', () => {
    const entries = (blocks('indicators') as IndicatorEntries[]).flatMap((b) => b.entries);
    const checklists = assessment.dimensions.flatMap((d) => d.indicators).filter((i) => i.checklist !== null);
    expect(checklists.length).toBeGreaterThan(0);
    for (const i of checklists) {
      const entry = entries.find((e) => e.title === i.title);
      expect(entry?.checklist).toEqual(i.checklist?.map((c) => ({ label: c.label, ticked: c.ticked })));
      expect(entry?.evidence).toHaveLength(i.evidence.length);
    }
    expect(checklists.some((i) => i.checklist?.some((c) => c.ticked) && i.checklist.some((c) => !c.ticked))).toBe(true);
  });
});

describe('the heat map of the sample report', () => {
  it('names every indicator with its level and target in its text alternative', () => {
    const map = (blocks('chart') as ChartBlock[]).find((b) => b.chart.kind === 'heatmap');
    const indicators = assessment.dimensions.flatMap((d) => d.indicators);
    expect(indicators.length).toBeGreaterThan(30);
    for (const i of indicators) {
      const value = i.level === null ? 'N/A' : `${i.level} / ${i.target}`;
      expect(map?.alt).toContain(`${i.title} ${value}`);
    }
  });
});

describe('the pages of the sample report', () => {
  // Laying out and reading back forty pages takes a while on a busy machine.
  beforeAll(async () => {
    pdf = (await renderPdf(reportInput(assessment))).content;
    extracted = await extractPdf(pdf);
  }, 180_000);

  const firstAnnex = () => {
    const title = report.sections.find((s) => s.annex === true)?.title ?? '';
    // The cover's contents name the annex too: the annex starts on the first later page that carries it.
    return extracted.pages.findIndex((p, k) => k > 0 && p.text.includes(title));
  };

  it(`keeps the body, cover to annexes, within ${MAX_BODY_PAGES} pages and the file under 600 KB`, () => {
    expect(firstAnnex()).toBeGreaterThan(5);
    expect(firstAnnex()).toBeLessThanOrEqual(MAX_BODY_PAGES);
    expect(pdf.byteLength).toBeLessThan(MAX_BYTES);
  });

  it('leaves no body page less than a third full, unless the next one starts a section', () => {
    const titles = report.sections.map((s) => s.title);
    const bodyItems = (k: number) => (extracted.pages[k]?.items ?? []).filter((i) => i.str.trim() !== '' && i.y > BODY_BOTTOM && i.y < BODY_TOP - 20);
    for (let k = 1; k < firstAnnex(); k++) {
      const lowest = Math.min(...bodyItems(k).map((i) => i.y));
      const filled = (BODY_TOP - lowest) / (BODY_TOP - BODY_BOTTOM);
      const next = [...bodyItems(k + 1)].sort((a, b) => b.y - a.y)[0]?.str ?? '';
      const startsSection = titles.some((t) => t.startsWith(next.trim()));
      expect({ page: k + 1, ok: filled >= 1 / 3 || startsSection }).toEqual({ page: k + 1, ok: true });
    }
  });

  it('links every entry of the contents to where its section starts', () => {
    const onCover = extracted.internalLinks.filter((l) => l.page === 1).map((l) => l.destination);
    expect(onCover).toEqual(report.sections.map((s) => s.id));
  });
});
