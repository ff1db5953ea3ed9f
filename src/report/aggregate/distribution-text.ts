import type { Distribution } from '../../core/aggregate/distribution.js';
import { unicodeGlyphs, type Glyphs } from '../terminal/style.js';

/**
 * The figures of a distribution as text: index points for 0..1 scores, one decimal for levels.
 * The documents draw Unicode glyphs, which their embedded fonts have; the terminal passes its own.
 */
export interface DistributionText {
  readonly mean: string;
  readonly median: string;
  readonly range: string;
  readonly sd: string;
}

export function scoreDistributionText(d: Distribution, g: Glyphs = unicodeGlyphs): DistributionText {
  return textOf(d, 100, g);
}

export function levelDistributionText(d: Distribution, g: Glyphs = unicodeGlyphs): DistributionText {
  return textOf(d, 1, g);
}

function textOf(d: Distribution, scale: number, g: Glyphs): DistributionText {
  const f = (x: number | null): string => (x === null ? g.enDash : (x * scale).toFixed(1));
  // Levels are whole numbers: their minimum and maximum need no decimal. The median keeps one,
  // like the mean beside it, since it can fall between two levels.
  const whole = (x: number | null): string => (x === null ? g.enDash : scale === 1 && Number.isInteger(x) ? String(x) : (x * scale).toFixed(1));
  return {
    mean: f(d.mean),
    median: f(d.median),
    range: d.min === null || d.max === null ? g.enDash : `${whole(d.min)}${g.enDash}${whole(d.max)}`,
    sd: f(d.sd),
  };
}
