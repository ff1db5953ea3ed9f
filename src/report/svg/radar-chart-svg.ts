import type { ChartItem, ChartLegend } from '../model/report-document.js';
import { CAPTION, CHART_WIDTH, drawLegend, STRONG, type ChartBody, type ChartContext } from './chart-frame.js';
import { drawText, n, wrapText } from './svg-text.js';

const RADIUS = 120;
const LABEL_GAP = 12;
const LABEL_WIDTH = 150;
const RINGS = [25, 50, 75, 100];

/** One axis per dimension: the score polygon filled, the target polygon dashed. */
export function radarChartSvg(ctx: ChartContext, items: readonly ChartItem[], legend: ChartLegend): ChartBody {
  const c = ctx.colours;
  const labels = items.map((i) => wrapText(i.label, LABEL_WIDTH, STRONG(c), ctx.language));
  const labelHeight = Math.max(0, ...labels.map((l) => l.height));
  const cx = CHART_WIDTH / 2;
  const cy = RADIUS + LABEL_GAP + labelHeight;
  const angle = (k: number) => -Math.PI / 2 + (2 * Math.PI * k) / items.length;
  const point = (k: number, v: number) => {
    const r = (Math.max(0, Math.min(100, v)) / 100) * RADIUS;
    return `${n(cx + r * Math.cos(angle(k)))},${n(cy + r * Math.sin(angle(k)))}`;
  };
  const polygon = (values: readonly number[]) => values.map((v, k) => point(k, v)).join(' ');
  const parts: string[] = [];
  for (const ring of RINGS) parts.push(`<polygon points="${polygon(items.map(() => ring))}" fill="none" stroke="${c.rule}" stroke-width="0.8"/>`);
  items.forEach((_, k) => parts.push(`<polyline points="${n(cx)},${n(cy)} ${point(k, 100)}" fill="none" stroke="${c.rule}" stroke-width="0.8"/>`));
  for (const ring of RINGS) parts.push(drawText(wrapText(String(ring), 30, CAPTION(c), ctx.language), cx + 3, cy - (ring / 100) * RADIUS - 14, CAPTION(c)));
  if (items.every((i) => i.target !== null)) {
    parts.push(`<polygon points="${polygon(items.map((i) => i.target ?? 0))}" fill="none" stroke="${c.target}" stroke-width="2" stroke-dasharray="5 3"/>`);
  }
  const values = items.map((i) => i.value ?? 0);
  parts.push(`<polygon points="${polygon(values)}" fill="${c.primary}" fill-opacity="0.22" stroke="${c.primary}" stroke-width="2"/>`);
  values.forEach((v, k) => {
    const [x, y] = point(k, v).split(',');
    parts.push(`<circle cx="${x}" cy="${y}" r="3" fill="${c.primary}"/>`);
  });
  labels.forEach((label, k) => {
    const cos = Math.cos(angle(k));
    const sin = Math.sin(angle(k));
    const ax = cx + (RADIUS + LABEL_GAP) * cos;
    const ay = cy + (RADIUS + LABEL_GAP) * sin;
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const top = Math.abs(sin) < 0.2 ? ay - label.height / 2 : sin < 0 ? ay - label.height : ay;
    parts.push(drawText(label, ax, top, STRONG(c), anchor));
  });
  const key = drawLegend(
    ctx,
    [
      { label: legend.score, swatch: 'box', colour: c.primary },
      { label: legend.target, swatch: 'outline', colour: c.target },
    ],
    cx - 120,
    2 * cy + 8,
  );
  parts.push(key.markup);
  return { markup: parts.join(''), height: 2 * cy + 8 + key.height };
}
