import type { ChartLegend, LevelItem } from '../model/report-document.js';
import { CAPTION, CHART_WIDTH, drawLegend, LABEL, STRONG, type ChartBody, type ChartContext } from './chart-frame.js';
import { drawText, n, wrapText } from './svg-text.js';

const LABEL_WIDTH = 300;
const CELLS_LEFT = LABEL_WIDTH + 12;
const CELL_HEIGHT = 18;
const CELL_GAP = 4;
const ROW_PAD = 4;
const HEAD = 18;

/**
 * One row per indicator: a cell for each level from 1 to the top, filled up to the level
 * reached, the target's cell outlined, and the level written out as "2/4" beside the row.
 */
export function levelStripSvg(ctx: ChartContext, items: readonly LevelItem[], maxLevel: number, legend: ChartLegend): ChartBody {
  const c = ctx.colours;
  const cellWidth = Math.min(48, (CHART_WIDTH - CELLS_LEFT - 44 - (maxLevel - 1) * CELL_GAP) / maxLevel);
  const cellX = (level: number) => CELLS_LEFT + (level - 1) * (cellWidth + CELL_GAP);
  const labels = items.map((i) => wrapText(i.label, LABEL_WIDTH, LABEL(c), ctx.language));
  const rows = labels.map((l) => Math.max(l.height, CELL_HEIGHT) + 2 * ROW_PAD);
  const parts: string[] = [];
  for (let level = 1; level <= maxLevel; level++) {
    parts.push(drawText(wrapText(String(level), cellWidth, CAPTION(c), ctx.language), cellX(level) + cellWidth / 2, 0, CAPTION(c), 'middle'));
  }
  let top = HEAD;
  items.forEach((item, k) => {
    const row = rows[k] ?? 0;
    const label = labels[k];
    if (label !== undefined) parts.push(drawText(label, 0, top + (row - label.height) / 2, LABEL(c)));
    const cellTop = top + (row - CELL_HEIGHT) / 2;
    if (item.level === null) {
      const width = cellX(maxLevel) + cellWidth - CELLS_LEFT;
      parts.push(`<rect x="${CELLS_LEFT}" y="${n(cellTop)}" width="${n(width)}" height="${CELL_HEIGHT}" fill="${c.shade}"/>`);
      const na = wrapText(legend.notApplicable, width - 8, CAPTION(c), ctx.language);
      parts.push(drawText(na, CELLS_LEFT + width / 2, cellTop + (CELL_HEIGHT - na.height) / 2, CAPTION(c), 'middle'));
    } else {
      for (let level = 1; level <= maxLevel; level++) {
        parts.push(`<rect x="${n(cellX(level))}" y="${n(cellTop)}" width="${n(cellWidth)}" height="${CELL_HEIGHT}" fill="${level <= item.level ? c.primary : c.shade}"/>`);
        if (level === item.target) {
          parts.push(`<rect x="${n(cellX(level) + 1.25)}" y="${n(cellTop + 1.25)}" width="${n(cellWidth - 2.5)}" height="${CELL_HEIGHT - 2.5}" fill="none" stroke="${c.target}" stroke-width="2.5"/>`);
        }
      }
      const reached = wrapText(`${item.level}/${maxLevel}`, 40, STRONG(c), ctx.language);
      parts.push(drawText(reached, cellX(maxLevel) + cellWidth + 8, cellTop + (CELL_HEIGHT - reached.height) / 2, STRONG(c)));
    }
    top += row;
  });
  const key = drawLegend(
    ctx,
    [
      { label: legend.level, swatch: 'box', colour: c.primary },
      { label: legend.target, swatch: 'outline', colour: c.target },
    ],
    CELLS_LEFT,
    top + 8,
  );
  parts.push(key.markup);
  return { markup: parts.join(''), height: top + 8 + key.height };
}
