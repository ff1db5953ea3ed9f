import type { StandingKind } from '../model/report-document.js';
import { NOT_APPLICABLE_EDGE, STANDING_FILL, standingShape, UNKNOWN_EDGE, UNKNOWN_HATCH } from '../look/standing-look.js';
import { n } from './svg-text.js';

/** Diagonal hatching across a box, each line cut to the box so no clip path (and no id) is needed. */
export function hatch(x: number, y: number, w: number, h: number, step: number, colour: string, width: number): string {
  const lines: string[] = [];
  for (let d = -h; d < w; d += step) {
    // The line runs from (x + d, y + h) to (x + d + h, y); keep the stretch whose x lies in the box.
    const from = Math.max(0, -d / h);
    const to = Math.min(1, (w - d) / h);
    if (to <= from) continue;
    const at = (t: number) => `${n(x + d + t * h)} ${n(y + h - t * h)}`;
    lines.push(`M${at(from)}L${at(to)}`);
  }
  return lines.length === 0 ? '' : `<path d="${lines.join('')}" stroke="${colour}" stroke-width="${n(width)}" fill="none"/>`;
}

/** A tile in the standing's look, as the PDF draws it: unknown hatched and outlined, not applicable dashed. */
export function standingTile(standing: StandingKind, x: number, y: number, w: number, h: number): string {
  const parts = [`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${STANDING_FILL[standing]}"/>`];
  const inset = `x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(w - 1)}" height="${n(h - 1)}" fill="none"`;
  if (standing === 'unknown') {
    parts.push(hatch(x, y, w, h, 9, UNKNOWN_HATCH, 0.7));
    parts.push(`<rect ${inset} stroke="${UNKNOWN_EDGE}" stroke-width="1"/>`);
  }
  if (standing === 'not-applicable') parts.push(`<rect ${inset} stroke="${NOT_APPLICABLE_EDGE}" stroke-width="0.8" stroke-dasharray="3 3"/>`);
  return parts.join('');
}

/** The standing's shape in a colour, its top left at (x, y). */
export function standingMark(standing: StandingKind, x: number, y: number, size: number, colour: string): string {
  return standingShape(standing, x, y, size)
    .map((part) => {
      if (part.kind === 'ring') return `<circle cx="${n(part.centre[0])}" cy="${n(part.centre[1])}" r="${n(part.radius)}" fill="none" stroke="${colour}" stroke-width="${n(part.width * 1.3)}"/>`;
      const points = part.points.map((p) => `${n(p[0])},${n(p[1])}`).join(' ');
      if (part.kind === 'fill') return `<polygon points="${points}" fill="${colour}"/>`;
      return `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="${n(part.width * 1.3)}"/>`;
    })
    .join('');
}
