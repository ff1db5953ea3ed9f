import { describe, expect, it } from '@jest/globals';
import {
  alphaVerdict,
  kappaBand,
  measureAgreement,
  MAX_PAIRWISE_GROUPS,
  MIN_PAIRED_INDICATORS,
  type MinistryAgreement,
} from '../../src/core/aggregate/agreement.js';
import { scoreRecord, type AssessmentRecord } from '../../src/core/aggregate/assessment-record.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import type { Rubric } from '../../src/core/types.js';
import { answers, dimension, indicator, rubric, type AnswerSpec } from '../builders.js';

const ids = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, k) => `${prefix}${k + 1}`);

/** A group's assessment, scored as gret scores it and reduced to the record aggregate reads. */
function record(pack: Rubric, group: string, spec: Record<string, AnswerSpec>, ministry = 'Ministry'): AssessmentRecord {
  const a = answers(spec);
  return scoreRecord(pack, { ...a, meta: { ...a.meta, ministry, group } }, packTargets(pack), `${group}.yaml`, group);
}

function only(pack: Rubric, records: readonly AssessmentRecord[]): MinistryAgreement {
  const [m, ...rest] = measureAgreement(pack, records).ministries;
  if (m === undefined || rest.length > 0) throw new Error('expected exactly one ministry');
  return m;
}

/** Every indicator at the given level, or as the given status. */
const all = (list: readonly string[], spec: AnswerSpec): Record<string, AnswerSpec> => Object.fromEntries(list.map((id) => [id, spec]));

describe('the agreement example in docs/method.md', () => {
  // If a figure here changes, change the page too. Six indicators, three groups; C does not know i3, and i6 is not applicable for B.
  const pack = rubric([dimension('institutions', ids('i', 6).map((id) => indicator(id)))]);
  const levels: Record<string, [AnswerSpec, AnswerSpec, AnswerSpec]> = {
    i1: [2, 2, 3],
    i2: [1, 1, 1],
    i3: [3, 3, 'dk'],
    i4: [0, 1, 0],
    i5: [4, 3, 4],
    i6: [2, 'na', 2],
  };
  const group = (k: number): Record<string, AnswerSpec> => Object.fromEntries(Object.entries(levels).map(([id, v]) => [id, v[k] ?? 'dk']));
  const m = only(pack, [record(pack, 'A', group(0)), record(pack, 'B', group(1)), record(pack, 'C', group(2))]);

  it('gives alpha 779/864 = 0.902 over 6 indicators and 16 levels: reliable', () => {
    expect(m.all).toMatchObject({ verdict: 'reliable', indicators: 6, values: 16 });
    expect(m.all.alpha).toBeCloseTo(779 / 864, 12);
    expect(m.dimensions).toEqual([{ id: 'institutions', ...m.all }]);
  });

  it('gives kappa for A–B and A–C, and too few answers for B–C', () => {
    expect(m.pairs?.map((p) => [p.groups, p.all.verdict, p.all.indicators])).toEqual([
      [['A', 'B'], 'almost-perfect', 5],
      [['A', 'C'], 'almost-perfect', 5],
      [['B', 'C'], 'too-few', 4],
    ]);
    expect(m.pairs?.[0]?.all.kappa).toBeCloseTo(6 / 7, 12);
    expect(m.pairs?.[1]?.all.kappa).toBeCloseTo(18 / 19, 12);
    expect(m.pairs?.[2]?.all.kappa).toBeNull();
  });
});

describe('what counts as a value', () => {
  const list = ids('i', 5);
  const pack = rubric([dimension('d', list.map((id) => indicator(id)))]);

  // A answers every indicator; B leaves i1 out in each way. Were the missing answer counted as
  // level 0 it would pair with A's 0 and i1 would count.
  it.each<[string, AnswerSpec | undefined]>([
    ["don't know", 'dk'],
    ['not applicable', 'na'],
    ['unanswered', undefined],
  ])('%s is a missing value, not level 0', (_name, missing) => {
    const b: Record<string, AnswerSpec> = { i2: 1, i3: 2, i4: 3, i5: 4 };
    if (missing !== undefined) b['i1'] = missing;
    const m = only(pack, [record(pack, 'A', { i1: 0, i2: 1, i3: 2, i4: 3, i5: 4 }), record(pack, 'B', b)]);
    expect(m.all.indicators).toBe(4);
    expect(m.all.verdict).toBe('too-few');
    expect(m.pairs?.[0]?.all).toEqual({ kappa: null, verdict: 'too-few', indicators: 4 });
  });

  it('uses the level the scoring derives from a typed answer', () => {
    const typed = rubric([
      dimension('d', [
        indicator('yn', { type: 'yes-no', yesLevel: 4, noLevel: 0 }),
        indicator('share', { type: 'percent', thresholds: [{ min: 0, level: 0 }, { min: 50, level: 3 }] }),
        ...ids('i', 3).map((id) => indicator(id)),
      ]),
    ]);
    const m = only(typed, [
      record(typed, 'A', { yn: 'yes', share: 60, i1: 1, i2: 2, i3: 0 }),
      record(typed, 'B', { yn: 'yes', share: 55, i1: 1, i2: 2, i3: 0 }),
    ]);
    // Levels 4, 3, 1, 2, 0 on both sides: 60% and 55% are both level 3, so the groups agree exactly.
    expect(m.all).toEqual({ alpha: 1, verdict: 'reliable', indicators: 5, values: 10 });
    expect(m.pairs?.[0]?.all).toEqual({ kappa: 1, verdict: 'almost-perfect', indicators: 5 });
  });
});

