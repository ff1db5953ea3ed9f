import type { DimensionResult, IndicatorResult } from '../../core/assessment.js';
import { fill } from './fill.js';
import { formatPoints } from './format-number.js';
import type { ReportContext } from './report-context.js';
import type { ChartBlock, ChartItem, ChartLegend, HeatRow, Section, StandingKind, Table } from './report-document.js';

function chartLegend(ctx: ReportContext): ChartLegend {
  const c = ctx.wording.charts;
  return {
    score: c.score_legend,
    target: c.target_legend,
    level: c.level_legend,
    notApplicable: c.not_applicable_legend,
    notScored: ctx.wording.figures.not_scored,
  };
}

function dimensionItem(d: DimensionResult): ChartItem {
  return {
    label: d.title,
    value: d.score === null ? null : d.score * 100,
    target: d.targetScore === null ? null : d.targetScore * 100,
  };
}

function itemsText(ctx: ReportContext, items: readonly ChartItem[]): string {
  const none = ctx.wording.figures.not_scored;
  return items
    .map((i) =>
      fill(ctx.wording.charts.item, {
        label: i.label,
        value: i.value === null ? none : formatPoints(i.value, ctx.wording.language),
        target: i.target === null ? none : formatPoints(i.target, ctx.wording.language),
      }),
    )
    .join('; ');
}

function scoreTable(ctx: ReportContext, items: readonly ChartItem[]): Table {
  const none = ctx.wording.figures.not_scored;
  return {
    kind: 'table',
    totalRow: false,
    columns: [
      { header: ctx.wording.breakdown.columns.dimension, width: 3, align: 'left' },
      { header: ctx.wording.charts.score_legend, width: 1, align: 'right' },
      { header: ctx.wording.charts.target_legend, width: 1, align: 'right' },
    ],
    rows: items.map((i) => [
      { text: i.label },
      { text: i.value === null ? none : formatPoints(i.value, ctx.wording.language) },
      { text: i.target === null ? none : formatPoints(i.target, ctx.wording.language) },
    ]),
  };
}

/** How an indicator stands against its target. */
export function standingOf(i: IndicatorResult): StandingKind {
  if (i.level === null) return 'not-applicable';
  if (i.status === 'dont-know' || i.status === 'unanswered') return 'unknown';
  return i.gap === 0 ? 'met' : i.gap === 1 ? 'near' : 'far';
}

const STANDINGS: readonly StandingKind[] = ['met', 'near', 'far', 'unknown', 'not-applicable'];

function heatMap(ctx: ReportContext): ChartBlock {
  const c = ctx.wording.charts;
  const rows: HeatRow[] = ctx.assessment.dimensions.map((d) => ({
    label: d.title,
    cells: d.indicators.map((i) => ({
      label: i.title,
      level: i.level,
      target: i.target,
      standing: standingOf(i),
      value: i.level === null ? c.heat_not_applicable : fill(c.heat_value, { level: i.level, target: i.target }),
    })),
  }));
  const alt = fill(c.heat_alt, {
    rows: rows
      .map((r) => fill(c.heat_row, { dimension: r.label, cells: r.cells.map((x) => fill(c.heat_cell, { label: x.label, value: x.value, standing: c.standings[x.standing] })).join('; ') }))
      .join('. '),
  });
  return {
    kind: 'chart',
    title: c.heat_title,
    alt,
    chart: { kind: 'heatmap', rows, standings: STANDINGS.map((standing) => ({ standing, label: c.standings[standing] })) },
    legend: chartLegend(ctx),
    table: {
      kind: 'table',
      totalRow: false,
      columns: [
        { header: ctx.wording.breakdown.columns.indicator, width: 5, align: 'left' },
        { header: c.level_legend, width: 1, align: 'right' },
        { header: c.target_legend, width: 1, align: 'right' },
        { header: ctx.wording.dimension.columns.gap, width: 2, align: 'left' },
      ],
      rows: rows.flatMap((r) =>
        r.cells.map((x) => [
          { text: x.label, detail: r.label },
          { text: x.level === null ? c.heat_not_applicable : String(x.level) },
          { text: String(x.target) },
          { text: c.standings[x.standing] },
        ]),
      ),
    },
  };
}

export function chartsSection(ctx: ReportContext): Section {
  const c = ctx.wording.charts;
  const items = ctx.assessment.dimensions.map(dimensionItem);
  const bars: ChartBlock = {
    kind: 'chart',
    title: c.bars_title,
    alt: fill(c.bars_alt, { items: itemsText(ctx, items) }),
    chart: { kind: 'bars', items },
    table: scoreTable(ctx, items),
    legend: chartLegend(ctx),
  };
  return {
    id: 'charts',
    title: c.title,
    blocks: [{ kind: 'paragraph', tone: 'body', text: `${c.heat_intro} ${c.intro}` }, heatMap(ctx), bars],
  };
}
