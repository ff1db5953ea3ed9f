import type { ScoreSummary } from '../../core/assessment.js';
import { exclusionReason } from './dimension-section.js';
import { fill } from './fill.js';
import { formatScore } from './format-number.js';
import type { ReportContext } from './report-context.js';
import type { Section, Table } from './report-document.js';

export function notApplicableSection(ctx: ReportContext): Section {
  const w = ctx.wording.not_applicable;
  const excluded = ctx.assessment.dimensions.flatMap((d) => d.indicators.filter((i) => !i.applicable).map((i) => ({ d, i })));
  if (excluded.length === 0) {
    return { id: 'not-applicable', title: w.title, blocks: [{ kind: 'paragraph', tone: 'body', text: w.none }] };
  }
  return {
    id: 'not-applicable',
    title: w.title,
    blocks: [
      { kind: 'paragraph', tone: 'body', text: w.intro },
      {
        kind: 'table',
        totalRow: false,
        columns: [
          { header: w.columns.indicator, width: 28, align: 'left' },
          { header: w.columns.dimension, width: 20, align: 'left' },
          { header: w.columns.reason, width: 22, align: 'left' },
          { header: w.columns.note, width: 30, align: 'left' },
        ],
        rows: excluded.map(({ d, i }) => [
          { text: i.title },
          { text: d.shortTitle },
          i.agency === null ? { text: exclusionReason(ctx, i) } : { text: exclusionReason(ctx, i), detail: fill(ctx.wording.answers.agency, { agency: i.agency }) },
          { text: i.exclusion?.kind === 'not-applicable' ? (i.exclusion.note ?? '—') : '—' },
        ]),
      },
      { kind: 'paragraph', tone: 'body', text: w.at_zero_intro },
      atZeroTable(ctx),
    ],
  };
}

/** The scores with every excluded indicator answered at level 0, beside the reported ones, so that the effect of leaving them out shows. */
function atZeroTable(ctx: ReportContext): Table {
  const w = ctx.wording.not_applicable;
  const a = ctx.assessment;
  const figure = (x: number | null): string => (x === null ? ctx.wording.figures.not_scored : formatScore(x, ctx.wording.language));
  const rows: { title: string; x: ScoreSummary }[] = [
    { title: ctx.wording.breakdown.overall, x: a.overall },
    ...a.dimensions.filter((d) => d.indicators.some((i) => !i.applicable)).map((d) => ({ title: d.title, x: d })),
  ];
  return {
    kind: 'table',
    totalRow: false,
    columns: [
      { header: w.at_zero_columns.score, width: 50, align: 'left' },
      { header: w.at_zero_columns.reported, width: 25, align: 'right' },
      { header: w.at_zero_columns.at_zero, width: 25, align: 'right' },
    ],
    rows: rows.map(({ title, x }) => [{ text: title }, { text: figure(x.score) }, { text: figure(x.scoreExcludedAtZero) }]),
  };
}
