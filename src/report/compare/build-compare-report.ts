import type { Comparison, DimensionChange, GapChange, IndicatorChange } from '../../core/compare/comparison.js';
import { fill } from '../model/fill.js';
import { formatScore } from '../model/format-number.js';
import type { Block, Cell, ChartBlock, ChartItem, ChartLegend, Column, ReportDocument, Section, Table } from '../model/report-document.js';
import { describeLevel, describeReading, signed } from './change-text.js';
import type { CompareReportInput } from './compare-report-input.js';

const score = (x: number | null, none: string): string => (x === null ? none : formatScore(x));

function table(columns: readonly Column[], rows: readonly (readonly Cell[])[]): Table {
  return { kind: 'table', columns, rows, totalRow: false };
}

function paragraph(text: string, tone: 'body' | 'lead' | 'muted' = 'body'): Block {
  return { kind: 'paragraph', tone, text };
}

function summarySection(c: Comparison, input: CompareReportInput): Section {
  const none = input.template.wording.figures.not_scored;
  const o = c.overall;
  const band = o.bandBefore === o.bandAfter ? `${o.bandAfter ?? none}, as before` : `${o.bandBefore ?? none} → ${o.bandAfter ?? none}`;
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: [
        { label: 'Baseline', value: score(o.before, none), note: `overall index, ${c.baseline.meta.date}` },
        { label: 'Follow-up', value: score(o.after, none), note: `overall index, ${c.followUp.meta.date}` },
        { label: 'Change', value: signed(o.change), note: band },
      ],
    },
    paragraph(
      `Between ${c.baseline.meta.date} and ${c.followUp.meta.date}, ${c.closed.length} gap${c.closed.length === 1 ? '' : 's'} closed and ` +
        `${c.opened.length} opened; ${c.done.length} recommendation${c.done.length === 1 ? ' was' : 's were'} no longer needed.`,
      'lead',
    ),
    paragraph(
      `Both files are scored with ${c.rubric.id} ${c.rubric.version} and the same targets (level ${c.targets.default}` +
        `${c.targets.source === 'file' ? ' by default, from a targets file' : ''}). Index points run from 0 to 100; a change is the difference of the two figures shown.`,
    ),
  ];
  blocks.push(beforeAfterChart(c, input), dimensionTable(c, none));
  if (c.notCompared.length > 0) {
    blocks.push(
      paragraph(
        `The pack changed between the two files' versions: ${c.notCompared.length} indicator${c.notCompared.length === 1 ? ' is' : 's are'} left out of every score on both sides, so that the scores compare like with like. They are listed at the end and may make these scores differ from gret score.`,
        'muted',
      ),
    );
  }
  return { id: 'summary', title: 'Summary of change', blocks };
}

/** Each bar is the follow-up score; the marker on it, where the target marker usually is, the baseline. */
function beforeAfterChart(c: Comparison, input: CompareReportInput): ChartBlock {
  const w = input.template.wording;
  const none = w.figures.not_scored;
  const compared = c.dimensions.filter((d) => d.compared);
  const items: ChartItem[] = compared.map((d) => ({ label: d.title, value: d.after === null ? null : d.after * 100, target: d.before === null ? null : d.before * 100 }));
  const legend: ChartLegend = { score: 'Follow-up', target: 'Baseline', level: w.charts.level_legend, notApplicable: w.charts.not_applicable_legend, notScored: none };
  return {
    kind: 'chart',
    title: 'Dimension scores: follow-up bars, baseline markers',
    alt: `Bar chart of the dimension scores out of 100: each bar is the follow-up score, the marker the baseline score. ${compared
      .map((d) => `${d.title} ${score(d.before, none)} to ${score(d.after, none)}`)
      .join('; ')}.`,
    chart: { kind: 'bars', items },
    table: table(
      [
        { header: 'Dimension', width: 3, align: 'left' },
        { header: 'Baseline', width: 1, align: 'right' },
        { header: 'Follow-up', width: 1, align: 'right' },
      ],
      compared.map((d) => [{ text: d.title }, { text: score(d.before, none) }, { text: score(d.after, none) }]),
    ),
    legend,
  };
}

