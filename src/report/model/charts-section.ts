import type { DimensionResult } from '../../core/assessment.js';
import { fill } from './fill.js';
import { formatPoints } from './format-number.js';
import type { ReportContext } from './report-context.js';
import type { ChartBlock, ChartItem, ChartLegend, Section, Table } from './report-document.js';

export function chartLegend(ctx: ReportContext): ChartLegend {
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
        value: i.value === null ? none : formatPoints(i.value),
        target: i.target === null ? none : formatPoints(i.target),
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
      { text: i.value === null ? none : formatPoints(i.value) },
      { text: i.target === null ? none : formatPoints(i.target) },
    ]),
  };
}

export function chartsSection(ctx: ReportContext): Section {
  const c = ctx.wording.charts;
  const items = ctx.assessment.dimensions.map(dimensionItem);
  const table = scoreTable(ctx, items);
  const legend = chartLegend(ctx);
  const bars: ChartBlock = {
    kind: 'chart',
    title: c.bars_title,
    alt: fill(c.bars_alt, { items: itemsText(ctx, items) }),
    chart: { kind: 'bars', items },
    table,
    legend,
  };
  const radar: ChartBlock = {
    kind: 'chart',
    title: c.radar_title,
    alt: fill(c.radar_alt, { items: itemsText(ctx, items) }),
    chart: { kind: 'radar', items },
    table,
    legend,
  };
  const blocks = ctx.assessment.dimensions.length >= 3 ? [bars, radar] : [bars];
  return { id: 'charts', title: c.title, blocks: [{ kind: 'paragraph', tone: 'body', text: c.intro }, ...blocks] };
}
