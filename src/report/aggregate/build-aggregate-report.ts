import type { AggregateOverview, GroupAnswer, GroupBy, GroupSummary, WorkshopRow, WorkshopView } from '../../core/aggregate/aggregate-summary.js';
import type { Distribution } from '../../core/aggregate/distribution.js';
import { formatDecimal } from '../../core/translation/locale-format.js';
import { fill, fillCount } from '../model/fill.js';
import { formatScore } from '../model/format-number.js';
import type { Block, Cell, ChartBlock, Column, ReportDocument, Section, Table } from '../model/report-document.js';
import type { Wording } from '../../core/template/template-schema.js';
import type { AggregateReportInput } from './aggregate-report-input.js';
import { agreementSection } from './agreement-section.js';
import { levelDistributionText, scoreDistributionText, type DistributionText } from './distribution-text.js';
import { answerLabel } from './workshop-text.js';

/** Beyond this many groups, side-by-side columns would be too narrow to read; the CSV has them all. */
const MAX_GROUP_COLUMNS = 8;
/** Up to this many ministries of one country, the cover names them rather than counting them. */
const NAMED_MINISTRIES = 3;

function table(columns: readonly Column[], rows: readonly (readonly Cell[])[]): Table {
  return { kind: 'table', columns, rows, totalRow: false };
}

function paragraph(text: string, tone: 'body' | 'lead' | 'muted' = 'body'): Block {
  return { kind: 'paragraph', tone, text };
}

const assessments = (n: number, w: Wording): string => fillCount(w.language, n, w.aggregate.assessments_one, w.aggregate.assessments_other);

function distributionColumns(first: string, w: Wording): Column[] {
  const k = w.aggregate.columns;
  return [
    { header: first, width: 40, align: 'left' },
    { header: k.n, width: 8, align: 'right' },
    { header: k.mean, width: 10, align: 'right' },
    { header: k.median, width: 10, align: 'right' },
    { header: k.range, width: 14, align: 'right' },
    { header: k.sd, width: 9, align: 'right' },
  ];
}

/** A single value is shown once: its mean, median and range are itself and its spread is nothing. */
function distributionRow(name: Cell, d: Distribution, t: DistributionText): Cell[] {
  const alone = d.n === 1 ? '' : null;
  return [name, { text: String(d.n) }, { text: t.mean }, { text: alone ?? t.median }, { text: alone ?? t.range }, { text: alone ?? t.sd }];
}

/** Every group holds one assessment: its figures are values, not distributions. */
function singleGroups(a: AggregateOverview): boolean {
  return a.by !== null && a.groups.length > 1 && a.groups.every((g) => g.count === 1);
}

/** With one assessment per group, the index and dimension scores of each, side by side in one table. */
function scoresByGroup(a: AggregateOverview, by: GroupBy, w: Wording): Block[] {
  const k = w.aggregate.columns;
  const s = w.aggregate.summary;
  const share = 60 / (a.all.dimensions.length + 1);
  const value = (d: Distribution): string => scoreDistributionText(d, w.language).mean;
  return [
    { kind: 'subheading', text: fill(s.scores_by_heading, { by: w.aggregate.by[by] }) },
    paragraph(fill(s.scores_by_intro, { by: w.aggregate.by[by] }), 'muted'),
    table(
      [
        { header: byColumn(by, w), width: 40, align: 'left' },
        { header: k.index, width: share, align: 'right' },
        ...a.all.dimensions.map((d): Column => ({ header: d.shortTitle, width: share, align: 'right' })),
      ],
      a.groups.map((g) => [{ text: groupName(g, w) }, { text: value(g.overall) }, ...g.dimensions.map((d) => ({ text: value(d.scores) }))]),
    ),
  ];
}

function groupName(g: GroupSummary, w: Wording): string {
  return g.key ?? fill(w.aggregate.all_group, { assessments: assessments(g.count, w) });
}

/** The column header naming the groups, empty when the assessments are not grouped. */
function byColumn(by: GroupBy | null, w: Wording): string {
  return by === null ? '' : w.aggregate.by_columns[by];
}

function summarySection(a: AggregateOverview, w: Wording): Section {
  const s = w.aggregate.summary;
  const all = a.all;
  const t = scoreDistributionText(all.overall, w.language);
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: [
        { label: s.assessments, value: String(a.read.count), note: a.skipped.length === 0 ? s.every_file_read : fillCount(w.language, a.skipped.length, s.skipped_one, s.skipped_other) },
        { label: s.median, value: t.median, note: fill(s.median_note, { mean: t.mean }) },
        { label: s.spread, value: t.sd, note: fill(s.spread_note, { range: t.range }) },
      ],
    },
    paragraph(fill(s.intro, { max_level: a.rubric.maxLevel })),
    dimensionChart(a, w),
  ];
  if (a.by !== null && singleGroups(a)) {
    blocks.push(...scoresByGroup(a, a.by, w));
  } else {
    blocks.push({ kind: 'subheading', text: a.by === null ? s.overall_heading : fill(s.overall_by_heading, { by: w.aggregate.by[a.by] }) });
    blocks.push(table(distributionColumns(byColumn(a.by, w), w), [a.all, ...a.groups].map((g) => distributionRow({ text: groupName(g, w) }, g.overall, scoreDistributionText(g.overall, w.language)))));
  }
  return { id: 'summary', title: s.title, blocks };
}