describe('when there is too little to measure', () => {
  it.each([
    [MIN_PAIRED_INDICATORS - 1, 'too-few'],
    [MIN_PAIRED_INDICATORS, 'reliable'],
  ] as const)('%i indicators rated by both groups: %s', (count, verdict) => {
    const list = ids('i', count);
    const pack = rubric([dimension('d', list.map((id) => indicator(id)))]);
    const levels = (shift: number) => Object.fromEntries(list.map((id, k) => [id, (k + shift) % 5]));
    const m = only(pack, [record(pack, 'A', levels(0)), record(pack, 'B', levels(0))]);
    expect(m.all.verdict).toBe(verdict);
    expect(m.all.alpha).toBe(verdict === 'too-few' ? null : 1);
    expect(m.pairs?.[0]?.all.verdict).toBe(verdict === 'too-few' ? 'too-few' : 'almost-perfect');
  });

  it('gives no number when every group gives every indicator the same level', () => {
    const list = ids('i', 6);
    const pack = rubric([dimension('d', list.map((id) => indicator(id)))]);
    const m = only(pack, [record(pack, 'A', all(list, 2)), record(pack, 'B', all(list, 2)), record(pack, 'C', all(list, 2))]);
    expect(m.all).toEqual({ alpha: null, verdict: 'no-variation', indicators: 6, values: 18 });
    expect(m.pairs?.every((p) => p.all.kappa === null && p.all.verdict === 'no-variation')).toBe(true);
  });

  it('measures nothing for a ministry assessed once, or with nothing answered', () => {
    const list = ids('i', 5);
    const pack = rubric([dimension('d', list.map((id) => indicator(id)))]);
    expect(measureAgreement(pack, [record(pack, 'A', all(list, 1), 'One'), record(pack, 'B', all(list, 1), 'Other')]).ministries).toEqual([]);
    const m = only(pack, [record(pack, 'A', {}), record(pack, 'B', all(list, 'dk'))]);
    expect(m.all).toEqual({ alpha: null, verdict: 'too-few', indicators: 0, values: 0 });
  });
});

describe('scopes and pairs', () => {
  it('measures each dimension on its own indicators', () => {
    const pack = rubric([dimension('same', ids('s', 5).map((id) => indicator(id))), dimension('opposite', ids('o', 5).map((id) => indicator(id)))]);
    const a = { ...Object.fromEntries(ids('s', 5).map((id, k) => [id, k % 5])), ...Object.fromEntries(ids('o', 5).map((id, k) => [id, k])) };
    const b = { ...Object.fromEntries(ids('s', 5).map((id, k) => [id, k % 5])), ...Object.fromEntries(ids('o', 5).map((id, k) => [id, 4 - k])) };
    const m = only(pack, [record(pack, 'A', a), record(pack, 'B', b)]);
    expect(m.dimensions.map((d) => [d.id, d.verdict])).toEqual([
      ['same', 'reliable'],
      ['opposite', 'unreliable'],
    ]);
    expect(m.pairs?.[0]?.dimensions.map((d) => [d.id, d.kappa])).toEqual([
      ['same', 1],
      ['opposite', -1],
    ]);
    expect(m.all.indicators).toBe(10);
  });

  it.each([
    [MAX_PAIRWISE_GROUPS, (MAX_PAIRWISE_GROUPS * (MAX_PAIRWISE_GROUPS - 1)) / 2],
    [MAX_PAIRWISE_GROUPS + 1, null],
  ])('with %i groups gives %s pairs; alpha covers them all', (count, pairs) => {
    const list = ids('i', 5);
    const pack = rubric([dimension('d', list.map((id) => indicator(id)))]);
    const m = only(
      pack,
      ids('G', count).map((g, k) => record(pack, g, Object.fromEntries(list.map((id, j) => [id, (j + (k % 2)) % 5])))),
    );
    expect(m.pairs === null ? null : m.pairs.length).toBe(pairs);
    expect(m.all.values).toBe(5 * count);
    expect(m.all.alpha).not.toBeNull();
  });
});

describe('reading the figures', () => {
  // Alpha is read at the three decimals shown, against Krippendorff's .800 and .667.
  it.each([
    [1, 'reliable'],
    [0.8, 'reliable'],
    [0.7995, 'reliable'],
    [0.7994, 'tentative'],
    [0.667, 'tentative'],
    [0.6665, 'tentative'],
    [0.6664, 'unreliable'],
    [0, 'unreliable'],
    [-0.5, 'unreliable'],
  ] as const)('alpha %f is %s', (alpha, verdict) => {
    expect(alphaVerdict(alpha)).toBe(verdict);
  });

  // Kappa is read at the two decimals shown, against the Landis & Koch bands.
  it.each([
    [-0.01, 'poor'],
    [-0.004, 'slight'],
    [0, 'slight'],
    [0.2, 'slight'],
    [0.204, 'slight'],
    [0.205, 'fair'],
    [0.4, 'fair'],
    [0.41, 'moderate'],
    [0.6, 'moderate'],
    [0.61, 'substantial'],
    [0.8, 'substantial'],
    [0.805, 'almost-perfect'],
    [1, 'almost-perfect'],
  ] as const)('kappa %f is %s', (kappa, band) => {
    expect(kappaBand(kappa)).toBe(band);
  });
});
