import type { StandingKind } from '../model/report-document.js';
import { NOT_APPLICABLE_EDGE, STANDING_FILL, standingShape, UNKNOWN_EDGE, UNKNOWN_HATCH } from '../look/standing-look.js';
import type { PageFlow } from './page-flow.js';

/** Fills a tile in the standing's look: unknown ones are hatched, not-applicable ones dashed. */
export function drawStandingTile(flow: PageFlow, standing: StandingKind, x: number, y: number, w: number, h: number): void {
  const { doc } = flow;
  doc.save();
  doc.rect(x, y, w, h).fill(STANDING_FILL[standing]);
  if (standing === 'unknown') {
    doc.rect(x, y, w, h).clip();
    for (let d = -h; d < w; d += 7) doc.moveTo(x + d, y + h).lineTo(x + d + h, y).lineWidth(0.5).strokeColor(UNKNOWN_HATCH).stroke();
    doc.restore();
    doc.save();
    doc.rect(x + 0.4, y + 0.4, w - 0.8, h - 0.8).lineWidth(0.8).strokeColor(UNKNOWN_EDGE).stroke();
  }
  if (standing === 'not-applicable') doc.rect(x + 0.4, y + 0.4, w - 0.8, h - 0.8).dash(2, { space: 2 }).lineWidth(0.6).strokeColor(NOT_APPLICABLE_EDGE).stroke().undash();
  doc.restore();
}

/** The standing's shape, about `size` points across, its top left at (x, y). */
export function drawStandingShape(flow: PageFlow, standing: StandingKind, x: number, y: number, size: number, colour: string): void {
  const { doc } = flow;
  doc.save();
  for (const part of standingShape(standing, x, y, size)) {
    if (part.kind === 'ring') {
      doc.circle(part.centre[0], part.centre[1], part.radius).lineWidth(part.width).strokeColor(colour).stroke();
    } else if (part.kind === 'fill') {
      doc.polygon(...part.points.map((p) => [p[0], p[1]])).fill(colour);
    } else {
      const [first, ...rest] = part.points;
      if (first === undefined) continue;
      doc.moveTo(first[0], first[1]);
      for (const p of rest) doc.lineTo(p[0], p[1]);
      doc.lineWidth(part.width).strokeColor(colour).stroke();
    }
  }
  doc.restore();
}
