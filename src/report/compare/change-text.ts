import type { IndicatorChange, Reading } from '../../core/compare/comparison.js';
import { unicodeGlyphs, type Glyphs } from '../terminal/style.js';

// The documents draw Unicode glyphs, which their embedded fonts have; the terminal passes its own.

/** A change with its sign, so a rise and a fall never look alike; one decimal for index points. */
export function signed(change: number | null, decimals = 1, g: Glyphs = unicodeGlyphs): string {
  if (change === null) return g.enDash;
  const text = Math.abs(change).toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return `${change > 0 ? '+' : g.minus}${text}`;
}

export function describeLevel(level: number | null): string {
  return level === null ? 'not applicable' : `level ${level}`;
}

/** A reading in words: the level, or why there is none. */
export function describeReading(r: Reading): string {
  if (!r.applicable) return 'not applicable';
  if (r.status === 'dont-know') return "level 0 (don't know)";
  if (r.status === 'unanswered') return 'level 0 (unanswered)';
  return `level ${r.level ?? 0}`;
}

export function describeChange(i: IndicatorChange, g: Glyphs = unicodeGlyphs): string {
  return `${describeReading(i.before)} ${g.arrow} ${describeReading(i.after)}`;
}
