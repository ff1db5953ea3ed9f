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

/** Each distinct value with how many times it occurs, in ascending order of value. */
type Runs = readonly (readonly [value: number, count: number])[];

export function distributionOf(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const v of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] === v) last[1] += 1;
    else runs.push([v, 1]);
  }
  return distributionOfRuns(runs);
}

/** The distribution of small whole numbers kept as counts, the count of value k at index k (levels: a handful of values, however many files). */
export function distributionOfCounts(counts: readonly number[]): Distribution {
  return distributionOfRuns(counts.flatMap((count, value) => (count > 0 ? [[value, count] as const] : [])));
}

/*
 * Sums are taken value by value in ascending order, as over the sorted list, so a distribution
 * kept as counts has the very same figures, to the last bit, as one kept as a list.
 */
function distributionOfRuns(runs: Runs): Distribution {
  const n = runs.reduce((s, [, count]) => s + count, 0);
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (n === 0 || first === undefined || last === undefined) return { n, mean: null, median: null, min: null, max: null, sd: null };
  const sumOf = (term: (v: number) => number): number => {
    let s = 0;
    for (const [v, count] of runs) for (let k = 0; k < count; k++) s += term(v);
    return s;
  };
  const mean = sumOf((v) => v) / n;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? valueAt(runs, middle) : (valueAt(runs, middle - 1) + valueAt(runs, middle)) / 2;
  const variance = sumOf((v) => (v - mean) ** 2) / n;
  return { n, mean, median, min: first[0], max: last[0], sd: Math.sqrt(variance) };
}

/** The value at a position of the sorted values. */
function valueAt(runs: Runs, index: number): number {
  let seen = 0;
  for (const [v, count] of runs) {
    seen += count;
    if (index < seen) return v;
  }
  return 0;
}
