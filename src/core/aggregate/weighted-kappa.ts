interface KappaResult {
  /** 1 − observed ÷ expected weighted disagreement; null with no pairs or when neither rater varies. */
  readonly kappa: number | null;
  /** The units both raters gave a value to. */
  readonly n: number;
  /** The mean squared difference between the two raters' values of the same unit. */
  readonly observed: number;
  /** The mean squared difference between any value of one rater and any value of the other: what chance alone would give with these marginals. */
  readonly expected: number;
}

/**
 * Cohen's weighted kappa (Cohen 1968) with quadratic weights, (i − j)² ÷ (k − 1)² for levels i and
 * j on a scale of k: the scale's width divides observed and expected disagreement alike, so it
 * drops out, and the pairs are all that is needed. A disagreement of two levels weighs four times
 * one of a single level, which suits levels that build on each other.
 */
export function quadraticWeightedKappa(pairs: readonly (readonly [number, number])[]): KappaResult {
  const n = pairs.length;
  if (n === 0) return { kappa: null, n, observed: 0, expected: 0 };
  let observedSum = 0;
  for (const [x, y] of pairs) observedSum += (x - y) ** 2;
  // The expected table is the product of the two raters' marginals: every x against every y.
  let expectedSum = 0;
  for (const [x] of pairs) for (const [, y] of pairs) expectedSum += (x - y) ** 2;
  const observed = observedSum / n;
  const expected = expectedSum / (n * n);
  return { kappa: expected === 0 ? null : 1 - observed / expected, n, observed, expected };
}
