import type { AggregateSummary, GroupBy, GroupSummary, WorkshopRow, WorkshopView } from '../../core/aggregate/aggregate-summary.js';
import type { Distribution } from '../../core/aggregate/distribution.js';
import { fill } from '../model/fill.js';
import { formatScore } from '../model/format-number.js';
import type { Block, Cell, ChartBlock, Column, ReportDocument, Section, Table } from '../model/report-document.js';
import type { AggregateReportInput } from './aggregate-report-input.js';
import { levelDistributionText, scoreDistributionText, type DistributionText } from './distribution-text.js';
import { answerLabel } from './workshop-text.js';

/** Beyond this many groups, side-by-side columns would be too narrow to read; the CSV has them all. */
const MAX_GROUP_COLUMNS = 8;
/** Beyond this many files, the list of files read belongs in the CSV, not in a report. */
const MAX_FILES_LISTED = 100;

function table(columns: readonly Column[], rows: readonly (readonly Cell[])[]): Table {
  return { kind: 'table', columns, rows, totalRow: false };
}

function paragraph(text: string, tone: 'body' | 'lead' | 'muted' = 'body'): Block {
  return { kind: 'paragraph', tone, text };
}

const BY_HEADER: Readonly<Record<GroupBy, string>> = { country: 'Country', ministry: 'Ministry', group: 'Group' };

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function distributionColumns(first: string): Column[] {
  return [
    { header: first, width: 40, align: 'left' },
    { header: 'n', width: 8, align: 'right' },
    { header: 'Mean', width: 10, align: 'right' },
    { header: 'Median', width: 10, align: 'right' },
    { header: 'Min–max', width: 14, align: 'right' },
    { header: 'SD', width: 9, align: 'right' },
  ];
}

function distributionRow(name: Cell, d: Distribution, t: DistributionText): Cell[] {
  return [name, { text: String(d.n) }, { text: t.mean }, { text: t.median }, { text: t.range }, { text: t.sd }];
}

function groupName(g: GroupSummary): string {
  return g.key ?? `All ${plural(g.count, 'assessment')}`;
}

function summarySection(a: AggregateSummary): Section {
  const all = a.all;
  const t = scoreDistributionText(all.overall);
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: [
        { label: 'Assessments', value: String(a.assessments.length), note: a.skipped.length === 0 ? 'every file read' : `${plural(a.skipped.length, 'file')} skipped` },
        { label: 'Median index', value: t.median, note: `out of 100; mean ${t.mean}` },
        { label: 'Spread', value: t.sd, note: `standard deviation; ${t.range}` },
      ],
    },
    paragraph(
      `Index points run from 0 to 100 and indicator levels from 0 to ${a.rubric.maxLevel}. The spread is the standard deviation across the assessments, ` +
        'counting each assessment once (the whole set described, not a sample). It is used rather than the interquartile range because on a ' +
        'scale of a few levels it tells a set split between the lowest and the highest level apart from a set with one outlier. ' +
        "Don't know and unanswered count as level 0, as in scoring; not-applicable answers are left out, so n can differ between rows.",
    ),
    dimensionChart(a),
  ];
  blocks.push({ kind: 'subheading', text: a.by === null ? 'Overall index' : `Overall index by ${a.by}` });
  blocks.push(table(distributionColumns(a.by === null ? '' : BY_HEADER[a.by]), [a.all, ...a.groups].map((g) => distributionRow({ text: groupName(g) }, g.overall, scoreDistributionText(g.overall)))));
  return { id: 'summary', title: 'Summary', blocks };
}

function dimensionChart(a: AggregateSummary): ChartBlock {
  const none = 'not scored';
  const dims = a.all.dimensions;
  const points = (x: number | null): number | null => (x === null ? null : x * 100);
  return {
    kind: 'chart',
    title: 'Dimension scores: mean bars, median markers',
    alt: `Bar chart of the mean dimension score out of 100 across the assessments, with the median marked: ${dims
      .map((d) => `${d.title} mean ${d.scores.mean === null ? none : formatScore(d.scores.mean)}, median ${d.scores.median === null ? none : formatScore(d.scores.median)}`)
      .join('; ')}.`,
    chart: { kind: 'bars', items: dims.map((d) => ({ label: d.title, value: points(d.scores.mean), target: points(d.scores.median) })) },
    table: table(
      [
        { header: 'Dimension', width: 3, align: 'left' },
        { header: 'Mean', width: 1, align: 'right' },
        { header: 'Median', width: 1, align: 'right' },
      ],
      dims.map((d) => {
        const t = scoreDistributionText(d.scores);
        return [{ text: d.title }, { text: t.mean }, { text: t.median }];
      }),
    ),
    legend: { score: 'Mean', target: 'Median', level: 'Level', notApplicable: 'Not applicable', notScored: none },
  };
}

