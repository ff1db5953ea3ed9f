import type { MessageKind, StandingKind } from '../model/report-document.js';

/**
 * How a standing looks, in every format that draws one: a fill whose lightness alone orders them
 * (so a grey-scale print still reads), a text colour that reads on that fill, and a shape drawn
 * beside the figures, so that colour is never the only sign.
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

/** An unknown standing's tile is hatched and outlined; a not-applicable one has a dashed edge. */
export const UNKNOWN_HATCH = '#ccd3dc';
export const UNKNOWN_EDGE = '#5f6b7a';
export const NOT_APPLICABLE_EDGE = '#9aa5b1';

/** A standing's mark drawn on a white page rather than on its tile, dark enough to read. */
export const STANDING_MARK: Readonly<Record<StandingKind, string>> = {
  met: '#2a7a4f',
  near: '#b86200',
  far: '#a8323a',
  unknown: '#5f6b7a',
  'not-applicable': '#9aa5b1',
};

/** Each kind of key message borrows the mark of the standing it speaks of: a strength is a target met, a weakness one far below. */
export const MESSAGE_STANDING: Readonly<Record<MessageKind, StandingKind>> = { strength: 'met', lever: 'near', weakness: 'far', critical: 'far' };

/** The shapes as characters, for formats that set the mark as text (the Word copy). */
export const STANDING_SYMBOL: Readonly<Record<StandingKind, string>> = {
  met: '✓',
  near: '▼',
  far: '▼▼',
  unknown: '○',
  'not-applicable': '–',
};

type Point = readonly [number, number];

/** One stroke or fill of a standing's shape. */
type ShapePart =
  | { readonly kind: 'stroke'; readonly points: readonly Point[]; readonly width: number }
  | { readonly kind: 'fill'; readonly points: readonly Point[] }
  | { readonly kind: 'ring'; readonly centre: Point; readonly radius: number; readonly width: number };

/**
 * The standing's shape, about `size` across with its top left at (x, y): a tick for met, one
 * arrowhead down for near, two for far, a ring for unknown and a dash for not applicable.
 */
export function standingShape(standing: StandingKind, x: number, y: number, size: number): readonly ShapePart[] {
  switch (standing) {
    case 'met':
      return [{ kind: 'stroke', points: [[x, y + size * 0.55], [x + size * 0.38, y + size * 0.9], [x + size, y + size * 0.1]], width: 1.3 }];
    case 'near':
      return [{ kind: 'fill', points: [[x, y + size * 0.2], [x + size, y + size * 0.2], [x + size / 2, y + size * 0.9]] }];
    case 'far':
      return [
        { kind: 'fill', points: [[x, y], [x + size, y], [x + size / 2, y + size * 0.45]] },
        { kind: 'fill', points: [[x, y + size * 0.5], [x + size, y + size * 0.5], [x + size / 2, y + size * 0.95]] },
      ];
    case 'unknown':
      return [{ kind: 'ring', centre: [x + size / 2, y + size / 2], radius: size * 0.42, width: 1.1 }];
    case 'not-applicable':
      return [{ kind: 'stroke', points: [[x, y + size / 2], [x + size, y + size / 2]], width: 1.2 }];
  }
}
