import type { StandingKind } from '../model/report-document.js';
import type { PageFlow } from './page-flow.js';

/**
 * How a standing looks: a fill whose lightness alone orders them (so a grey-scale print still
 * reads) and a shape drawn beside the figures, so that colour is never the only sign.
 */
export const STANDING_FILL: Readonly<Record<StandingKind, string>> = {
  met: '#cfeee0',
  near: '#f3b874',
  far: '#a8323a',
  unknown: '#ffffff',
  'not-applicable': '#eef1f5',
};

export const STANDING_TEXT: Readonly<Record<StandingKind, string>> = {
  met: '#14532d',
  near: '#3d2600',
  far: '#ffffff',
  unknown: '#1f2933',
  'not-applicable': '#5f6b7a',
};

/** Fills a tile in the standing's look: unknown ones are hatched, not-applicable ones dashed. */
export function drawStandingTile(flow: PageFlow, standing: StandingKind, x: number, y: number, w: number, h: number): void {
  const { doc } = flow;
  doc.save();
  doc.rect(x, y, w, h).fill(STANDING_FILL[standing]);
  if (standing === 'unknown') {
    doc.rect(x, y, w, h).clip();
    for (let d = -h; d < w; d += 7) doc.moveTo(x + d, y + h).lineTo(x + d + h, y).lineWidth(0.5).strokeColor('#ccd3dc').stroke();
    doc.restore();
    doc.save();
    doc.rect(x + 0.4, y + 0.4, w - 0.8, h - 0.8).lineWidth(0.8).strokeColor('#5f6b7a').stroke();
  }
  if (standing === 'not-applicable') doc.rect(x + 0.4, y + 0.4, w - 0.8, h - 0.8).dash(2, { space: 2 }).lineWidth(0.6).strokeColor('#9aa5b1').stroke().undash();
  doc.restore();
}

/** The standing's shape, about `size` points across, its top left at (x, y). */
export function drawStandingShape(flow: PageFlow, standing: StandingKind, x: number, y: number, size: number, colour: string): void {
  const { doc } = flow;
  doc.save();
  switch (standing) {
    case 'met':
      doc.moveTo(x, y + size * 0.55).lineTo(x + size * 0.38, y + size * 0.9).lineTo(x + size, y + size * 0.1).lineWidth(1.3).strokeColor(colour).stroke();
      break;
    case 'near':
      doc.polygon([x, y + size * 0.2], [x + size, y + size * 0.2], [x + size / 2, y + size * 0.9]).fill(colour);
      break;
    case 'far':
      doc.polygon([x, y], [x + size, y], [x + size / 2, y + size * 0.45]).fill(colour);
      doc.polygon([x, y + size * 0.5], [x + size, y + size * 0.5], [x + size / 2, y + size * 0.95]).fill(colour);
      break;
    case 'unknown':
      doc.circle(x + size / 2, y + size / 2, size * 0.42).lineWidth(1.1).strokeColor(colour).stroke();
      break;
    case 'not-applicable':
      doc.moveTo(x, y + size / 2).lineTo(x + size, y + size / 2).lineWidth(1.2).strokeColor(colour).stroke();
      break;
  }
  doc.restore();
}
