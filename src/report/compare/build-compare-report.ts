import { answerInWords } from '../model/answer-words.js';
import type { Comparison, DimensionChange, GapChange, IndicatorChange } from '../../core/compare/comparison.js';
import { fill, fillCount } from '../model/fill.js';
import { formatScore } from '../model/format-number.js';
import type { Block, Cell, ChartBlock, ChartItem, ChartLegend, Column, ReportDocument, Section, Table } from '../model/report-document.js';
import type { Wording } from '../../core/template/template-schema.js';
import { describeLevel, describeReading, signed } from './change-text.js';
import type { CompareReportInput } from './compare-report-input.js';

/** The remaining gaps named in the gaps section; every indicator's level is in the tables after it. */
const REMAINING_SHOWN = 10;

const score = (x: number | null, none: string, language: string): string => (x === null ? none : formatScore(x, language));

function table(columns: readonly Column[], rows: readonly (readonly Cell[])[]): Table {
  return { kind: 'table', columns, rows, totalRow: false };
}

function paragraph(text: string, tone: 'body' | 'lead' | 'muted' = 'body'): Block {
  return { kind: 'paragraph', tone, text };
}

function summarySection(c: Comparison, w: Wording): Section {
  const t = w.compare.summary;
  const none = w.figures.not_scored;
  const o = c.overall;
  const band = o.bandBefore === o.bandAfter ? fill(t.band_same, { band: o.bandAfter ?? none }) : fill(t.band_changed, { before: o.bandBefore ?? none, after: o.bandAfter ?? none });
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: [
        { label: w.compare.baseline, value: score(o.before, none, w.language), note: fill(t.index_note, { date: c.baseline.meta.date }) },
        { label: w.compare.follow_up, value: score(o.after, none, w.language), note: fill(t.index_note, { date: c.followUp.meta.date }) },
        { label: w.compare.change, value: signed(o.change, 1, w.language), note: band },
      ],
    },
    paragraph(
      fill(t.lead, {
        baseline: c.baseline.meta.date,
        follow_up: c.followUp.meta.date,
        closed: fillCount(w.language, c.closed.length, t.closed_one, t.closed_other),
        opened: c.opened.length,
        declined: fillCount(w.language, c.declined.length, t.declined_one, t.declined_other),
        remaining: fillCount(w.language, c.remaining.length, t.remaining_one, t.remaining_other),
        done: fillCount(w.language, c.done.length, t.done_one, t.done_other),
      }),
      'lead',
    ),
    paragraph(fill(c.targets.source === 'file' ? t.scoring_targets_file : t.scoring, { id: c.rubric.id, version: c.rubric.version, target: c.targets.default })),
  ];
  blocks.push(beforeAfterChart(c, w), dimensionTable(c, w));
  if (c.notCompared.length > 0) {
    blocks.push(paragraph(fillCount(w.language, c.notCompared.length, t.not_compared_one, t.not_compared_other), 'muted'));
  }
  return { id: 'summary', title: t.title, blocks };
}

/** Each bar is the follow-up score; the marker on it, where the target marker usually is, the baseline. */
function beforeAfterChart(c: Comparison, w: Wording): ChartBlock {
  const none = w.figures.not_scored;
  const k = w.compare.columns;
  const compared = c.dimensions.filter((d) => d.compared);
  const items: ChartItem[] = compared.map((d) => ({ label: d.title, value: d.after === null ? null : d.after * 100, target: d.before === null ? null : d.before * 100 }));
  const legend: ChartLegend = { score: w.compare.follow_up, target: w.compare.baseline, level: w.charts.level_legend, notApplicable: w.charts.not_applicable_legend, notScored: none };
  return {
    kind: 'chart',
    title: w.compare.chart.title,
    alt: fill(w.compare.chart.alt, {
      items: compared.map((d) => fill(w.compare.chart.item, { label: d.title, before: score(d.before, none, w.language), after: score(d.after, none, w.language) })).join('; '),
    }),
    chart: { kind: 'bars', items },
    table: table(
      [
        { header: k.dimension, width: 3, align: 'left' },
        { header: k.baseline, width: 1, align: 'right' },
        { header: k.follow_up, width: 1, align: 'right' },
      ],
      compared.map((d) => [{ text: d.title }, { text: score(d.before, none, w.language) }, { text: score(d.after, none, w.language) }]),
    ),
    legend,
  };
}

