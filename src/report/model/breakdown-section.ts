import type { DimensionResult } from '../../core/assessment.js';
import { formatPoints, formatWeight } from './format-number.js';
import { roundToSum } from '../../core/scoring/points.js';
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

function percent(value: number): string {
  return `${formatPoints(value)}%`;
}

function dimensionTable(ctx: ReportContext, d: DimensionResult): Table {
  const w = ctx.wording.breakdown;
  const shares = roundToSum(d.indicators.map((i) => i.normalisedWeight * 100));
  const points = roundToSum(d.indicators.map((i) => i.contribution));
  const rows: Cell[][] = d.indicators.map((i, k) => [
    { text: i.title },
    { text: i.level === null ? w.not_applicable : String(i.level) },
    { text: formatWeight(i.weight) },
    { text: i.applicable ? percent(shares[k] ?? 0) : w.not_applicable },
    { text: i.applicable ? formatPoints(points[k] ?? 0) : w.not_applicable },
  ]);
  const applicableWeight = d.indicators.filter((i) => i.applicable).reduce((s, i) => s + i.weight, 0);
  rows.push([
    { text: w.total },
    { text: '' },
    { text: formatWeight(applicableWeight) },
    { text: d.score === null ? w.not_applicable : percent(shares.reduce((s, v) => s + v, 0)) },
    { text: d.score === null ? w.not_applicable : formatPoints(points.reduce((s, v) => s + v, 0)) },
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
    { text: d.score === null ? w.not_applicable : formatPoints(d.score * 100) },
    { text: formatWeight(d.weight) },
    { text: percent(shares[k] ?? 0) },
    { text: formatPoints(points[k] ?? 0) },
  ]);
  rows.push([
    { text: w.total },
    { text: '' },
    { text: formatWeight(a.dimensions.filter((d) => d.score !== null).reduce((s, d) => s + d.weight, 0)) },
    { text: percent(shares.reduce((s, v) => s + v, 0)) },
    { text: a.overall.score === null ? w.not_applicable : formatPoints(points.reduce((s, v) => s + v, 0)) },
  ]);
  // The second column holds each dimension's score here, not a level.
  const withScore = cols.map((col, k) => (k === 1 ? { ...col, header: w.columns.score } : col));
  return { kind: 'table', totalRow: true, columns: withScore, rows };
}

export function breakdownSection(ctx: ReportContext): Section {
  const w = ctx.wording.breakdown;
  const blocks: Block[] = [{ kind: 'paragraph', tone: 'body', text: w.intro }];
  for (const d of ctx.assessment.dimensions) {
    blocks.push({ kind: 'subheading', text: d.title });
    blocks.push(dimensionTable(ctx, d));
  }
  blocks.push({ kind: 'subheading', text: w.overall_heading });
  blocks.push(overallTable(ctx));
  return { id: 'breakdown', title: w.title, blocks };
}
