import type { BandScale } from '../model/report-document.js';
import type { PageFlow } from './page-flow.js';

const MARKER = 20;
const BAR = 14;
const LABELS = 18;

export function bandScaleHeight(flow: PageFlow, scale: BandScale): number {
  return MARKER + BAR + LABELS + (scale.marks.length > 0 ? 12 : 0);
}

/**
 * The bands as one bar from 0 to 100, each in the pack's band colour, the ministry's band
 * outlined and named in bold, and a pointer with the score above it. A band the score alone
 * would reach, were no gate failing, is hatched, and the marks are written out beneath.
 */
export function drawBandScale(flow: PageFlow, scale: BandScale): void {
  const { doc, tags, theme } = flow;
  const c = theme.colours;
  const colours = c.bands;
  const height = bandScaleHeight(flow, scale);
  flow.ensure(height);
  const top = flow.y;
  const xOf = (v: number) => flow.left + (Math.max(0, Math.min(100, v)) / 100) * flow.width;
  const barY = top + MARKER;
  tags.leaf(
    'Figure',
    () => {
      scale.bands.forEach((b, k) => {
        const x = xOf(b.from);
        const w = xOf(b.to) - x;
        doc.save();
        doc.rect(x, barY, w, BAR).fillOpacity(b.reached ? 1 : 0.35).fill(colours[k % colours.length] ?? c.primary);
        doc.restore();
        if (b.heldBack) {
          doc.save();
          doc.rect(x, barY, w, BAR).clip();
          for (let d = -BAR; d < w; d += 5) doc.moveTo(x + d, barY + BAR).lineTo(x + d + BAR, barY).lineWidth(0.7).strokeColor(c.text).stroke();
          doc.restore();
        }
        if (b.reached) doc.rect(x + 0.75, barY + 0.75, w - 1.5, BAR - 1.5).lineWidth(1.5).strokeColor(c.text).stroke();
        const style = b.reached ? { ...theme.caption, weight: 'bold' as const, color: c.text } : theme.caption;
        const label = flow.wrap(b.label, style, w - 4);
        flow.drawLines(label, x + 2, barY + BAR + 3, { width: w - 4 });
        const from = flow.wrap(b.from.toFixed(0), { ...theme.caption, color: c.text }, 20);
        flow.drawLines(from, x + 2, barY + (BAR - from.lineHeight) / 2, { to: 1 });
      });
      if (scale.score !== null) {
        const x = xOf(scale.score);
        doc.polygon([x - 5, barY - 8], [x + 5, barY - 8], [x, barY - 1]).fill(c.text);
        const marker = flow.wrap(scale.marker, { ...theme.cellBold, size: 9 }, 220);
        const width = marker.lines[0]?.width ?? 0;
        const left = Math.max(flow.left, Math.min(x - width / 2, flow.left + flow.width - width));
        flow.drawLines(marker, left, barY - 10 - marker.height);
      }
      if (scale.marks.length > 0) {
        const marks = flow.wrap(scale.marks.join(' · '), { ...theme.caption, weight: 'bold' }, flow.width);
        flow.drawLines(marks, flow.left, barY + BAR + LABELS - 2);
      }
    },
    { alt: scale.alt },
  );
  flow.y = top + height;
}
