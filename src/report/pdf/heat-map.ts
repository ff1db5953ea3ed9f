import type { HeatCell, HeatRow, StandingLegend } from '../model/report-document.js';
import type { PageFlow, WrappedText } from './page-flow.js';
import { STANDING_TEXT } from '../look/standing-look.js';
import { drawStandingShape, drawStandingTile } from './standing-marks.js';

const COLUMNS = 6;
const GAP = 3;
const PAD = 3;
const SHAPE = 6;
const ROW_GAP = 6;
const LEGEND = 22;
// A tile's title is cut to this many lines; the text alternative and the tables give it whole.
const TITLE_LINES = 3;

interface Tile {
  readonly cell: HeatCell;
  readonly title: WrappedText;
  readonly value: WrappedText;
}

interface Band {
  readonly label: WrappedText;
  readonly rows: readonly (readonly Tile[])[];
  readonly tileHeight: number;
  readonly height: number;
}

function tileWidth(flow: PageFlow): number {
  return (flow.width - GAP * (COLUMNS - 1)) / COLUMNS;
}

function layout(flow: PageFlow, rows: readonly HeatRow[]): { bands: Band[]; height: number } {
  const t = flow.theme;
  const inner = tileWidth(flow) - 2 * PAD;
  const bands = rows.map((r): Band => {
    const tiles = r.cells.map((cell) => {
      const title = flow.wrap(cell.label, { ...t.cellDetail, size: 6.5, color: STANDING_TEXT[cell.standing] }, inner);
      const value = flow.wrap(cell.value, { ...t.cellBold, color: STANDING_TEXT[cell.standing] }, inner - SHAPE - 4);
      return { cell, title, value };
    });
    const lineHeight = tiles[0]?.title.lineHeight ?? 0;
    const tileHeight = Math.max(...tiles.map((x) => Math.min(x.title.lines.length, TITLE_LINES) * lineHeight), lineHeight) + (tiles[0]?.value.height ?? 0) + 2 * PAD;
    const grid: Tile[][] = [];
    for (let k = 0; k < tiles.length; k += COLUMNS) grid.push(tiles.slice(k, k + COLUMNS));
    const label = flow.wrap(r.label, t.cellBold, flow.width);
    return { label, rows: grid, tileHeight, height: label.height + 2 + grid.length * (tileHeight + GAP) + ROW_GAP };
  });
  return { bands, height: bands.reduce((s, b) => s + b.height, 0) + LEGEND };
}

export function heatMapHeight(flow: PageFlow, rows: readonly HeatRow[]): number {
  return layout(flow, rows).height;
}

/** Dimensions as bands of tiles, one per indicator, shaded and marked by how it stands against its target. */
export function drawHeatMap(flow: PageFlow, rows: readonly HeatRow[], standings: readonly StandingLegend[], top: number): void {
  const { bands } = layout(flow, rows);
  const width = tileWidth(flow);
  let y = top;
  for (const band of bands) {
    flow.drawLines(band.label, flow.left, y);
    y += band.label.height + 2;
    for (const row of band.rows) {
      row.forEach((tile, k) => {
        const x = flow.left + k * (width + GAP);
        const colour = STANDING_TEXT[tile.cell.standing];
        drawStandingTile(flow, tile.cell.standing, x, y, width, band.tileHeight);
        flow.drawLines(tile.title, x + PAD, y + PAD, { to: TITLE_LINES });
        const valueY = y + band.tileHeight - PAD - tile.value.height;
        drawStandingShape(flow, tile.cell.standing, x + PAD, valueY + (tile.value.height - SHAPE) / 2, SHAPE, colour);
        flow.drawLines(tile.value, x + PAD + SHAPE + 4, valueY);
      });
      y += band.tileHeight + GAP;
    }
    y += ROW_GAP;
  }
  drawStandingLegend(flow, y + 4, standings);
}

function drawStandingLegend(flow: PageFlow, y: number, standings: readonly StandingLegend[]): void {
  const { theme } = flow;
  let x = flow.left;
  for (const s of standings) {
    drawStandingTile(flow, s.standing, x, y, 16, 11);
    drawStandingShape(flow, s.standing, x + 5, y + 2.5, 6, STANDING_TEXT[s.standing]);
    const label = flow.wrap(s.label, theme.caption, 120);
    flow.drawLines(label, x + 20, y + (11 - label.lineHeight) / 2);
    x += 20 + (label.lines[0]?.width ?? 0) + 14;
  }
}
