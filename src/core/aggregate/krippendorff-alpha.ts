/**
 * Reliability data as Krippendorff lays it out: one row per unit (here an indicator), one value
 * per rater (here a group); null where the rater gave no value.
 */
export type ReliabilityData = readonly (readonly (number | null)[])[];

/** How many times each value occurs among the pairable values, in ascending order of value. */
type Marginals = readonly (readonly [value: number, count: number])[];

/** The squared difference δ² between two values, which may depend on how often values occur. */
export type Difference = (c: number, k: number, marginals: Marginals) => number;

interface AlphaResult {
  /** 1 − observed ÷ expected disagreement; null when nothing can be compared or nothing varies. */
  readonly alpha: number | null;
  /** Units holding two or more values: the only ones that say anything about agreement. */
  readonly pairableUnits: number;
  /** The values in those units (Krippendorff's n). */
  readonly pairableValues: number;
  /** D_o: the mean difference between values of the same unit. */
  readonly observed: number;
  /** D_e: the mean difference between any two pairable values, whatever their unit. */
  readonly expected: number;
}

/**
 * The ordinal metric: the distance between two levels is the number of values at or between them,
 * minus half of the two levels' own counts, squared. Ranks count, not the numbers on the scale;
 * values that nobody used add no distance.
 */
export const ordinalDifference: Difference = (c, k, marginals) => {
  if (c === k) return 0;
  const low = Math.min(c, k);
  const high = Math.max(c, k);
  let between = 0;
  let ends = 0;
  for (const [value, count] of marginals) {
    if (value >= low && value <= high) between += count;
    if (value === low || value === high) ends += count;
  }
  return (between - ends / 2) ** 2;
};

/**
 * Krippendorff's alpha (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011): from the
 * coincidence matrix of the pairable values, α = 1 − (n − 1) · Σ o_ck δ²_ck ÷ Σ n_c n_k δ²_ck.
 * Missing values are simply absent from their unit; a unit with fewer than two values is left out.
 * gret measures with the ordinal metric, since levels are ordered but not evenly spaced in meaning.
 */
export function krippendorffAlpha(data: ReliabilityData, difference: Difference = ordinalDifference): AlphaResult {
  // o[c][k]: each ordered pair of values within a unit of m values adds 1 / (m − 1). Counted per
  // distinct value, so that a unit rated by hundreds of assessments costs no more than its levels.
  const coincidences = new Map<number, Map<number, number>>();
  const add = (c: number, k: number, amount: number): void => {
    const row = coincidences.get(c) ?? new Map<number, number>();
    row.set(k, (row.get(k) ?? 0) + amount);
    coincidences.set(c, row);
  };
  let pairableUnits = 0;
  for (const unit of data) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const v of unit) {
      if (v === null) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    pairableUnits++;
    for (const [c, nc] of counts) for (const [k, nk] of counts) add(c, k, (nc * (c === k ? nk - 1 : nk)) / (m - 1));
  }

  const marginals: [number, number][] = [...coincidences.entries()]
    .map(([value, row]): [number, number] => [value, [...row.values()].reduce((s, x) => s + x, 0)])
    .sort(([a], [b]) => a - b);
  // The coincidences of a unit sum to its number of values, so n is a whole number up to float noise.
  const n = Math.round(marginals.reduce((s, [, count]) => s + count, 0));
  if (n === 0) return { alpha: null, pairableUnits, pairableValues: 0, observed: 0, expected: 0 };

  let observedSum = 0;
  for (const [c, row] of coincidences) for (const [k, o] of row) observedSum += o * difference(c, k, marginals);
  let expectedSum = 0;
  for (const [c, nc] of marginals) for (const [k, nk] of marginals) expectedSum += nc * nk * difference(c, k, marginals);
  const observed = observedSum / n;
  const expected = expectedSum / (n * (n - 1));
  return { alpha: expected === 0 ? null : 1 - observed / expected, pairableUnits, pairableValues: n, observed, expected };
}
