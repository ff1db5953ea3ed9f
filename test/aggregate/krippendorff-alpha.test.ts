import { describe, expect, it } from '@jest/globals';
import { krippendorffAlpha, ordinalDifference, type Difference, type ReliabilityData } from '../../src/core/aggregate/krippendorff-alpha.js';

const _ = null;

/**
 * The worked example of K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011),
 * Annenberg School for Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43):
 * four observers A–D, twelve units, values 1–5, with missing values. Written here one row per unit,
 * one column per observer. The document gives α = 0.743 (nominal), 0.815 (ordinal), 0.849
 * (interval) and 0.797 (ratio). The matrix is also the example of R's irr::kripp.alpha, and the
 * test suite of the Python package krippendorff (fast-krippendorff) asserts the ordinal 0.815 and
 * the ratio 0.797 on it. The nominal and interval figures are quoted from the document without a
 * second source, so every figure is also worked out by hand below, exactly. Unit 12 holds one
 * value only, so it is not pairable whichever observer gave it.
 */
const KRIPPENDORFF_2011: ReliabilityData = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, 3, _, _],
];

// The other metrics of the document, to check the coincidence matrix and the formula apart from the ordinal metric.
const nominal: Difference = (c, k) => (c === k ? 0 : 1);
const interval: Difference = (c, k) => (c - k) ** 2;
const ratio: Difference = (c, k) => ((c - k) / (c + k)) ** 2;

describe("Krippendorff's alpha on Krippendorff's own example", () => {
  it('counts 11 pairable units and n = 40 pairable values', () => {
    const result = krippendorffAlpha(KRIPPENDORFF_2011);
    expect(result.pairableUnits).toBe(11);
    expect(result.pairableValues).toBe(40);
  });

  // Exact values, worked out by hand from the coincidence matrix (marginals n1..n5 = 9, 13, 10, 5, 3):
  // nominal: D_o = 8/40, D_e = (40² − Σ n_c²)/(40 · 39) = 1216/1560, α = 1 − 39 · 8 / 1216 = 113/152;
  // interval: Σ o_ck (c − k)² = 52/3, Σ n_c n_k (c − k)² = 4480, α = 1 − 39 · (52/3) / 4480 = 951/1120;
  // ordinal: Σ o_ck δ² = 1891, Σ n_c n_k δ² = 399480, α = 1 − 39 · 1891 / 399480 = 108577/133160;
  // ratio: the same sums with δ² = ((c − k)/(c + k))² give 18222619/22852465.
  it.each([
    ['nominal', 0.743, nominal, 113 / 152],
    ['ordinal', 0.815, ordinalDifference, 108577 / 133160],
    ['interval', 0.849, interval, 951 / 1120],
    ['ratio', 0.797, ratio, 18222619 / 22852465],
  ] as const)('%s: %f, as published', (_name, published, difference, exact) => {
    const { alpha } = krippendorffAlpha(KRIPPENDORFF_2011, difference);
    expect(Number(alpha?.toFixed(3))).toBe(published);
    expect(alpha).toBeCloseTo(exact, 12);
  });
});

describe('the ordinal metric', () => {
  it('counts the values at and between two levels, less half of the two ends', () => {
    const marginals = [
      [0, 2],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 2],
    ] as const;
    // δ²(0, 1) = (2 + 4 − 3)² = 9; δ²(0, 4) = (16 − 2)² = 196; δ²(1, 3) = (12 − 4)² = 64.
    expect(ordinalDifference(0, 1, marginals)).toBe(9);
    expect(ordinalDifference(4, 0, marginals)).toBe(196);
    expect(ordinalDifference(1, 3, marginals)).toBe(64);
    expect(ordinalDifference(2, 2, marginals)).toBe(0);
  });

  it('ignores the numbers on the scale: only ranks and counts matter', () => {
    const spaced = krippendorffAlpha([
      [0, 1],
      [1, 4],
      [4, 4],
      [0, 0],
    ]).alpha;
    const packed = krippendorffAlpha([
      [0, 1],
      [1, 2],
      [2, 2],
      [0, 0],
    ]).alpha;
    expect(spaced).toBeCloseTo(packed ?? NaN, 12);
  });
});

describe('hand-computed cases', () => {
  it.each<[string, ReliabilityData, number | null, number, number]>([
    // Every unit's values equal, and the units differ: D_o = 0, so α = 1.
    ['perfect agreement', [[0, 0, 0], [2, 2, 2], [4, 4, 4], [1, 1, 1]], 1, 4, 12],
    // Two raters, always on opposite sides. Coincidences o_04 = o_40 = o_13 = o_31 = 2; marginals
    // n0 = n1 = n3 = n4 = 2, n = 8. Ordinal δ²: (0,1) = (4 − 2)² = 4, (0,3) 16, (0,4) = (8 − 2)² = 36,
    // (1,3) 4, (1,4) 16, (3,4) 4. Σ o δ² = 2 · (2 · 36 + 2 · 4) = 160; Σ n_c n_k δ² = 2 · 4 · 80 = 640;
    // α = 1 − 7 · 160 / 640 = −0.75.
    ['systematic disagreement', [[0, 4], [4, 0], [1, 3], [3, 1]], -0.75, 4, 8],
    // No unit holds two values: nothing can be compared.
    ['a single rater', [[1], [2], [3], [4], [0]], null, 0, 0],
    ['all missing', [[_, _], [_, _], [_, _]], null, 0, 0],
    ['each unit rated by a different single rater', [[1, _], [_, 2], [3, _]], null, 0, 0],
    // All pairable values equal: D_e = 0 and α = 0/0, undefined.
    ['no variation', [[2, 2], [2, 2, 2], [2, _]], null, 2, 5],
  ])('%s', (_name, data, alpha, units, values) => {
    const result = krippendorffAlpha(data);
    if (alpha === null) expect(result.alpha).toBeNull();
    else expect(result.alpha).toBeCloseTo(alpha, 12);
    expect(result.pairableUnits).toBe(units);
    expect(result.pairableValues).toBe(values);
  });

  it('leaves a unit with a single value out entirely, marginals included', () => {
    const base: ReliabilityData = [
      [0, 1],
      [2, 2],
      [3, 4],
    ];
    expect(krippendorffAlpha([...base, [4, _, _]])).toEqual(krippendorffAlpha(base));
  });

  // With two values the ordinal δ²(0, 1) is (n0 + n1 − (n0 + n1)/2)², so α = 1 − (n − 1) · 2 · o_01 / (2 · n0 · n1).
  it.each<[string, ReliabilityData, number]>([
    // One unit 0, 0, 1, 1: o_01 = 4 pairs × 1/3 = 4/3, n0 = n1 = 2; α = 1 − 3 · (4/3) / 4 = 0.
    ['chance: as much disagreement within the unit as between any two values', [[0, 0, 1, 1]], 0],
    // o_01 = 2, n0 = n1 = 2, n = 4: α = 1 − 3 · 2 / 4 = −0.5.
    ['below chance: every unit split', [[0, 1], [1, 0]], -0.5],
    // o_01 = 2, n0 = n1 = 4, n = 8: α = 1 − 7 · 2 / 16 = 0.125.
    ['half the units split', [[0, 0], [1, 1], [0, 1], [1, 0]], 0.125],
  ])('%s', (_name, data, alpha) => {
    expect(krippendorffAlpha(data).alpha).toBeCloseTo(alpha, 12);
  });
});
