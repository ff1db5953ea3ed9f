import { describe, expect, it } from '@jest/globals';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { flagTargets, packTargets } from '../../src/core/scoring/targets.js';
import { indexPoints } from '../../src/core/scoring/points.js';
import type { Answers, Band, Rubric, Targets } from '../../src/core/types.js';
import { answers, dimension, indicator, rubric, type AnswerSpec } from '../builders.js';

const score = (r: Rubric, a: Answers, t: Targets = packTargets(r)) => scoreAssessment(r, a, t, { version: 'test' });

// The bands of the bundled pack: a gate on the two upper bands.
const bands: Band[] = [
  { min: 0, label: 'Blind', meaning: '' },
  { min: 0.25, label: 'Sensitive', meaning: '' },
  { min: 0.6, label: 'Responsive', meaning: '', gate: { criticalMinLevel: 2 } },
  { min: 0.8, label: 'Transformative', meaning: '', gate: { criticalMinLevel: 3, topLevelShare: 0.25 } },
];

describe('band gates', () => {
  // Weights of 1, 4, 5 and 10: level 4 on a alone is a fifth of the weight, on b alone a quarter.
  const gated = rubric(
    [dimension('d1', [indicator('crit', { critical: true }), indicator('a', { weight: 4 }), indicator('b', { weight: 5 }), indicator('c', { weight: 10 })])],
    { bands },
  );

  it.each<[string, Record<string, AnswerSpec>, number, string, string | null]>([
    ['a critical indicator exactly at the gate reaches the band', { crit: 2, a: 3, b: 2, c: 3 }, 67.5, 'Responsive', null],
    ['a critical indicator one level short caps the band', { crit: 1, a: 3, b: 2, c: 3 }, 66.3, 'Sensitive', 'Responsive'],
    ["a critical don't know counts as level 0", { crit: 'dk', a: 3, b: 2, c: 3 }, 65, 'Sensitive', 'Responsive'],
    ['an unanswered critical indicator counts as level 0', { a: 3, b: 2, c: 3 }, 65, 'Sensitive', 'Responsive'],
    [
      'a critical indicator handled nationally counts as level 0 until a national answer exists',
      { crit: { status: 'not-applicable', naReason: 'handled-nationally', agency: 'National office' }, a: 3, b: 4, c: 4 },
      94.7,
      'Sensitive',
      'Responsive',
    ],
    ['the top band with exactly a quarter of the weight at the top level', { crit: 3, a: 3, b: 4, c: 3 }, 81.3, 'Transformative', null],
    ['the top band with a fifth at the top level stays one below', { crit: 3, a: 4, b: 3, c: 3 }, 80, 'Responsive', 'Transformative'],
    ['a failed lower gate caps a score that would reach the top band', { crit: 1, a: 4, b: 4, c: 4 }, 96.3, 'Sensitive', 'Responsive'],
    ['a gate that fails above the score caps nothing', { crit: 0, a: 2, b: 2, c: 2 }, 47.5, 'Sensitive', null],
  ])('%s', (_name, spec, points, band, blockedBy) => {
    const result = score(gated, answers(spec));
    expect(indexPoints(result.overall.score ?? -1)).toBe(points);
    expect(result.overall.band).toBe(band);
    expect(result.overall.bandCap?.gate ?? null).toBe(blockedBy);
    expect(result.dimensions[0]?.band).toBe(band);
  });

  it('says which indicator holds the band down, at what level and why', () => {
    const result = score(gated, answers({ crit: 'dk', a: 3, b: 2, c: 3 }));
    expect(result.overall.bandCap).toEqual({
      uncapped: 'Responsive',
      gate: 'Responsive',
      failures: [{ kind: 'critical-level', indicator: 'crit', title: 'Indicator crit', level: 0, required: 2, status: 'dont-know' }],
    });
  });

  it('leaves out of the gate a critical indicator whose condition is false', () => {
    const conditional = rubric(
      [dimension('d1', [indicator('runs'), indicator('crit', { critical: true, appliesIf: { indicator: 'runs', minLevel: 1, otherwise: 'not-applicable' } }), indicator('b')])],
      { bands },
    );
    const result = score(conditional, answers({ runs: 0, crit: 0, b: 4 }));
    expect(result.dimensions[0]?.indicators.find((i) => i.id === 'crit')?.applicable).toBe(false);
    expect(result.overall.gates.find((g) => g.band === 'Responsive')?.failures).toEqual([]);
  });

  it('checks every gate, and reports the share at the top level, while the score stays the weighted mean', () => {
    const result = score(gated, answers({ crit: 3, a: 4, b: 3, c: 3 }));
    expect(result.overall.topLevelShare).toBeCloseTo(0.2, 10);
    expect(result.overall.gates).toEqual([
      { band: 'Responsive', failures: [] },
      { band: 'Transformative', failures: [{ kind: 'top-level-share', share: result.overall.topLevelShare, required: 0.25 }] },
    ]);
    expect(result.overall.score).toBeCloseTo(64 / 80, 10);
  });
});

