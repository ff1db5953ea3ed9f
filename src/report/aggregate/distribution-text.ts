import type { Distribution } from '../../core/aggregate/distribution.js';
import { formatDecimal } from '../../core/translation/locale-format.js';
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

export function scoreDistributionText(d: Distribution, language: string, g: Glyphs = unicodeGlyphs): DistributionText {
  return textOf(d, 100, language, g);
}

export function levelDistributionText(d: Distribution, language: string, g: Glyphs = unicodeGlyphs): DistributionText {
  return textOf(d, 1, language, g);
}

/** Decimals written for the reader's language: 42,5 in French. */
function textOf(d: Distribution, scale: number, language: string, g: Glyphs): DistributionText {
  const f = (x: number | null): string => (x === null ? g.enDash : formatDecimal(x * scale, 1, language));
  // Levels are whole numbers: their minimum and maximum need no decimal. The median keeps one,
  // like the mean beside it, since it can fall between two levels.
  const whole = (x: number | null): string => (x === null ? g.enDash : scale === 1 && Number.isInteger(x) ? String(x) : formatDecimal(x * scale, 1, language));
  return {
    mean: f(d.mean),
    median: f(d.median),
    range: d.min === null || d.max === null ? g.enDash : `${whole(d.min)}${g.enDash}${whole(d.max)}`,
    sd: f(d.sd),
  };
}