function dimensionTable(c: Comparison, none: string): Table {
  const row = (name: string, d: Comparison['overall'] | DimensionChange): Cell[] => {
    const compared = !('compared' in d) || d.compared;
    const band = d.bandBefore === d.bandAfter ? (d.bandAfter ?? '—') : `${d.bandBefore ?? '—'} → ${d.bandAfter ?? '—'}`;
    return compared
      ? [{ text: name }, { text: score(d.before, none) }, { text: score(d.after, none) }, { text: signed(d.change) }, { text: band }]
      : [{ text: name }, { text: '—' }, { text: '—' }, { text: '—' }, { text: 'not compared' }];
  };
  return table(
    [
      { header: 'Dimension', width: 40, align: 'left' },
      { header: 'Baseline', width: 12, align: 'right' },
      { header: 'Follow-up', width: 12, align: 'right' },
      { header: 'Change', width: 11, align: 'right' },
      { header: 'Band', width: 25, align: 'left' },
    ],
    [...c.dimensions.map((d) => row(d.title, d)), row('Overall index', c.overall)],
  );
}

function gapTable(c: Comparison, gaps: readonly GapChange[]): Table {
  const dimensions = new Map(c.dimensions.map((d) => [d.id, d.shortTitle]));
  return table(
    [
      { header: 'Indicator', width: 46, align: 'left' },
      { header: 'Dimension', width: 22, align: 'left' },
      { header: 'Level', width: 22, align: 'left' },
      { header: 'Target', width: 10, align: 'right' },
    ],
    gaps.map((g) => [
      g.critical ? { text: g.title, detail: 'critical' } : { text: g.title },
      { text: dimensions.get(g.dimension) ?? g.dimension },
      { text: `${describeLevel(g.levelBefore)} → ${describeLevel(g.levelAfter)}` },
      { text: String(g.target) },
    ]),
  );
}

function gapsSection(c: Comparison): Section {
  const blocks: Block[] = [{ kind: 'subheading', text: `Gaps closed (${c.closed.length})` }];
  blocks.push(c.closed.length === 0 ? paragraph('No indicator that was below its target at baseline has reached it.') : gapTable(c, c.closed));
  blocks.push({ kind: 'subheading', text: `Gaps opened (${c.opened.length})` });
  blocks.push(
    c.opened.length === 0
      ? paragraph('No indicator has fallen below its target.')
      : gapTable(c, c.opened),
  );
  blocks.push({ kind: 'subheading', text: `Recommendations now done (${c.done.length})` });
  blocks.push(
    c.done.length === 0
      ? paragraph('Every recommendation offered at baseline is still called for.')
      : { kind: 'list', ordered: false, items: c.done.map((r) => `${r.text} (${r.title})`) },
  );
  return {
    id: 'gaps',
    title: 'Gaps closed and opened',
    blocks: [
      paragraph('A gap closes when an indicator below its target at baseline is at or above it at follow-up. A gap opens when an indicator is below target at follow-up but was not at baseline. A recommendation is done when the baseline called for it and the follow-up, with the indicator still applicable, no longer does.'),
      ...blocks,
    ],
  };
}

/** The answer in words goes under the level only where it says more than the level, and changed. */
function readingCell(i: IndicatorChange, side: 'before' | 'after'): Cell {
  const r = i[side];
  const text = describeReading(r);
  const telling = i.type !== 'level' && r.applicable && i.before.answerText !== i.after.answerText;
  return telling && r.answerText !== null ? { text, detail: r.answerText } : { text };
}