function dimensionsSection(a: AggregateSummary): Section {
  const blocks: Block[] = [
    table(
      distributionColumns('Dimension'),
      a.all.dimensions.map((d) => distributionRow({ text: d.title }, d.scores, scoreDistributionText(d.scores))),
    ),
  ];
  const by = a.by;
  if (by !== null) {
    a.all.dimensions.forEach((d, k) => {
      blocks.push({ kind: 'subheading', text: `${d.title}, by ${a.by}` });
      blocks.push(
        table(
          distributionColumns(by === null ? '' : BY_HEADER[by]),
          a.groups.map((g) => {
            const scores = g.dimensions[k]?.scores ?? d.scores;
            return distributionRow({ text: groupName(g) }, scores, scoreDistributionText(scores));
          }),
        ),
      );
    });
  }
  return { id: 'dimensions', title: 'Dimensions', blocks };
}

function indicatorsSection(a: AggregateSummary): Section {
  const blocks: Block[] = [
    paragraph(
      `Levels reached across the assessments. "Below target" counts the assessments in which the indicator is under its target level; "data gaps" those that answered don't know or left it unanswered.`,
    ),
  ];
  const showGroups = a.by !== null && a.groups.length > 1 && a.groups.length <= MAX_GROUP_COLUMNS;
  for (const d of a.all.dimensions) {
    const rows = a.all.indicators.filter((i) => i.dimensionId === d.id);
    blocks.push({ kind: 'subheading', text: d.title });
    blocks.push(
      table(
        [
          { header: 'Indicator', width: 34, align: 'left' },
          { header: 'n', width: 7, align: 'right' },
          { header: 'Mean', width: 8, align: 'right' },
          { header: 'Median', width: 9, align: 'right' },
          { header: 'Min–max', width: 10, align: 'right' },
          { header: 'SD', width: 7, align: 'right' },
          { header: 'Below target', width: 10, align: 'right' },
          { header: 'Data gaps', width: 8, align: 'right' },
          { header: 'N/A', width: 7, align: 'right' },
        ],
        rows.map((i) => {
          const t = levelDistributionText(i.levels);
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
    if (showGroups) {
      blocks.push(paragraph(`Mean level by ${a.by}:`, 'muted'));
      const share = 60 / a.groups.length;
      blocks.push(
        table(
          [{ header: 'Indicator', width: 40, align: 'left' }, ...a.groups.map((g): Column => ({ header: g.key ?? '', width: share, align: 'right' }))],
          rows.map((i) => [
            { text: i.title },
            ...a.groups.map((g) => {
              const levels = g.indicators.find((x) => x.id === i.id)?.levels;
              return { text: levels === undefined ? '–' : levelDistributionText(levels).mean };
            }),
          ]),
        ),
      );
    }
  }
  if (a.by !== null && !showGroups && a.groups.length > MAX_GROUP_COLUMNS) {
    blocks.push(paragraph(`With ${a.groups.length} values of ${a.by}, the indicators by ${a.by} are left to the CSV and JSON outputs, where they can be sorted and filtered.`, 'muted'));
  }
  return { id: 'indicators', title: 'Indicators', blocks };
}

function disagreementText(row: WorkshopRow): string {
  const parts = [row.spread === null ? null : `SD ${row.spread.toFixed(2)}`, row.range === null ? null : `range ${row.range}`, row.applicabilitySplit ? 'the groups disagree on whether it applies' : null];
  return parts.filter((p) => p !== null).join(', ');
}

function workshopSection(views: readonly WorkshopView[]): Section {
  const blocks: Block[] = [
    paragraph(
      'Where several groups assessed the same ministry, the indicators on which their levels differ most come first, as prompts for discussion. ' +
        "Disagreement is the standard deviation of the groups' levels, then their range, then a split on whether the indicator applies at all.",
    ),
  ];
  if (views.length === 0) blocks.push(paragraph('No ministry was assessed by two or more groups, so there is nothing to set side by side.', 'lead'));
  for (const v of views) {
    blocks.push({ kind: 'subheading', text: `${v.ministry}: ${plural(v.groups.length, 'group')}` });
    blocks.push(paragraph(`Groups: ${v.groups.map((g) => `${g.label} (${g.file})`).join('; ')}.`, 'muted'));
    blocks.push(
      v.prompts.length === 0
        ? paragraph('The groups gave the same level on every indicator.')
        : {
            kind: 'list',
            ordered: true,
            items: v.prompts.map(
              (p) =>
                `${p.title} (${disagreementText(p)}). ${p.question} Answers: ${v.groups.map((g, j) => `${g.label}: ${answerLabel(p, p.answers[j])}`).join('; ')}.`,
            ),
          },
    );
    blocks.push(paragraph("Levels side by side (n/a: not applicable; a question mark: don't know or unanswered, counted as level 0).", 'muted'));
    for (let start = 0; start < v.groups.length; start += MAX_GROUP_COLUMNS) {
      const groups = v.groups.slice(start, start + MAX_GROUP_COLUMNS);
      const share = 50 / groups.length;
      blocks.push(
        table(
          [{ header: 'Indicator', width: 40, align: 'left' }, ...groups.map((g): Column => ({ header: g.label, width: share, align: 'right' })), { header: 'SD', width: 10, align: 'right' }],
          v.indicators.map((row) => [
            { text: row.title },
            ...groups.map((_, j) => {
              const answer = row.answers[start + j];
              return { text: answer === undefined ? '–' : answer.level === null ? 'n/a' : `${answer.level}${answer.status === 'answered' ? '' : '?'}` };
            }),
            { text: row.spread === null ? '–' : row.spread.toFixed(2) },
          ]),
        ),
      );
    }
  }
  return { id: 'workshop', title: 'Workshop: where the groups disagree', blocks };
}

function filesSection(a: AggregateSummary): Section {
  const blocks: Block[] = [];
  if (a.skipped.length > 0) {
    blocks.push({ kind: 'subheading', text: `Files skipped (${a.skipped.length})` });
    blocks.push(paragraph('These files could not be read as assessments of this rubric and are left out of every figure.'));
    blocks.push({ kind: 'list', ordered: false, items: a.skipped.map((s) => `${s.file}: ${s.problems.join(' · ')}`) });
  }
  blocks.push({ kind: 'subheading', text: `Files read (${a.assessments.length})` });
  if (a.assessments.length > MAX_FILES_LISTED) {
    blocks.push(paragraph('The files are too many to list here; the CSV output has one row per file and indicator.'));
  } else {
    blocks.push(
      table(
        [
          { header: 'File', width: 30, align: 'left' },
          { header: 'Ministry', width: 30, align: 'left' },
          { header: 'Group', width: 14, align: 'left' },
          { header: 'Date', width: 14, align: 'left' },
          { header: 'Index', width: 10, align: 'right' },
        ],
        a.assessments.map((x) => [
          { text: x.file },
          { text: x.ministry, detail: x.country },
          { text: x.group },
          { text: x.date },
          { text: x.overall === null ? '–' : formatScore(x.overall) },
        ]),
      ),
    );
  }
  for (const w of a.warnings) blocks.push(paragraph(w, 'muted'));
  return { id: 'files', title: 'Files', blocks };
}

function coverSubject(a: AggregateSummary): string {
  const ministries = new Set(a.assessments.map((x) => x.ministry));
  const countries = new Set(a.assessments.map((x) => x.country));
  const only = [...ministries][0];
  if (ministries.size === 1 && only !== undefined) return only;
  return `${plural(ministries.size, 'ministry', 'ministries')} in ${plural(countries.size, 'country', 'countries')}`;
}

/** Lays out the summary of many assessments as a report document, for the shared PDF and Markdown renderers. */
export function buildAggregateReport(input: AggregateReportInput): ReportDocument {
  const a = input.summary;
  const w = input.template.wording;
  const dates = a.assessments.map((x) => x.date).sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  const subject = coverSubject(a);
  return {
    language: w.language,
    title: `Summary of ${plural(a.assessments.length, 'assessment')}: ${subject}`,
    subject: `The distribution of scores and levels across ${plural(a.assessments.length, 'assessment')} of ${a.rubric.id}.`,
    author: input.template.look.organisation,
    keywords: [a.rubric.id, 'aggregate'].join(', '),
    date: last,
    runningHeader: `Summary of ${plural(a.assessments.length, 'assessment')}`,
    pageNumber: w.document.page_number,
    cover: {
      title: a.workshop === null ? 'Summary of assessments' : 'Workshop summary',
      subtitle: `Gender-responsive e-government: ${plural(a.assessments.length, 'assessment')} side by side`,
      preparedFor: w.cover.prepared_for,
      ministry: subject,
      lines: [
        { label: 'Assessments', value: `${a.assessments.length} read${a.skipped.length === 0 ? '' : `, ${a.skipped.length} skipped`}` },
        { label: 'Dates', value: first === last ? first : `${first} to ${last}` },
        ...(a.by === null ? [] : [{ label: 'Grouped by', value: a.by }]),
        { label: w.cover.pack, value: fill(w.cover.pack_value, { id: a.rubric.id, version: a.rubric.version }) },
        { label: w.cover.fingerprint, value: a.rubric.hash },
      ],
      disclaimer: 'These are self-assessments. The figures describe what the assessors answered; they do not certify any ministry or rank ministries against each other.',
      organisation: input.template.look.organisation,
    },
    sections: [
      summarySection(a),
      // In a workshop the disagreements are what the room came for: they come before the distributions.
      ...(a.workshop === null ? [] : [workshopSection(a.workshop)]),
      dimensionsSection(a),
      indicatorsSection(a),
      filesSection(a),
    ],
  };
}
