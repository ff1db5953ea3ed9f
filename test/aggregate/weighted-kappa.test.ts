import { describe, expect, it } from '@jest/globals';
import { quadraticWeightedKappa } from '../../src/core/aggregate/weighted-kappa.js';

type Pairs = [number, number][];

/** Expands a cross-table (rows: first rater's category, columns: second rater's) into pairs. */
function fromTable(table: readonly (readonly number[])[]): Pairs {
  return table.flatMap((row, i) => row.flatMap((count, j): Pairs => Array.from({ length: count }, () => [i, j])));
}

function fromSeries(first: readonly number[], second: readonly number[]): Pairs {
  return first.map((x, k) => [x, second[k] ?? NaN]);
}

describe('quadratic-weighted kappa on published examples', () => {
  /**
   * Two radiologists classifying 85 xeromammograms as normal, benign disease, suspicion of cancer
   * or cancer (Boyd et al. 1982, J. Natl Cancer Inst. 68: 357–363), as tabulated by Altman,
   * Practical Statistics for Medical Research (1991), pp. 403–405, and used in the Stata Base
   * Reference Manual, [R] kappa (`kap rada radb, wgt(w2)`). The manual prints, for the quadratic
   * weights w2 = 1 − ((i − j)/(k − 1))², agreement 94.77%, expected agreement 84.09% and kappa
   * 0.6714. Worked out by hand: Σ (i − j)² over the 85 pairs is 40, so D_o = 40/85 and the
   * agreement 1 − D_o/9 = 0.94771. The marginals (rows 33, 22, 29, 1; columns 28, 38, 16, 3) give
   * Σ r_i c_j (i − j)² = 10346, so D_e = 10346/7225, the expected agreement 0.84089, and kappa
   * = 1 − (40/85)/(10346/7225) = 3473/5173. The unweighted kappa of the same table, 139/294 = 0.4728,
   * is the one the manual prints too, which checks the table. The manual's figures are quoted
   * without a second source; the hand computation above is what the test relies on.
   */
  const RADIOLOGISTS = [
    [21, 12, 0, 0],
    [4, 17, 1, 0],
    [3, 9, 15, 2],
    [0, 0, 0, 1],
  ];

  it('reproduces the Stata manual figures for the radiologists', () => {
    const result = quadraticWeightedKappa(fromTable(RADIOLOGISTS));
    expect(result.n).toBe(85);
    // Stata states agreement as similarity: 1 − disagreement ÷ (k − 1)², with k = 4 categories.
    expect(Number((100 * (1 - result.observed / 9)).toFixed(2))).toBe(94.77);
    expect(Number((100 * (1 - result.expected / 9)).toFixed(2))).toBe(84.09);
    expect(Number(result.kappa?.toFixed(4))).toBe(0.6714);
    expect(result.kappa).toBeCloseTo(3473 / 5173, 12);
  });

  /**
   * scikit-learn's own test of cohen_kappa_score(weights="quadratic")
   * (sklearn/metrics/tests/test_classification.py, test_cohen_kappa): 0.9541. By hand: 4 of 100
   * pairs differ by one level, so D_o = 0.04; the means are 0.64 and 0.60, the variances 0.4304 and
   * 0.44, so D_e = 0.4304 + 0.44 + 0.04² = 0.872 and kappa = 1 − 0.04/0.872 = 0.954128…
   */
  it("reproduces scikit-learn's weighting example", () => {
    const first = [...Array<number>(46).fill(0), ...Array<number>(44).fill(1), ...Array<number>(10).fill(2)];
    const second = [...Array<number>(50).fill(0), ...Array<number>(40).fill(1), ...Array<number>(10).fill(2)];
    const { kappa } = quadraticWeightedKappa(fromSeries(first, second));
    expect(Number(kappa?.toFixed(4))).toBe(0.9541);
    expect(kappa).toBeCloseTo(1 - 0.04 / 0.872, 12);
  });
});

describe('quadratic-weighted kappa, hand-computed', () => {
  it.each<[string, Pairs, number | null]>([
    ['perfect agreement', fromSeries([0, 1, 2, 3, 4], [0, 1, 2, 3, 4]), 1],
    // D_o = (16 + 4 + 0 + 4 + 16)/5 = 8; D_e = 2 + 2 + 0 = 4; kappa = 1 − 8/4.
    ['complete reversal: systematic disagreement', fromSeries([0, 1, 2, 3, 4], [4, 3, 2, 1, 0]), -1],
    // Always one level apart: D_o = 1, D_e = 1.25 + 1.25 + 1² = 3.5, kappa = 5/7. A correlation would say 1.
    ['one rater always a level higher', fromSeries([0, 1, 2, 3], [1, 2, 3, 4]), 5 / 7],
    // One rater never varies: D_o = D_e = 2.5, so no better than chance.
    ['one rater constant', fromSeries([2, 2, 2, 2], [0, 1, 3, 4]), 0],
    ['both constant on different levels', fromSeries([1, 1, 1], [3, 3, 3]), 0],
    // D_e = 0: kappa is 0/0.
    ['both constant on the same level', fromSeries([2, 2, 2], [2, 2, 2]), null],
    ['no pairs', [], null],
  ])('%s', (_name, pairs, kappa) => {
    const result = quadraticWeightedKappa(pairs);
    expect(result.n).toBe(pairs.length);
    if (kappa === null) expect(result.kappa).toBeNull();
    else expect(result.kappa).toBeCloseTo(kappa, 12);
  });

  // With quadratic weights, kappa = 2 s_xy / (s_x² + s_y² + (x̄ − ȳ)²) with n-divisor moments
  // (Fleiss & Cohen 1973): Lin's concordance correlation. A check that holds for any data.
  it.each([
    [[0, 1, 1, 2, 3, 4, 4, 2], [1, 1, 2, 2, 3, 3, 4, 0]],
    [[3, 3, 2, 0, 1], [4, 2, 2, 1, 0]],
    [[0, 4, 0, 4, 2, 2], [1, 3, 2, 4, 2, 0]],
  ])('equals the concordance correlation of %j and %j', (x, y) => {
    const mean = (v: number[]): number => v.reduce((s, a) => s + a, 0) / v.length;
    const mx = mean(x);
    const my = mean(y);
    const cov = mean(x.map((a, k) => (a - mx) * ((y[k] ?? NaN) - my)));
    const vx = mean(x.map((a) => (a - mx) ** 2));
    const vy = mean(y.map((a) => (a - my) ** 2));
    expect(quadraticWeightedKappa(fromSeries(x, y)).kappa).toBeCloseTo((2 * cov) / (vx + vy + (mx - my) ** 2), 12);
  });
});