function dimensionTable(c: Comparison, w: Wording): Table {
  const none = w.figures.not_scored;
  const k = w.compare.columns;
  const row = (name: string, d: Comparison['overall'] | DimensionChange): Cell[] => {
    const compared = !('compared' in d) || d.compared;
    const band = d.bandBefore === d.bandAfter ? (d.bandAfter ?? '—') : fill(w.compare.summary.band_changed, { before: d.bandBefore ?? '—', after: d.bandAfter ?? '—' });
    return compared
      ? [{ text: name }, { text: score(d.before, none, w.language) }, { text: score(d.after, none, w.language) }, { text: signed(d.change, 1, w.language) }, { text: band }]
      : [{ text: name }, { text: '—' }, { text: '—' }, { text: '—' }, { text: w.compare.not_compared }];
  };
  return table(
    [
      { header: k.dimension, width: 40, align: 'left' },
      { header: k.baseline, width: 12, align: 'right' },
      { header: k.follow_up, width: 12, align: 'right' },
      { header: k.change, width: 11, align: 'right' },
      { header: k.band, width: 25, align: 'left' },
    ],
    [...c.dimensions.map((d) => row(d.title, d)), row(w.compare.overall, c.overall)],
  );
}

function gapTable(c: Comparison, gaps: readonly GapChange[], w: Wording): Table {
  const dimensions = new Map(c.dimensions.map((d) => [d.id, d.shortTitle]));
  const k = w.compare.columns;
  return table(
    [
      { header: k.indicator, width: 46, align: 'left' },
      { header: k.dimension, width: 22, align: 'left' },
      { header: k.level, width: 22, align: 'left' },
      { header: k.target, width: 10, align: 'right' },
    ],
    gaps.map((g) => [
      g.critical ? { text: g.title, detail: w.dimension.critical_mark } : { text: g.title },
      { text: dimensions.get(g.dimension) ?? g.dimension },
      {
        text:
          g.levelBefore === g.levelAfter
            ? fill(w.compare.level_same, { level: describeLevel(g.levelAfter, w.readings) })
            : fill(w.compare.level_change, { before: describeLevel(g.levelBefore, w.readings), after: describeLevel(g.levelAfter, w.readings) }),
      },
      { text: String(g.target) },
    ]),
  );
}

function gapsSection(c: Comparison, w: Wording): Section {
  const t = w.compare.gaps;
  const blocks: Block[] = [{ kind: 'subheading', text: fill(t.closed_heading, { count: c.closed.length }) }];
  blocks.push(c.closed.length === 0 ? paragraph(t.closed_none) : gapTable(c, c.closed, w));
  blocks.push({ kind: 'subheading', text: fill(t.opened_heading, { count: c.opened.length }) });
  blocks.push(c.opened.length === 0 ? paragraph(t.opened_none) : gapTable(c, c.opened, w));
  blocks.push({ kind: 'subheading', text: fill(t.declined_heading, { count: c.declined.length }) });
  blocks.push(c.declined.length === 0 ? paragraph(t.declined_none) : gapTable(c, c.declined, w));
  blocks.push({ kind: 'subheading', text: fill(t.remaining_heading, { count: c.remaining.length }) });
  blocks.push(c.remaining.length === 0 ? paragraph(t.remaining_none) : paragraph(t.remaining_intro, 'muted'));
  if (c.remaining.length > 0) blocks.push(gapTable(c, c.remaining.slice(0, REMAINING_SHOWN), w));
  if (c.remaining.length > REMAINING_SHOWN) blocks.push(paragraph(fillCount(w.language, c.remaining.length - REMAINING_SHOWN, t.remaining_more_one, t.remaining_more_other), 'muted'));
  if (c.next.length > 0) {
    blocks.push({ kind: 'subheading', text: t.next_heading }, paragraph(t.next_intro, 'muted'));
    blocks.push({
      kind: 'list',
      ordered: true,
      items: c.next.map((r) =>
        fill(t.next_item, { text: r.text, title: r.title, owner: r.owner, horizon: w.plan.horizons[r.horizon].title, status: r.carriedOver ? t.carried_over : t.new_action }),
      ),
    });
  }
  blocks.push({ kind: 'subheading', text: fill(t.done_heading, { count: c.done.length }) });
  blocks.push(
    c.done.length === 0
      ? paragraph(t.done_none)
      : { kind: 'list', ordered: false, items: c.done.map((r) => fill(t.done_item, { text: r.text, title: r.title })) },
  );
  return { id: 'gaps', title: t.title, blocks: [paragraph(t.intro), ...blocks] };
}

/** The answer in words goes under the level only where it says more than the level, and changed. */
function readingCell(i: IndicatorChange, side: 'before' | 'after', w: Wording): Cell {
  const r = i[side];
  const text = describeReading(r, w.readings);
  const telling = i.type !== 'level' && r.applicable && i.before.answerText !== i.after.answerText;
  return telling && r.answer !== null ? { text, detail: answerInWords(w, r.answer) } : { text };
}