function indicatorsSection(c: Comparison): Section {
  const blocks: Block[] = [paragraph('Every indicator compared, with the level at baseline and at follow-up and the change in levels.')];
  for (const d of c.dimensions) {
    const rows = c.indicators.filter((i) => i.dimensionId === d.id);
    if (rows.length === 0) continue;
    blocks.push({ kind: 'subheading', text: d.title });
    blocks.push(
      table(
        [
          { header: 'Indicator', width: 40, align: 'left' },
          { header: 'Baseline', width: 22, align: 'left' },
          { header: 'Follow-up', width: 22, align: 'left' },
          { header: 'Change', width: 8, align: 'right' },
          { header: 'Target', width: 8, align: 'right' },
        ],
        rows.map((i) => [
          i.critical ? { text: i.title, detail: 'critical' } : { text: i.title },
          readingCell(i, 'before'),
          readingCell(i, 'after'),
          { text: signed(i.change, 0) },
          { text: String(i.target) },
        ]),
      ),
    );
  }
  return { id: 'indicators', title: 'Indicator by indicator', blocks };
}

function notesSection(c: Comparison): Section | null {
  const blocks: Block[] = [];
  if (c.answeredInOne.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Answered in only one file' });
    blocks.push(paragraph('The other file leaves these unanswered, which scores level 0: their change reflects the missing answer as much as any progress.'));
    blocks.push({ kind: 'list', ordered: false, items: c.answeredInOne.map((a) => `${a.title}: answered only in the ${a.answeredIn}`) });
  }
  if (c.notCompared.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Not compared' });
    blocks.push(paragraph(`The pack's change log records these changes since the older file's version. Their levels would not mean the same on both sides, so they are left out of the comparison.`));
    blocks.push(
      table(
        [
          { header: 'Indicator', width: 60, align: 'left' },
          { header: 'Change', width: 20, align: 'left' },
          { header: 'Pack version', width: 20, align: 'left' },
        ],
        c.notCompared.map((n) => [
          n.title === null ? { text: n.indicator } : { text: n.title, detail: n.indicator },
          { text: n.change === 'rescaled' ? 're-scaled' : n.change },
          { text: n.version },
        ]),
      ),
    );
  }
  if (c.reworded.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Reworded in between' });
    blocks.push(paragraph('These questions were reworded but keep their scale, so they are compared; read their change with the new wording in mind.'));
    blocks.push({ kind: 'list', ordered: false, items: c.reworded.map((r) => `${r.title} (${r.version})`) });
  }
  if (c.warnings.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Warnings' });
    blocks.push({ kind: 'list', ordered: false, items: [...c.warnings] });
  }
  return blocks.length === 0 ? null : { id: 'notes', title: 'What the comparison leaves out', blocks };
}

/** Lays out the comparison as a report document, rendered by the same PDF and Markdown renderers as the single report. */
export function buildCompareReport(input: CompareReportInput): ReportDocument {
  const c = input.comparison;
  const w = input.template.wording;
  const b = c.baseline.meta;
  const f = c.followUp.meta;
  const notes = notesSection(c);
  return {
    language: w.language,
    title: `Progress since the baseline: ${f.ministry}`,
    subject: `How the assessment of ${f.ministry} changed between ${b.date} and ${f.date}.`,
    author: f.assessors.length === 0 ? input.template.look.organisation : f.assessors.join(', '),
    keywords: [c.rubric.id, f.country, f.ministry].join(', '),
    date: f.date,
    runningHeader: `${f.ministry}: progress since ${b.date}`,
    pageNumber: w.document.page_number,
    cover: {
      title: 'Progress since the baseline',
      subtitle: 'Gender-responsive e-government: baseline and follow-up compared',
      preparedFor: w.cover.prepared_for,
      ministry: f.ministry,
      lines: [
        { label: w.cover.country, value: f.country },
        { label: 'Baseline', value: `${b.date} · ${c.baseline.file}` },
        { label: 'Follow-up', value: `${f.date} · ${c.followUp.file}` },
        { label: w.cover.assessors, value: [...new Set([...b.assessors, ...f.assessors])].join(', ') },
        { label: w.cover.pack, value: fill(w.cover.pack_value, { id: c.rubric.id, version: c.rubric.version }) },
        { label: w.cover.fingerprint, value: c.rubric.hash },
      ],
      disclaimer: w.cover.disclaimer,
      organisation: input.template.look.organisation,
    },
    sections: [summarySection(c, input), gapsSection(c), indicatorsSection(c), ...(notes === null ? [] : [notes])],
  };
}
