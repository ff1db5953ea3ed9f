import type { BandScale } from '../model/report-document.js';
import { CAPTION, CHART_WIDTH, STRONG, type ChartBody, type ChartContext } from './chart-frame.js';
import { hatch } from './standing-svg.js';
import { drawText, n, wrapText } from './svg-text.js';

const MARKER = 30;
const BAR = 22;
const LABELS = 34;

/**
 * The pack's bands as one bar from 0 to 100, drawn as the PDF draws them: each band in the
 * pack's band colour, the ministry's band full strength, outlined and named in bold, the others
 * pale; a band the score alone would reach, were no gate failing, hatched; a pointer with the
 * score above, and the marks that qualify it written out beneath.
 */
export function bandScaleSvg(ctx: ChartContext, scale: BandScale): ChartBody {
  const c = ctx.colours;
  const xOf = (v: number) => (Math.max(0, Math.min(100, v)) / 100) * CHART_WIDTH;
  const parts: string[] = [];
  scale.bands.forEach((b, k) => {
    const x = xOf(b.from);
    const w = xOf(b.to) - x;
    const fill = c.bands[k % c.bands.length] ?? c.primary;
    parts.push(`<rect x="${n(x)}" y="${MARKER}" width="${n(w)}" height="${BAR}" fill="${fill}"${b.reached ? '' : ' fill-opacity="0.35"'}/>`);
    if (b.heldBack) parts.push(hatch(x, MARKER, w, BAR, 6, c.text, 0.9));
    if (b.reached) parts.push(`<rect x="${n(x + 1)}" y="${MARKER + 1}" width="${n(w - 2)}" height="${BAR - 2}" fill="none" stroke="${c.text}" stroke-width="2"/>`);
    const style = b.reached ? { ...CAPTION(c), bold: true, colour: c.text } : CAPTION(c);
    parts.push(drawText(wrapText(b.label, w - 6, style, ctx.language), x + 3, MARKER + BAR + 3, style));
    const from = wrapText(b.from.toFixed(0), 30, { ...CAPTION(c), colour: c.text }, ctx.language);
    parts.push(drawText(from, x + 3, MARKER + (BAR - from.lineHeight) / 2, { ...CAPTION(c), colour: c.text }));
  });
  if (scale.score !== null) {
    const x = xOf(scale.score);
    parts.push(`<polygon points="${n(x - 7)},${MARKER - 11} ${n(x + 7)},${MARKER - 11} ${n(x)},${MARKER - 1}" fill="${c.text}"/>`);
    const marker = wrapText(scale.marker, 300, STRONG(c), ctx.language);
    const width = Math.max(...marker.lines.map((l) => l.width), 0);
    const left = Math.max(0, Math.min(x - width / 2, CHART_WIDTH - width));
    parts.push(drawText(marker, left, MARKER - 13 - marker.height, STRONG(c)));
  }
  let height = MARKER + BAR + LABELS;
  if (scale.marks.length > 0) {
    const marks = wrapText(scale.marks.join(' · '), CHART_WIDTH, { ...CAPTION(c), bold: true }, ctx.language);
    parts.push(drawText(marks, 0, height - 4, { ...CAPTION(c), bold: true }));
    height += marks.height;
  }
  return { markup: parts.join(''), height };
}