function indicatorsSection(c: Comparison, w: Wording): Section {
  const k = w.compare.columns;
  const blocks: Block[] = [paragraph(w.compare.indicators.intro)];
  for (const d of c.dimensions) {
    const rows = c.indicators.filter((i) => i.dimensionId === d.id);
    if (rows.length === 0) continue;
    blocks.push({ kind: 'subheading', text: d.title });
    blocks.push(
      table(
        [
          { header: k.indicator, width: 40, align: 'left' },
          { header: k.baseline, width: 22, align: 'left' },
          { header: k.follow_up, width: 22, align: 'left' },
          { header: k.change, width: 8, align: 'right' },
          { header: k.target, width: 8, align: 'right' },
        ],
        rows.map((i) => [
          i.critical ? { text: i.title, detail: w.dimension.critical_mark } : { text: i.title },
          readingCell(i, 'before', w),
          readingCell(i, 'after', w),
          { text: signed(i.change, 0, w.language) },
          { text: String(i.target) },
        ]),
      ),
    );
  }
  return { id: 'indicators', title: w.compare.indicators.title, blocks };
}

function notesSection(c: Comparison, w: Wording): Section | null {
  const t = w.compare.notes;
  const k = w.compare.columns;
  const blocks: Block[] = [];
  if (c.answeredInOne.length > 0) {
    blocks.push({ kind: 'subheading', text: t.answered_in_one_heading });
    blocks.push(paragraph(t.answered_in_one_intro));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: c.answeredInOne.map((a) => fill(a.answeredIn === 'baseline' ? t.answered_in_baseline : t.answered_in_follow_up, { title: a.title })),
    });
  }
  if (c.notCompared.length > 0) {
    blocks.push({ kind: 'subheading', text: t.not_compared_heading });
    blocks.push(paragraph(t.not_compared_intro));
    blocks.push(
      table(
        [
          { header: k.indicator, width: 60, align: 'left' },
          { header: k.change, width: 20, align: 'left' },
          { header: k.pack_version, width: 20, align: 'left' },
        ],
        c.notCompared.map((n) => [
          n.title === null ? { text: n.indicator } : { text: n.title, detail: n.indicator },
          { text: t.changes[n.change] },
          { text: n.version },
        ]),
      ),
    );
  }
  if (c.reworded.length > 0) {
    blocks.push({ kind: 'subheading', text: t.reworded_heading });
    blocks.push(paragraph(t.reworded_intro));
    blocks.push({ kind: 'list', ordered: false, items: c.reworded.map((r) => fill(t.reworded_item, { title: r.title, version: r.version })) });
  }
  if (c.warnings.length > 0) {
    blocks.push({ kind: 'subheading', text: t.warnings_heading });
    blocks.push({ kind: 'list', ordered: false, items: [...c.warnings] });
  }
  return blocks.length === 0 ? null : { id: 'notes', title: t.title, blocks };
}

/** Lays out the comparison as a report document, rendered by the same PDF and Markdown renderers as the single report. */
export function buildCompareReport(input: CompareReportInput): ReportDocument {
  const c = input.comparison;
  const w = input.template.wording;
  const b = c.baseline.meta;
  const f = c.followUp.meta;
  const t = w.compare;
  const notes = notesSection(c, w);
  return {
    language: w.language,
    title: fill(t.title, { ministry: f.ministry }),
    subject: fill(t.subject, { ministry: f.ministry, baseline: b.date, follow_up: f.date }),
    author: f.assessors.length === 0 ? input.template.look.organisation : f.assessors.join(', '),
    keywords: [c.rubric.id, f.country, f.ministry].join(', '),
    date: f.date,
    runningHeader: fill(t.running_header, { ministry: f.ministry, baseline: b.date }),
    pageNumber: w.document.page_number,
    cover: {
      title: t.cover_title,
      subtitle: t.cover_subtitle,
      preparedFor: w.cover.prepared_for,
      ministry: f.ministry,
      lines: [
        { label: w.cover.country, value: f.country },
        { label: t.baseline, value: b.date },
        { label: t.follow_up, value: f.date },
        { label: w.cover.assessors, value: [...new Set([...b.assessors, ...f.assessors])].join(', ') },
        { label: w.cover.pack, value: fill(w.cover.pack_value, { id: c.rubric.id, version: c.rubric.version }) },
        { label: w.cover.fingerprint, value: c.rubric.hash },
      ],
      disclaimer: w.cover.disclaimer,
      organisation: input.template.look.organisation,
    },
    sections: [summarySection(c, w), gapsSection(c, w), indicatorsSection(c, w), ...(notes === null ? [] : [notes])],
  };
}
