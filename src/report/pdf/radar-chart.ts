import type { ChartItem, ChartLegend } from '../model/report-document.js';
import { drawLegend } from './bar-chart.js';
import type { PageFlow } from './page-flow.js';

const RADIUS = 92;
const LABEL_GAP = 10;
const LABEL_WIDTH = 130;
const RINGS = [25, 50, 75, 100];

export function radarChartHeight(flow: PageFlow, items: readonly ChartItem[]): number {
  const labelHeight = Math.max(...items.map((i) => flow.wrap(i.label, flow.theme.cell, LABEL_WIDTH).height), 0);
  return 2 * (RADIUS + LABEL_GAP + labelHeight) + 24;
}

/** One axis per dimension, the score polygon filled and the target polygon dashed. */
export function drawRadarChart(flow: PageFlow, items: readonly ChartItem[], legend: ChartLegend, top: number): void {
  const { doc, theme } = flow;
  const c = theme.colours;
  const height = radarChartHeight(flow, items);
  const cx = flow.left + flow.width / 2;
  const cy = top + (height - 24) / 2;
  const n = items.length;
  const angle = (k: number) => -Math.PI / 2 + (2 * Math.PI * k) / n;
  const point = (k: number, v: number): [number, number] => {
    const r = (Math.max(0, Math.min(100, v)) / 100) * RADIUS;
    return [cx + r * Math.cos(angle(k)), cy + r * Math.sin(angle(k))];
  };
  const polygon = (values: readonly number[]) => {
    values.forEach((v, k) => {
      const [x, y] = point(k, v);
      if (k === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath();
  };

  for (const ring of RINGS) {
    polygon(items.map(() => ring));
    doc.lineWidth(0.4).strokeColor(c.rule).stroke();
  }
  items.forEach((_, k) => {
    const [x, y] = point(k, 100);
    doc.moveTo(cx, cy).lineTo(x, y).lineWidth(0.4).strokeColor(c.rule).stroke();
  });
  for (const ring of RINGS) {
    const label = flow.wrap(String(ring), theme.caption, 20);
    flow.drawLines(label, cx + 2, cy - (ring / 100) * RADIUS - label.lineHeight + 1);
  }

  if (items.every((i) => i.target !== null)) {
    polygon(items.map((i) => i.target ?? 0));
    doc.dash(3, { space: 2 }).lineWidth(1.2).strokeColor(c.target).stroke();
    doc.undash();
  }
  polygon(items.map((i) => i.value ?? 0));
  doc.fillOpacity(0.22).fill(c.primary);
  doc.fillOpacity(1);
  polygon(items.map((i) => i.value ?? 0));
  doc.lineWidth(1.5).strokeColor(c.primary).stroke();
  items.forEach((i, k) => {
    const [x, y] = point(k, i.value ?? 0);
    doc.circle(x, y, 2.2).fill(c.primary);
  });

  items.forEach((item, k) => {
    const label = flow.wrap(item.label, theme.cellBold, LABEL_WIDTH);
    const cos = Math.cos(angle(k));
    const sin = Math.sin(angle(k));
    const ax = cx + (RADIUS + LABEL_GAP) * cos;
    const ay = cy + (RADIUS + LABEL_GAP) * sin;
    const side = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
    const x = side === 'center' ? ax - LABEL_WIDTH / 2 : side === 'left' ? ax : ax - LABEL_WIDTH;
    const y = Math.abs(sin) < 0.2 ? ay - label.height / 2 : sin < 0 ? ay - label.height : ay;
    flow.drawLines(label, x, y, { width: LABEL_WIDTH, align: side });
  });

  drawLegend(flow, top + height - 16, [
    { colour: c.primary, label: legend.score, kind: 'box' },
    { colour: c.target, label: legend.target, kind: 'outline' },
  ]);
}
