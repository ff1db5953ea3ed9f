import { STANDING_TEXT } from '../look/standing-look.js';
import type { HeatRow, StandingLegend } from '../model/report-document.js';
import { CAPTION, CHART_WIDTH, STRONG, type ChartBody, type ChartContext } from './chart-frame.js';
import { standingMark, standingTile } from './standing-svg.js';
import { drawText, wrapText, type SvgLines } from './svg-text.js';

const COLUMNS = 6;
const GAP = 4;
const PAD = 4;
const SHAPE = 9;
const ROW_GAP = 8;
// A tile's title is cut to this many lines, as in the PDF; the text alternative gives it whole.
const TITLE_LINES = 3;
const TILE_WIDTH = (CHART_WIDTH - GAP * (COLUMNS - 1)) / COLUMNS;

function cut(text: SvgLines, lines: number): SvgLines {
  if (text.lines.length <= lines) return text;
  return { ...text, lines: text.lines.slice(0, lines), height: lines * text.lineHeight };
}

/**
 * Dimensions as bands of tiles, one per indicator, six to a row. A tile's standing shows three
 * ways, as in the PDF: its fill (lightness alone orders them), a shape beside the figures and
 * the figures themselves; the legend names each.
 */
export function heatMapSvg(ctx: ChartContext, rows: readonly HeatRow[], standings: readonly StandingLegend[]): ChartBody {
  const c = ctx.colours;
  const inner = TILE_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = 0;
  for (const row of rows) {
    const label = wrapText(row.label, CHART_WIDTH, STRONG(c), ctx.language);
    parts.push(drawText(label, 0, y, STRONG(c)));
    y += label.height + 3;
    const tiles = row.cells.map((cell) => {
      const text = { size: 9, bold: false, colour: STANDING_TEXT[cell.standing] };
      const value = { size: 11, bold: true, colour: STANDING_TEXT[cell.standing] };
      return { cell, text, value, title: cut(wrapText(cell.label, inner, text, ctx.language), TITLE_LINES), figures: wrapText(cell.value, inner - SHAPE - 4, value, ctx.language) };
    });
    const tileHeight = Math.max(...tiles.map((t) => t.title.height + t.figures.height), 0) + 2 * PAD + 2;
    tiles.forEach((t, k) => {
      const x = (k % COLUMNS) * (TILE_WIDTH + GAP);
      const top = y + Math.floor(k / COLUMNS) * (tileHeight + GAP);
      parts.push(standingTile(t.cell.standing, x, top, TILE_WIDTH, tileHeight));
      parts.push(drawText(t.title, x + PAD, top + PAD, t.text));
      const valueTop = top + tileHeight - PAD - t.figures.height;
      parts.push(standingMark(t.cell.standing, x + PAD, valueTop + (t.figures.lineHeight - SHAPE) / 2, SHAPE, STANDING_TEXT[t.cell.standing]));
      parts.push(drawText(t.figures, x + PAD + SHAPE + 4, valueTop, t.value));
    });
    y += Math.ceil(tiles.length / COLUMNS) * (tileHeight + GAP) + ROW_GAP;
  }
  // The key: each standing's tile with its shape, and its name, running onto a second row when full.
  let x = 0;
  let keyHeight = 0;
  const style = CAPTION(c);
  for (const s of standings) {
    const label = wrapText(s.label, 160, style, ctx.language);
    const width = 27 + Math.max(...label.lines.map((l) => l.width), 0);
    if (x > 0 && x + width > CHART_WIDTH) {
      x = 0;
      y += keyHeight + 4;
      keyHeight = 0;
    }
    parts.push(standingTile(s.standing, x, y + 2, 22, 15));
    parts.push(standingMark(s.standing, x + 6.5, y + 5, 9, STANDING_TEXT[s.standing]));
    parts.push(drawText(label, x + 27, y + 2 + (15 - label.lineHeight) / 2, style));
    x += width + 16;
    keyHeight = Math.max(keyHeight, label.height, 19);
  }
  return { markup: parts.join(''), height: y + keyHeight };
}
