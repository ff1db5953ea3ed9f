import type { Band } from '../types.js';

/** A 0..1 score as index points, 0–100 with one decimal: the figure people read and quote. */
export function indexPoints(score: number): number {
  return Math.round(score * 1000) / 10;
}

/** A 0..1 share as the whole percentage people read; marks that depend on a share are read off this figure. */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}

/** The band is read off the displayed figure, so that "25.0" is never labelled as the band below 25. */
export function bandOf(bands: readonly Band[], score: number): Band | undefined {
  const points = indexPoints(score);
  let found: Band | undefined;
  for (const band of bands) if (points >= indexPoints(band.min)) found = band;
  return found;
}

/**
 * Rounds each value to `decimals` so that the rounded values add up to the rounded total
 * (largest-remainder method): a breakdown table then sums exactly to the figure beside it.
 * Ties go to the earlier value, so the result is stable.
 */
export function roundToSum(values: readonly number[], decimals = 1): number[] {
  const factor = 10 ** decimals;
  // Clear float noise first, so that 2.9999999 counts as 3 and not as 2 with a large remainder.
  const scaled = values.map((v) => Math.round(v * factor * 1e6) / 1e6);
  const floors = scaled.map(Math.floor);
  const total = Math.round(scaled.reduce((a, b) => a + b, 0));
  let missing = total - floors.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((v, i) => ({ i, remainder: v - Math.floor(v) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    missing--;
  }
  return out.map((v) => v / factor);
}
