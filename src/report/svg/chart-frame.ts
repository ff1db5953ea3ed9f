import type { Look } from '../../core/template/template-schema.js';
import { drawText, n, wrapText, type SvgTextStyle } from './svg-text.js';

type ChartColours = Look['colours'];

/** What every chart drawing needs besides its data. */
export interface ChartContext {
  readonly colours: ChartColours;
  /** The language of the answers, which decides how Han characters are drawn. */
  readonly language: string;
}

/** The drawing's width in SVG units; a renderer scales it to its page or screen. */
export const CHART_WIDTH = 640;

export const LABEL: (c: ChartColours) => SvgTextStyle = (c) => ({ size: 12, bold: false, colour: c.text });
export const STRONG: (c: ChartColours) => SvgTextStyle = (c) => ({ size: 12, bold: true, colour: c.text });
export const CAPTION: (c: ChartColours) => SvgTextStyle = (c) => ({ size: 10.5, bold: false, colour: c.muted });

/** A chart's drawing: its elements and the height they take. */
export interface ChartBody {
  readonly markup: string;
  readonly height: number;
}

export interface LegendEntry {
  readonly label: string;
  readonly swatch: 'box' | 'line' | 'outline';
  readonly colour: string;
}

const SWATCH = 14;

/** The key to a chart's marks, each a shape as well as a colour, in one row from x. */
export function drawLegend(ctx: ChartContext, entries: readonly LegendEntry[], x: number, top: number): ChartBody {
  const style = CAPTION(ctx.colours);
  const parts: string[] = [];
  let at = x;
  let height = 0;
  for (const e of entries) {
    const mid = top + 9;
    if (e.swatch === 'box') parts.push(`<rect x="${n(at)}" y="${n(mid - 5)}" width="${SWATCH}" height="10" fill="${e.colour}"/>`);
    else if (e.swatch === 'line') parts.push(`<line x1="${n(at + 7)}" y1="${n(mid - 8)}" x2="${n(at + 7)}" y2="${n(mid + 8)}" stroke="${e.colour}" stroke-width="2.5"/>`);
    else parts.push(`<rect x="${n(at + 1)}" y="${n(mid - 5)}" width="${SWATCH - 2}" height="10" fill="none" stroke="${e.colour}" stroke-width="2"/>`);
    const label = wrapText(e.label, 180, style, ctx.language);
    parts.push(drawText(label, at + SWATCH + 5, mid - label.height / 2, style));
    at += SWATCH + 5 + Math.max(...label.lines.map((l) => l.width), 0) + 18;
    height = Math.max(height, label.height, 18);
  }
  return { markup: parts.join(''), height };
}
