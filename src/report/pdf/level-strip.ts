import type { ChartLegend, LevelItem } from '../model/report-document.js';
import { drawLegend } from './bar-chart.js';
import type { PageFlow, WrappedText } from './page-flow.js';

const LABEL_SHARE = 0.5;
const CELL = 16;
const CELL_GAP = 3;
const ROW_PAD = 3;
const LEGEND = 18;

function layout(flow: PageFlow, items: readonly LevelItem[]): { labels: WrappedText[]; rows: number[]; height: number } {
  const labels = items.map((i) => flow.wrap(i.label, flow.theme.cell, flow.width * LABEL_SHARE - 10));
  const rows = labels.map((l) => Math.max(l.height, CELL) + 2 * ROW_PAD);
  return { labels, rows, height: rows.reduce((s, r) => s + r, 0) + LEGEND + 16 };
}

export function levelStripHeight(flow: PageFlow, items: readonly LevelItem[]): number {
  return layout(flow, items).height;
}

/** For each indicator a row of cells for levels 1 to max: filled up to the level reached, the target outlined. */
export function drawLevelStrip(flow: PageFlow, items: readonly LevelItem[], maxLevel: number, legend: ChartLegend, top: number): void {
  const { doc, theme } = flow;
  const c = theme.colours;
  const { labels, rows } = layout(flow, items);
  const x0 = flow.left + flow.width * LABEL_SHARE;
  const cellX = (level: number) => x0 + (level - 1) * (CELL * 1.6 + CELL_GAP);
  const cellW = CELL * 1.6;

  for (let level = 1; level <= maxLevel; level++) {
    const head = flow.wrap(String(level), theme.caption, cellW);
    flow.drawLines(head, cellX(level), top, { width: cellW, align: 'center' });
  }
  let y = top + 14;
  items.forEach((item, k) => {
    const rowHeight = rows[k] ?? 0;
    const label = labels[k];
    if (label !== undefined) flow.drawLines(label, flow.left, y + (rowHeight - label.height) / 2, { width: flow.width * LABEL_SHARE - 10 });
    const cy = y + (rowHeight - CELL) / 2;
    if (item.level === null) {
      const width = cellX(maxLevel) + cellW - x0;
      doc.rect(x0, cy, width, CELL).fill(c.shade);
      const na = flow.wrap(legend.notApplicable, { ...theme.cellDetail, color: c.muted }, width);
      flow.drawLines(na, x0, cy + (CELL - na.lineHeight) / 2, { width, align: 'center' });
    } else {
      for (let level = 1; level <= maxLevel; level++) {
        const reached = level <= item.level;
        doc.rect(cellX(level), cy, cellW, CELL).fill(reached ? c.primary : c.shade);
        if (level === item.target) doc.rect(cellX(level) + 0.75, cy + 0.75, cellW - 1.5, CELL - 1.5).lineWidth(1.5).strokeColor(c.target).stroke();
      }
      const reached = flow.wrap(`${item.level}/${maxLevel}`, theme.cellBold, 30);
      flow.drawLines(reached, cellX(maxLevel) + cellW + 8, cy + (CELL - reached.lineHeight) / 2);
    }
    y += rowHeight;
  });
  drawLegend(flow, y + 6, [
    { colour: c.primary, label: legend.level, kind: 'box' },
    { colour: c.target, label: legend.target, kind: 'outline' },
  ]);
}
