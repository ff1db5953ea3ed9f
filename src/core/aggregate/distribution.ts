/**
 * How values spread across respondents. The spread is the population standard deviation: the
 * respondents are the whole set being described (the ministries read, the groups in the room),
 * not a sample, and on a five-level scale it separates "half the room at 0, half at 4" from "one
 * outlier", which the interquartile range and the range cannot tell apart.
 */
export interface Distribution {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly sd: number | null;
}

export function distributionOf(values: readonly number[]): Distribution {
  const n = values.length;
  if (n === 0) return { n, mean: null, median: null, min: null, max: null, sd: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const variance = sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
  return { n, mean, median, min: sorted[0] ?? 0, max: sorted[n - 1] ?? 0, sd: Math.sqrt(variance) };
}
