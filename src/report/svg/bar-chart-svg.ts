import { formatPoints } from '../model/format-number.js';
import type { ChartItem, ChartLegend } from '../model/report-document.js';
import { CAPTION, CHART_WIDTH, drawLegend, LABEL, STRONG, type ChartBody, type ChartContext } from './chart-frame.js';
import { drawText, n, textWidth, wrapText } from './svg-text.js';

const LABEL_WIDTH = 220;
const PLOT_LEFT = LABEL_WIDTH + 12;
// Room right of the plot for a value beside a full bar.
const PLOT_RIGHT = CHART_WIDTH - 44;
const BAR = 14;
const ROW_PAD = 7;
const TICKS = [0, 25, 50, 75, 100];

/**
 * Horizontal bars out of 100 with a target mark on each. The value sits at the end of its bar,
 * never on the target mark where it would read as the target: inside the bar when the mark is
 * in the way, else past the mark.
 */
export function barChartSvg(ctx: ChartContext, items: readonly ChartItem[], legend: ChartLegend): ChartBody {
  const c = ctx.colours;
  const xOf = (v: number) => PLOT_LEFT + (Math.max(0, Math.min(100, v)) / 100) * (PLOT_RIGHT - PLOT_LEFT);
  const labels = items.map((i) => wrapText(i.label, LABEL_WIDTH, LABEL(c), ctx.language));
  const rows = labels.map((l) => Math.max(l.height, BAR) + 2 * ROW_PAD);
  const plotHeight = rows.reduce((s, r) => s + r, 0);
  const parts: string[] = [];
  for (const t of TICKS) {
    parts.push(`<line x1="${n(xOf(t))}" y1="0" x2="${n(xOf(t))}" y2="${n(plotHeight)}" stroke="${c.rule}" stroke-width="0.8"/>`);
    parts.push(drawText(wrapText(String(t), 40, CAPTION(c), ctx.language), xOf(t), plotHeight + 2, CAPTION(c), 'middle'));
  }
  let top = 0;
  items.forEach((item, k) => {
    const row = rows[k] ?? 0;
    const label = labels[k];
    if (label !== undefined) parts.push(drawText(label, 0, top + (row - label.height) / 2, LABEL(c)));
    const barTop = top + (row - BAR) / 2;
    parts.push(`<rect x="${PLOT_LEFT}" y="${n(barTop)}" width="${PLOT_RIGHT - PLOT_LEFT}" height="${BAR}" fill="${c.shade}"/>`);
    if (item.value === null) {
      const none = wrapText(legend.notScored, PLOT_RIGHT - PLOT_LEFT - 8, CAPTION(c), ctx.language);
      parts.push(drawText(none, PLOT_LEFT + 4, barTop + (BAR - none.height) / 2, CAPTION(c)));
    } else {
      const end = xOf(item.value);
      parts.push(`<rect x="${PLOT_LEFT}" y="${n(barTop)}" width="${n(end - PLOT_LEFT)}" height="${BAR}" fill="${c.primary}"/>`);
      const text = formatPoints(item.value);
      const value = wrapText(text, 60, STRONG(c), ctx.language);
      const width = textWidth(text, 'latin', STRONG(c));
      const target = item.target === null ? null : xOf(item.target);
      const blocked = target !== null && target >= end - 2 && target <= end + width + 8;
      const inside = blocked && end - PLOT_LEFT > width + 10;
      const valueTop = barTop + (BAR - value.height) / 2;
      if (inside) parts.push(drawText(value, end - 4, valueTop, { ...STRONG(c), colour: '#ffffff' }, 'end'));
      else parts.push(drawText(value, (blocked && target !== null ? target : end) + 5, valueTop, { ...STRONG(c), colour: c.primary }));
    }
    if (item.target !== null) {
      const x = xOf(item.target);
      parts.push(`<line x1="${n(x)}" y1="${n(barTop - 4)}" x2="${n(x)}" y2="${n(barTop + BAR + 4)}" stroke="${c.target}" stroke-width="2.5"/>`);
    }
    top += row;
  });
  const key = drawLegend(
    ctx,
    [
      { label: legend.score, swatch: 'box', colour: c.primary },
      { label: legend.target, swatch: 'line', colour: c.target },
    ],
    PLOT_LEFT,
    plotHeight + 22,
  );
  parts.push(key.markup);
  return { markup: parts.join(''), height: plotHeight + 26 + key.height };
}
