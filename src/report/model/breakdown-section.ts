import { formatPercent } from '../../core/translation/locale-format.js';
import type { DimensionResult, ScoreSummary } from '../../core/assessment.js';
import { PROVISIONAL_BELOW } from '../../core/scoring/marks.js';
import { roundToSum } from '../../core/scoring/points.js';
import { bandCell, failurePhrase, gatePhrase } from './band-marks.js';
import { fill } from './fill.js';
import { formatPoints, formatScore, formatShare, formatWeight } from './format-number.js';
import type { ReportContext } from './report-context.js';
import type { Block, Cell, Column, Section, Table } from './report-document.js';

function columns(ctx: ReportContext, first: string): Column[] {
  const c = ctx.wording.breakdown.columns;
  return [
    { header: first, width: 40, align: 'left' },
    { header: c.level, width: 12, align: 'right' },
    { header: c.weight, width: 12, align: 'right' },
    { header: c.share, width: 16, align: 'right' },
    { header: c.contribution, width: 20, align: 'right' },
  ];
}

function percent(ctx: ReportContext, value: number): string {
  return formatPercent(value, ctx.wording.language, 1);
}

function dimensionTable(ctx: ReportContext, d: DimensionResult): Table {
  const w = ctx.wording.breakdown;
  const shares = roundToSum(d.indicators.map((i) => i.normalisedWeight * 100));
  const points = roundToSum(d.indicators.map((i) => i.contribution));
  const rows: Cell[][] = d.indicators.map((i, k) => [
    { text: i.title },
    { text: i.level === null ? w.not_applicable : String(i.level) },
    { text: formatWeight(i.weight) },
    { text: i.applicable ? percent(ctx, shares[k] ?? 0) : w.not_applicable },
    { text: i.applicable ? formatPoints(points[k] ?? 0, ctx.wording.language) : w.not_applicable },
  ]);
  const applicableWeight = d.indicators.filter((i) => i.applicable).reduce((s, i) => s + i.weight, 0);
  rows.push([
    { text: w.total },
    { text: '' },
    { text: formatWeight(applicableWeight) },
    { text: d.score === null ? w.not_applicable : percent(ctx, shares.reduce((s, v) => s + v, 0)) },
    { text: d.score === null ? w.not_applicable : formatPoints(points.reduce((s, v) => s + v, 0), ctx.wording.language) },
  ]);
  return { kind: 'table', totalRow: true, columns: columns(ctx, w.columns.indicator), rows };
}

function overallTable(ctx: ReportContext): Table {
  const w = ctx.wording.breakdown;
  const a = ctx.assessment;
  const shares = roundToSum(a.dimensions.map((d) => d.normalisedWeight * 100));
  const points = roundToSum(a.dimensions.map((d) => d.contribution));
  const cols = columns(ctx, w.columns.dimension);
  const rows: Cell[][] = a.dimensions.map((d, k) => [
    { text: d.title },
    { text: d.score === null ? w.not_applicable : formatPoints(d.score * 100, ctx.wording.language) },
    { text: formatWeight(d.weight) },
    { text: percent(ctx, shares[k] ?? 0) },
    { text: formatPoints(points[k] ?? 0, ctx.wording.language) },
  ]);
  rows.push([
    { text: w.total },
    { text: '' },
    { text: formatWeight(a.dimensions.filter((d) => d.score !== null).reduce((s, d) => s + d.weight, 0)) },
    { text: percent(ctx, shares.reduce((s, v) => s + v, 0)) },
    { text: a.overall.score === null ? w.not_applicable : formatPoints(points.reduce((s, v) => s + v, 0), ctx.wording.language) },
  ]);
  // The second column holds each dimension's score here, not a level.
  const withScore = cols.map((col, k) => (k === 1 ? { ...col, header: w.columns.score } : col));
  return { kind: 'table', totalRow: true, columns: withScore, rows };
}