function dimensionChart(a: AggregateOverview, w: Wording): ChartBlock {
  const none = w.figures.not_scored;
  const k = w.aggregate.columns;
  const dims = a.all.dimensions;
  const points = (x: number | null): number | null => (x === null ? null : x * 100);
  return {
    kind: 'chart',
    title: w.aggregate.chart.title,
    alt: fill(w.aggregate.chart.alt, {
      items: dims
        .map((d) =>
          fill(w.aggregate.chart.item, {
            label: d.title,
            mean: d.scores.mean === null ? none : formatScore(d.scores.mean, w.language),
            median: d.scores.median === null ? none : formatScore(d.scores.median, w.language),
          }),
        )
        .join('; '),
    }),
    chart: { kind: 'bars', items: dims.map((d) => ({ label: d.title, value: points(d.scores.mean), target: points(d.scores.median) })) },
    table: table(
      [
        { header: k.dimension, width: 3, align: 'left' },
        { header: k.mean, width: 1, align: 'right' },
        { header: k.median, width: 1, align: 'right' },
      ],
      dims.map((d) => {
        const t = scoreDistributionText(d.scores, w.language);
        return [{ text: d.title }, { text: t.mean }, { text: t.median }];
      }),
    ),
    legend: { score: k.mean, target: k.median, level: w.aggregate.chart.level_legend, notApplicable: w.charts.not_applicable_legend, notScored: none },
  };
}

function dimensionsSection(a: AggregateOverview, w: Wording): Section {
  const blocks: Block[] = [
    table(
      distributionColumns(w.aggregate.columns.dimension, w),
      a.all.dimensions.map((d) => distributionRow({ text: d.title }, d.scores, scoreDistributionText(d.scores, w.language))),
    ),
  ];
  const by = a.by;
  // With one assessment per group, the summary's table already sets each group's scores side by side.
  if (by !== null && !singleGroups(a)) {
    a.all.dimensions.forEach((d, k) => {
      blocks.push({ kind: 'subheading', text: fill(w.aggregate.dimensions.by_heading, { dimension: d.title, by: w.aggregate.by[by] }) });
      blocks.push(
        table(
          distributionColumns(byColumn(by, w), w),
          a.groups.map((g) => {
            const scores = g.dimensions[k]?.scores ?? d.scores;
            return distributionRow({ text: groupName(g, w) }, scores, scoreDistributionText(scores, w.language));
          }),
        ),
      );
    });
  }
  return { id: 'dimensions', title: w.aggregate.dimensions.title, blocks };
}

function indicatorsSection(a: AggregateOverview, w: Wording): Section {
  const t = w.aggregate.indicators;
  const k = w.aggregate.columns;
  const by = a.by === null ? null : w.aggregate.by[a.by];
  const blocks: Block[] = [paragraph(t.intro)];
  const showGroups = a.by !== null && a.groups.length > 1 && a.groups.length <= MAX_GROUP_COLUMNS;
  for (const d of a.all.dimensions) {
    const rows = a.all.indicators.filter((i) => i.dimensionId === d.id);
    blocks.push({ kind: 'subheading', text: d.title });
    blocks.push(
      table(
        [
          { header: k.indicator, width: 34, align: 'left' },
          { header: k.n, width: 7, align: 'right' },
          { header: k.mean, width: 8, align: 'right' },
          { header: k.median, width: 9, align: 'right' },
          { header: k.range, width: 10, align: 'right' },
          { header: k.sd, width: 7, align: 'right' },
          { header: k.below_target, width: 10, align: 'right' },
          { header: k.data_gaps, width: 8, align: 'right' },
          { header: k.not_applicable, width: 7, align: 'right' },
        ],
        rows.map((i) => {
          const t = levelDistributionText(i.levels, w.language);
          return [
            { text: i.title },
            { text: String(i.levels.n) },
            { text: t.mean },
            { text: t.median },
            { text: t.range },
            { text: t.sd },
            { text: String(i.belowTarget) },
            { text: String(i.dontKnow + i.unanswered) },
            { text: String(i.notApplicable) },
          ];
        }),
      ),
    );
    if (showGroups && by !== null) {
      const single = singleGroups(a);
      blocks.push(paragraph(fill(single ? t.level_by : t.mean_by, { by }), 'muted'));
      const share = 60 / a.groups.length;
      blocks.push(
        table(
          [{ header: k.indicator, width: 40, align: 'left' }, ...a.groups.map((g): Column => ({ header: g.key ?? '', width: share, align: 'right' }))],
          rows.map((i) => [
            { text: i.title },
            ...a.groups.map((g) => {
              const levels = g.indicators.find((x) => x.id === i.id)?.levels;
              if (levels === undefined) return { text: '–' };
              return { text: single && levels.n === 1 && levels.mean !== null ? String(levels.mean) : levelDistributionText(levels, w.language).mean };
            }),
          ]),
        ),
      );
    }
  }
  if (by !== null && !showGroups && a.groups.length > MAX_GROUP_COLUMNS) {
    blocks.push(paragraph(fill(t.too_many_groups, { count: a.groups.length, by }), 'muted'));
  }
  return { id: 'indicators', title: t.title, blocks };
}

