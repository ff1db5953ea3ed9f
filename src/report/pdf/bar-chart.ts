import type { ChartItem, ChartLegend } from '../model/report-document.js';
import { formatPoints } from '../model/format-number.js';
import type { PageFlow, WrappedText } from './page-flow.js';

const LABEL_SHARE = 0.36;
const BAR = 12;
const ROW_PAD = 7;
const AXIS = 16;
const LEGEND = 18;
const TICKS = [0, 25, 50, 75, 100];

interface BarLayout {
  readonly labels: readonly WrappedText[];
  readonly rows: readonly number[];
  readonly height: number;
}

function layout(flow: PageFlow, items: readonly ChartItem[]): BarLayout {
  const labelWidth = flow.width * LABEL_SHARE - 10;
  const labels = items.map((i) => flow.wrap(i.label, flow.theme.cell, labelWidth));
  const rows = labels.map((l) => Math.max(l.height, BAR) + 2 * ROW_PAD);
  return { labels, rows, height: rows.reduce((s, r) => s + r, 0) + AXIS + LEGEND };
}

export function barChartHeight(flow: PageFlow, items: readonly ChartItem[]): number {
  return layout(flow, items).height;
}

/** Horizontal bars out of 100, a target marker on each; labels wrap beside their bar. */
export function drawBarChart(flow: PageFlow, items: readonly ChartItem[], legend: ChartLegend, top: number): void {
  const { doc, theme } = flow;
  const c = theme.colours;
  const { labels, rows, height } = layout(flow, items);
  const x0 = flow.left + flow.width * LABEL_SHARE;
  const plotWidth = flow.width - flow.width * LABEL_SHARE - 34;
  const plotHeight = height - AXIS - LEGEND;
  const xOf = (v: number) => x0 + (Math.max(0, Math.min(100, v)) / 100) * plotWidth;

  for (const t of TICKS) {
    doc.moveTo(xOf(t), top).lineTo(xOf(t), top + plotHeight).lineWidth(0.4).strokeColor(c.rule).stroke();
    const tick = flow.wrap(String(t), theme.caption, 30);
    flow.drawLines(tick, xOf(t) - 15, top + plotHeight + 3, { width: 30, align: 'center' });
  }

  let y = top;
  items.forEach((item, k) => {
    const rowHeight = rows[k] ?? 0;
    const label = labels[k];
    if (label !== undefined) flow.drawLines(label, flow.left, y + (rowHeight - label.height) / 2, { width: flow.width * LABEL_SHARE - 10 });
    const barY = y + (rowHeight - BAR) / 2;
    doc.rect(x0, barY, plotWidth, BAR).fill(c.shade);
    if (item.value === null) {
      const none = flow.wrap(legend.notScored, theme.cellDetail, plotWidth - 8);
      flow.drawLines(none, x0 + 4, barY + (BAR - none.lineHeight) / 2);
    } else {
      const end = xOf(item.value);
      doc.rect(x0, barY, end - x0, BAR).fill(c.primary);
      drawBarLabel(flow, formatPoints(item.value), end, item.target === null ? null : xOf(item.target), x0, barY);
    }
    if (item.target !== null) {
      const tx = xOf(item.target);
      doc.moveTo(tx, barY - 3).lineTo(tx, barY + BAR + 3).lineWidth(2).strokeColor(c.target).stroke();
    }
    y += rowHeight;
  });

  drawLegend(flow, top + plotHeight + AXIS + 2, [
    { colour: c.primary, label: legend.score, kind: 'box' },
    { colour: c.target, label: legend.target, kind: 'line' },
  ]);
}

/**
 * The score sits at the end of its bar, never on the target line, where it would read as the
 * target: just beyond the bar when the line leaves room, else inside the bar's end.
 */
function drawBarLabel(flow: PageFlow, text: string, end: number, target: number | null, start: number, barY: number): void {
  const { theme } = flow;
  const outside = flow.wrap(text, { ...theme.cellBold, color: theme.colours.primary }, 40);
  const width = outside.lines[0]?.width ?? 0;
  const y = barY + (BAR - outside.lineHeight) / 2;
  const clear = target === null || target < end - 2 || target > end + 4 + width + 3;
  if (clear || end - start < width + 8) {
    // Beyond the bar; when the target line is in the way, beyond the line too.
    const x = clear || target === null ? end + 4 : Math.max(end, target) + 4;
    flow.drawLines(outside, x, y);
    return;
  }
  const inside = flow.wrap(text, { ...theme.cellBold, color: '#ffffff' }, 40);
  flow.drawLines(inside, end - width - 4, y);
}

interface LegendEntry {
  readonly colour: string;
  readonly label: string;
  readonly kind: 'box' | 'line' | 'outline' | 'hatch';
}

export function drawLegend(flow: PageFlow, y: number, entries: readonly LegendEntry[]): void {
  const { doc, theme } = flow;
  let x = flow.left + flow.width * LABEL_SHARE;
  for (const e of entries) {
    if (e.kind === 'box') doc.rect(x, y + 2, 10, 8).fill(e.colour);
    else if (e.kind === 'line') doc.moveTo(x + 5, y).lineTo(x + 5, y + 12).lineWidth(2).strokeColor(e.colour).stroke();
    else doc.rect(x + 0.5, y + 2.5, 9, 7).lineWidth(1).strokeColor(e.colour).stroke();
    const label = flow.wrap(e.label, theme.caption, 140);
    flow.drawLines(label, x + 14, y + (12 - label.lineHeight) / 2);
    x += 14 + (label.lines[0]?.width ?? 0) + 16;
  }
}
