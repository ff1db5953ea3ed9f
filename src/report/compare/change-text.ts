import type { IndicatorChange, Reading } from '../../core/compare/comparison.js';
import type { Readings } from '../../core/template/template-schema.js';
import { formatDecimal } from '../../core/translation/locale-format.js';
import { fill } from '../model/fill.js';
import { unicodeGlyphs, type Glyphs } from '../terminal/style.js';

// The documents draw Unicode glyphs, which their embedded fonts have; the terminal passes its own.

/** A change with its sign, so a rise and a fall never look alike; one decimal for index points, written for the reader's language (+2,5 in French). */
export function signed(change: number | null, decimals: number, language: string, g: Glyphs = unicodeGlyphs): string {
  if (change === null) return g.enDash;
  const size = Math.abs(change);
  // A change too small to show at this precision is no change, and carries no sign.
  if (Number(size.toFixed(decimals)) === 0) return formatDecimal(0, decimals, language);
  return `${change > 0 ? '+' : g.minus}${formatDecimal(size, decimals, language)}`;
}

export function describeLevel(level: number | null, words: Readings): string {
  return level === null ? words.not_applicable : fill(words.level, { level });
}

/** A reading in words: the level, or why there is none. */
export function describeReading(r: Reading, words: Readings): string {
  if (!r.applicable) return words.not_applicable;
  if (r.status === 'dont-know') return words.dont_know;
  if (r.status === 'unanswered') return words.unanswered;
  return fill(words.level, { level: r.level ?? 0 });
}

export function describeChange(i: IndicatorChange, words: Readings, g: Glyphs = unicodeGlyphs): string {
  return `${describeReading(i.before, words)} ${g.arrow} ${describeReading(i.after, words)}`;
}