function disagreementText(row: WorkshopRow, w: Wording): string {
  const t = w.aggregate.workshop;
  const parts = [
    row.spread === null ? null : fill(t.sd, { sd: formatDecimal(row.spread, 1, w.language) }),
    row.range === null ? null : fill(t.range, { range: row.range }),
    row.applicabilitySplit ? t.applicability_split : null,
  ];
  return parts.filter((p) => p !== null).join(', ');
}

/** One group's level in a side-by-side cell: the level, or why there is none. */
function levelCell(answer: GroupAnswer | undefined, w: Wording): string {
  const t = w.aggregate.workshop;
  if (answer === undefined) return '–';
  if (answer.level === null) return t.not_applicable;
  if (answer.status === 'dont-know') return t.dont_know;
  if (answer.status === 'unanswered') return t.unanswered;
  return String(answer.level);
}

/**
 * The groups' levels side by side: first the indicators on which they differ, widest first, so the
 * room starts where the discussion is; then, shortly, the ones on which they all gave one level.
 */
function sideBySide(v: WorkshopView, w: Wording): Block[] {
  const t = w.aggregate.workshop;
  const k = w.aggregate.columns;
  const blocks: Block[] = [];
  const rows = new Map(v.indicators.map((row) => [row.id, row]));
  const differing = v.disagreements.flatMap((id) => rows.get(id) ?? []);
  const differ = new Set(v.disagreements);
  if (differing.length > 0) {
    blocks.push({ kind: 'subheading', text: fill(t.differ_heading, { count: differing.length }) });
    for (let start = 0; start < v.groups.length; start += MAX_GROUP_COLUMNS) {
      const groups = v.groups.slice(start, start + MAX_GROUP_COLUMNS);
      const share = 50 / groups.length;
      blocks.push(
        table(
          [
            { header: k.indicator, width: 40, align: 'left' },
            ...groups.map((g): Column => ({ header: g.label, width: share, align: 'right' })),
            { header: k.sd, width: 10, align: 'right' },
          ],
          differing.map((row) => [
            { text: row.title },
            ...groups.map((_, j) => ({ text: levelCell(row.answers[start + j], w) })),
            { text: row.spread === null ? '–' : formatDecimal(row.spread, 1, w.language) },
          ]),
        ),
      );
    }
  }
  const agreed = v.indicators.filter((row) => !differ.has(row.id));
  if (agreed.length > 0) {
    blocks.push({ kind: 'subheading', text: fill(t.agree_heading, { count: agreed.length }) });
    blocks.push(
      table(
        [
          { header: k.indicator, width: 70, align: 'left' },
          { header: t.agree_level, width: 30, align: 'left' },
        ],
        agreed.map((row) => {
          // The same level can hide a different answer: level 0 from one group, "don't know" from another.
          const labels = [...new Set(row.answers.map((a) => levelCell(a, w)))];
          return [{ text: row.title }, { text: labels.join(' / ') }];
        }),
      ),
    );
  }
  return blocks;
}

function workshopSection(views: readonly WorkshopView[], w: Wording): Section {
  const t = w.aggregate.workshop;
  const blocks: Block[] = [paragraph(t.intro)];
  if (views.length === 0) blocks.push(paragraph(t.none, 'lead'));
  for (const v of views) {
    blocks.push({ kind: 'subheading', text: fill(t.heading, { ministry: v.ministry, groups: fillCount(w.language, v.groups.length, t.groups_one, t.groups_other) }) });
    blocks.push(paragraph(fill(t.groups, { groups: v.groups.map((g) => fill(t.group_item, { label: g.label })).join('; ') }), 'muted'));
    blocks.push(
      v.prompts.length === 0
        ? paragraph(t.same_levels)
        : {
            kind: 'list',
            ordered: true,
            items: v.prompts.map((p) =>
              fill(t.prompt, {
                title: p.title,
                disagreement: disagreementText(p, w),
                question: p.question,
                answers: v.groups.map((g, j) => fill(t.answer_item, { label: g.label, answer: answerLabel(p, p.answers[j], w) })).join('; '),
              }),
            ),
          },
    );
    blocks.push(paragraph(t.levels_note, 'muted'), ...sideBySide(v, w));
  }
  return { id: 'workshop', title: t.title, blocks };
}