/** The scores behind the bands: every score with its band, range, scope, evidence and top-level share. */
function marksTable(ctx: ReportContext, scores: readonly Scored[]): Table {
  const w = ctx.wording.breakdown;
  const c = w.marks_columns;
  const figure = (x: number | null): string => (x === null ? w.not_applicable : formatScore(x, ctx.wording.language));
  return {
    kind: 'table',
    totalRow: false,
    columns: [
      { header: c.score, width: 22, align: 'left' },
      { header: c.figure, width: 9, align: 'right' },
      { header: c.band, width: 21, align: 'left' },
      { header: c.up_to, width: 9, align: 'right' },
      { header: c.at_zero, width: 9, align: 'right' },
      { header: c.applicable, width: 10, align: 'right' },
      { header: c.evidenced, width: 10, align: 'right' },
      { header: c.top_level, width: 10, align: 'right' },
    ],
    rows: scores.map(({ title, x }) => [
      { text: title },
      { text: figure(x.score) },
      x.score === null ? { text: w.not_applicable } : bandCell(ctx, x),
      { text: figure(x.upperScore) },
      { text: figure(x.scoreExcludedAtZero) },
      { text: formatShare(x.applicableWeight, ctx.wording.language) },
      { text: x.score === null ? w.not_applicable : formatShare(x.evidencedWeight, ctx.wording.language) },
      { text: x.score === null ? w.not_applicable : formatShare(x.topLevelShare, ctx.wording.language) },
    ]),
  };
}

/** Every gate of the pack's bands, checked for every score. */
function gatesTable(ctx: ReportContext, scores: readonly Scored[]): Table {
  const w = ctx.wording.breakdown;
  const c = w.gates_columns;
  const bands = ctx.assessment.rubric.bands;
  return {
    kind: 'table',
    totalRow: false,
    columns: [
      { header: c.score, width: 24, align: 'left' },
      { header: c.band, width: 18, align: 'left' },
      { header: c.gate, width: 24, align: 'left' },
      { header: c.result, width: 34, align: 'left' },
    ],
    rows: scores.flatMap(({ title, x }) =>
      x.gates.map((g) => [
        { text: title },
        { text: g.band },
        { text: gatePhrase(ctx, bands.find((b) => b.label === g.band)?.gate) ?? '—' },
        { text: g.failures.length === 0 ? w.gate_met : g.failures.map((f) => failurePhrase(ctx, f, g.band)).join('; ') },
      ]),
    ),
  };
}

interface Scored {
  readonly title: string;
  readonly x: ScoreSummary;
}

export function breakdownSection(ctx: ReportContext): Section {
  const w = ctx.wording.breakdown;
  const a = ctx.assessment;
  const blocks: Block[] = [{ kind: 'paragraph', tone: 'body', text: w.intro }];
  for (const d of a.dimensions) {
    blocks.push({ kind: 'subheading', text: d.title });
    blocks.push(dimensionTable(ctx, d));
  }
  blocks.push({ kind: 'subheading', text: w.overall_heading });
  blocks.push(overallTable(ctx));

  const scores: Scored[] = [...a.dimensions.map((d) => ({ title: d.title, x: d })), { title: w.overall, x: a.overall }];
  blocks.push({ kind: 'subheading', text: w.marks_heading });
  blocks.push({
    kind: 'paragraph',
    tone: 'body',
    text: fill(w.marks_intro, { limit: formatShare(a.rubric.limitedScopeBelow, ctx.wording.language), provisional: formatShare(PROVISIONAL_BELOW, ctx.wording.language), top: a.rubric.maxLevel }),
  });
  blocks.push(marksTable(ctx, scores));
  blocks.push({ kind: 'subheading', text: w.gates_heading });
  if (a.overall.gates.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'body', text: w.gates_none });
  } else {
    blocks.push({ kind: 'paragraph', tone: 'body', text: w.gates_intro });
    blocks.push(gatesTable(ctx, scores));
  }
  return { id: 'breakdown', title: w.title, blocks };
}