describe('limited scope', () => {
  const scoped = (applicable: number, excluded: number) =>
    score(rubric([dimension('d1', [indicator('in', { weight: applicable }), indicator('out', { weight: excluded })])]), answers({ in: 2, out: 'na' }));

  it.each([
    ['exactly 85% applicable is full scope', 85, 15, false],
    ['84% applicable is limited scope', 84, 16, true],
    ['84.6%, shown as 85%, is read off the figure shown', 84.6, 15.4, false],
    ['84.4%, shown as 84%, is limited scope', 84.4, 15.6, true],
  ])('%s', (_name, applicable, excluded, limited) => {
    const result = scoped(applicable, excluded);
    expect(result.dimensions[0]?.limitedScope).toBe(limited);
    expect(result.overall.limitedScope).toBe(limited);
  });

  it("judges a dimension on its own weight and the index on the rubric's", () => {
    const r = rubric([
      dimension('d1', [indicator('a', { weight: 3 }), indicator('b')]),
      dimension('d2', [indicator('c'), indicator('d'), indicator('e'), indicator('f')], 3),
    ]);
    const result = score(r, answers({ a: 2, b: 'na', c: 2, d: 2, e: 2, f: 2 }));
    expect(result.dimensions.map((d) => d.limitedScope)).toEqual([true, false]);
    expect(result.overall.applicableWeight).toBeCloseTo(15 / 16, 10);
    expect(result.overall.limitedScope).toBe(false);
  });

  it('uses the share the pack sets', () => {
    const r = rubric([dimension('d1', [indicator('in', { weight: 9 }), indicator('out')])], { limitedScopeBelow: 0.95 });
    expect(score(r, answers({ in: 2, out: 'na' })).overall.limitedScope).toBe(true);
  });
});

describe('the range up to the targets', () => {
  const r = rubric([dimension('d1', [indicator('a', { weight: 2 }), indicator('b'), indicator('c')]), dimension('d2', [indicator('d')])]);

  it.each<[string, Record<string, AnswerSpec>, Targets | null, number, number]>([
    ["no don't know: the range is the figure itself", { a: 2, b: 1, c: 3, d: 2 }, null, 50, 50],
    ["a don't know rises to the target", { a: 2, b: 'dk', c: 3, d: 2 }, null, 46.9, 56.3],
    ['an unanswered indicator rises to the target', { a: 2, b: 1, d: 2 }, null, 40.6, 50],
    ['the target in force is the one given', { a: 2, b: 'dk', c: 3, d: 2 }, flagTargets(4), 46.9, 59.4],
    ['a dimension with nothing known rises to its target', { a: 2, b: 1, c: 3, d: 'dk' }, null, 25, 62.5],
  ])('%s', (_name, spec, targets, points, upper) => {
    const result = score(r, answers(spec), targets ?? packTargets(r));
    expect(indexPoints(result.overall.score ?? -1)).toBe(points);
    expect(indexPoints(result.overall.upperScore ?? -1)).toBe(upper);
  });

  it('shows every dimension with its own range', () => {
    const result = score(r, answers({ a: 2, b: 'dk', c: 3, d: 2 }));
    expect(result.dimensions.map((d) => [indexPoints(d.score ?? -1), indexPoints(d.upperScore ?? -1)])).toEqual([
      [43.8, 62.5],
      [50, 50],
    ]);
  });
});

describe('provisional bands', () => {
  const r = rubric([dimension('d1', [indicator('heavy', { weight: 2 }), indicator('x'), indicator('y'), indicator('z')])]);
  const seen = [{ title: 'A document', verification: 'document-seen' as const }];
  const claimed = [{ title: 'A statement', verification: 'claimed' as const }];

  it.each<[string, Record<string, AnswerSpec>, number, boolean]>([
    ['evidence for exactly half the answered weight is enough', { heavy: { value: 2, evidence: seen }, x: 2, y: 2, z: 'dk' }, 0.5, false],
    ['weight counts, not the number of answers', { heavy: { value: 2, evidence: seen }, x: 2, y: { value: 2, evidence: claimed }, z: 2 }, 0.4, true],
    ['a bare claim is no evidence', { heavy: { value: 2, evidence: claimed }, x: 2, y: 2, z: 2 }, 0, true],
    ["don't know is not answered weight", { heavy: 'dk', x: { value: 2, evidence: seen }, y: 2, z: 'na' }, 0.5, false],
  ])('%s', (_name, spec, share, provisional) => {
    const result = score(r, answers(spec));
    expect(result.overall.evidencedWeight).toBeCloseTo(share, 10);
    expect(result.overall.provisional).toBe(provisional);
    expect(result.dimensions[0]?.provisional).toBe(provisional);
  });
});

describe('scores with the excluded indicators at level 0', () => {
  it('puts back every indicator left out, as answered at level 0', () => {
    const r = rubric([dimension('d1', [indicator('a'), indicator('b'), indicator('c', { weight: 2 })]), dimension('d2', [indicator('d'), indicator('e')])]);
    const result = score(r, answers({ a: 4, b: 'na', c: 'na', d: 2, e: 'na' }));
    expect(indexPoints(result.overall.score ?? -1)).toBe(75);
    expect(result.dimensions.map((d) => d.scoreExcludedAtZero)).toEqual([0.25, 0.25]);
    expect(result.overall.scoreExcludedAtZero).toBe(0.25);
  });
});