function filesSection(a: AggregateOverview, w: Wording): Section {
  const t = w.aggregate.files;
  const k = w.aggregate.columns;
  const blocks: Block[] = [];
  if (a.skipped.length > 0) {
    blocks.push({ kind: 'subheading', text: fill(t.skipped_heading, { count: a.skipped.length }) });
    blocks.push(paragraph(t.skipped_intro));
    blocks.push({ kind: 'list', ordered: false, items: a.skipped.map((s) => fill(t.skipped_item, { file: s.file, problems: s.problems.join(' · ') })) });
  }
  blocks.push({ kind: 'subheading', text: fill(t.read_heading, { count: a.read.count }) });
  // The overview keeps the first files read; beyond them the list belongs in the CSV.
  if (a.read.count > a.read.first.length) {
    blocks.push(paragraph(t.too_many));
  } else {
    blocks.push(
      table(
        [
          { header: k.file, width: 30, align: 'left' },
          { header: k.ministry, width: 30, align: 'left' },
          { header: k.group, width: 14, align: 'left' },
          { header: k.date, width: 14, align: 'left' },
          { header: k.index, width: 10, align: 'right' },
        ],
        a.read.first.map((x) => [
          { text: x.file },
          { text: x.ministry, detail: x.country },
          { text: x.group },
          { text: x.date },
          { text: x.overall === null ? '–' : formatScore(x.overall, w.language) },
        ]),
      ),
    );
  }
  for (const warning of a.warnings) blocks.push(paragraph(warning, 'muted'));
  return { id: 'files', title: t.title, blocks };
}

function coverSubject(a: AggregateOverview, w: Wording): string {
  const t = w.aggregate;
  const { ministries, countries } = a.read;
  const only = ministries[0];
  if (ministries.length === 1 && only !== undefined) return only;
  const country = countries[0];
  if (countries.length === 1 && country !== undefined && ministries.length <= NAMED_MINISTRIES) {
    return fill(t.named_ministries, { ministries: [...ministries].sort().join(' · '), country });
  }
  return fill(t.many_ministries, {
    ministries: fillCount(w.language, ministries.length, t.ministries_one, t.ministries_other),
    countries: fillCount(w.language, countries.length, t.countries_one, t.countries_other),
  });
}

/** Lays out the summary of many assessments as a report document, for the shared PDF and Markdown renderers. */
export function buildAggregateReport(input: AggregateReportInput): ReportDocument {
  const a = input.overview;
  const w = input.template.wording;
  const first = a.read.firstDate;
  const last = a.read.lastDate;
  const subject = coverSubject(a, w);
  const t = w.aggregate;
  const count = assessments(a.read.count, w);
  return {
    language: w.language,
    title: fill(t.title, { assessments: count, subject }),
    subject: fill(t.subject, { assessments: count, id: a.rubric.id }),
    author: input.template.look.organisation,
    keywords: [a.rubric.id, t.keyword].join(', '),
    date: last,
    runningHeader: fill(t.running_header, { assessments: count }),
    pageNumber: w.document.page_number,
    cover: {
      title: a.workshop === null ? t.cover.title : t.cover.workshop_title,
      subtitle: fill(t.cover.subtitle, { assessments: count }),
      preparedFor: w.cover.prepared_for,
      ministry: subject,
      lines: [
        {
          label: t.cover.assessments,
          value: a.skipped.length === 0 ? fill(t.cover.read, { read: a.read.count }) : fill(t.cover.read_skipped, { read: a.read.count, skipped: a.skipped.length }),
        },
        { label: t.cover.dates, value: first === last ? first : fill(t.cover.dates_range, { first, last }) },
        ...(a.by === null ? [] : [{ label: t.cover.grouped_by, value: t.by[a.by] }]),
        { label: w.cover.pack, value: fill(w.cover.pack_value, { id: a.rubric.id, version: a.rubric.version }) },
        { label: w.cover.fingerprint, value: a.rubric.hash },
      ],
      disclaimer: t.cover.disclaimer,
      organisation: input.template.look.organisation,
    },
    sections: [
      summarySection(a, w),
      // In a workshop the disagreements are what the room came for: they come before the distributions.
      ...(a.workshop === null ? [] : [workshopSection(a.workshop, w)]),
      ...(a.agreement === null ? [] : [agreementSection(a.agreement, a.all.dimensions, w)]),
      dimensionsSection(a, w),
      indicatorsSection(a, w),
      filesSection(a, w),
    ],
  };
}
