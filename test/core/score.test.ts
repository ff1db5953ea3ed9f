import { describe, expect, it } from '@jest/globals';
import { SHORT_PLAN_PER_HORIZON } from '../../src/core/scoring/recommend.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { flagTargets, packTargets } from '../../src/core/scoring/targets.js';
import { bandOf, indexPoints, roundToSum } from '../../src/core/scoring/points.js';
import type { Answers, Rubric, Targets } from '../../src/core/types.js';
import { answers, dimension, indicator, rubric, type AnswerSpec } from '../builders.js';

const score = (r: Rubric, a: Answers, t: Targets = packTargets(r)) => scoreAssessment(r, a, t, { version: 'test' });

const two = rubric([dimension('d1', [indicator('a'), indicator('b', { weight: 3 })]), dimension('d2', [indicator('c'), indicator('d')])]);

describe('scores', () => {
  it.each([
    ['all at level 2', { a: 2, b: 2, c: 2, d: 2 }, 0.5, 0.5, 0.5],
    ['weights within a dimension', { a: 4, b: 0, c: 2, d: 2 }, 0.25, 0.5, 0.375],
    ['not applicable renormalises the rest', { a: 4, b: 'na', c: 2, d: 2 }, 1, 0.5, 0.75],
    ["don't know scores 0", { a: 4, b: 'dk', c: 4, d: 4 }, 0.25, 1, 0.625],
    ['unanswered scores 0', { a: 4, c: 4, d: 4 }, 0.25, 1, 0.625],
  ] as const)('%s', (_name, spec, d1, d2, overall) => {
    const result = score(two, answers(spec));
    expect(result.dimensions[0]?.score).toBeCloseTo(d1, 10);
    expect(result.dimensions[1]?.score).toBeCloseTo(d2, 10);
    expect(result.overall.score).toBeCloseTo(overall, 10);
  });

  it('gives no score (not 0) to a dimension where nothing applies, and leaves it out of the index', () => {
    const result = score(two, answers({ a: 'na', b: 'na', c: 4, d: 2 }));
    expect(result.dimensions[0]?.score).toBeNull();
    expect(result.dimensions[0]?.band).toBeNull();
    expect(result.dimensions[0]?.normalisedWeight).toBe(0);
    expect(result.dimensions[0]?.applicableWeight).toBe(0);
    expect(result.overall.score).toBeCloseTo(0.75, 10);
    expect(result.overall.applicableWeight).toBeCloseTo(0.5, 10);
  });

  it('gives the index no score when nothing at all applies', () => {
    const result = score(two, answers({ a: 'na', b: 'na', c: 'na', d: 'na' }));
    expect(result.overall.score).toBeNull();
    expect(result.overall.band).toBeNull();
    expect(result.coverage.answeredShare).toBe(1);
  });

  it('weights dimensions', () => {
    const r = rubric([dimension('d1', [indicator('a')], 3), dimension('d2', [indicator('b')], 1)]);
    expect(score(r, answers({ a: 4, b: 0 })).overall.score).toBeCloseTo(0.75, 10);
  });

  it('reports the applicable share of weight and the way to target', () => {
    const result = score(two, answers({ a: 3, b: 'na', c: 3, d: 0 }));
    const d1 = result.dimensions[0];
    expect(d1?.applicableWeight).toBeCloseTo(0.25, 10);
    expect(d1?.targetScore).toBeCloseTo(0.75, 10);
    expect(d1?.toTarget).toBe(1);
    expect(result.dimensions[1]?.toTarget).toBeCloseTo(0.5, 10);
  });

  it('caps the way to target at 1 when the score is above target', () => {
    const result = score(two, answers({ a: 4, b: 4, c: 4, d: 4 }));
    expect(result.overall.score).toBe(1);
    expect(result.overall.targetScore).toBeCloseTo(0.75, 10);
    expect(result.overall.toTarget).toBe(1);
    expect(result.dimensions.map((d) => d.toTarget)).toEqual([1, 1]);
  });
});

describe('types', () => {
  const typed = rubric([
    dimension('d1', [
      indicator('yn', { type: 'yes-no', yesLevel: 3, noLevel: 0 }),
      indicator('ch', {
        type: 'choice',
        options: [
          { id: 'none', label: 'None', level: 0 },
          { id: 'some', label: 'Some', level: 2 },
        ],
      }),
      indicator('cl', {
        type: 'checklist',
        items: [
          { id: 'i1', label: 'One', weight: 1 },
          { id: 'i2', label: 'Two', weight: 1 },
          { id: 'i3', label: 'Three', weight: 1 },
          { id: 'i4', label: 'Four', weight: 1 },
        ],
      }),
      indicator('pc', { type: 'percent', thresholds: [{ min: 0, level: 0 }, { min: 20, level: 1 }, { min: 40, level: 2 }, { min: 60, level: 3 }, { min: 80, level: 4 }] }),
      indicator('lower', { type: 'number', unit: '% of income', thresholds: [{ min: 0, level: 4 }, { min: 2, level: 3 }, { min: 5, level: 1 }, { min: 10, level: 0 }] }),
    ]),
  ]);
  const levelOfAnswer = (id: string, value: number | string | string[]) =>
    score(typed, answers({ [id]: value })).dimensions[0]?.indicators.find((i) => i.id === id)?.level;

  it.each([
    ['yn', 'yes', 3],
    ['yn', 'no', 0],
    ['ch', 'some', 2],
    ['cl', ['i1', 'i2', 'i3'], 3],
    ['cl', ['i1'], 1],
    ['cl', [], 0],
    ['cl', ['i1', 'i2', 'i3', 'i4'], 4],
    ['pc', 19.9, 0],
    ['pc', 40, 2],
    ['pc', 100, 4],
    ['lower', 1.5, 4],
    ['lower', 2, 3],
    ['lower', 7, 1],
    ['lower', 25, 0],
  ] as const)('%s answered %j reaches level %i', (id, value, expected) => {
    expect(levelOfAnswer(id, value as number | string | string[])).toBe(expected);
  });

  const checklistLevel = (weights: Record<string, number>, checked: string[]) => {
    const items = Object.entries(weights).map(([id, weight]) => ({ id, label: id, weight }));
    const r = rubric([dimension('d1', [indicator('cl', { type: 'checklist', items })])]);
    return score(r, answers({ cl: checked })).dimensions[0]?.indicators[0]?.level;
  };

  const tenths = Object.fromEntries(Array.from({ length: 14 }, (_, k) => [`t${k}`, 0.1]));

  it.each([
    [{ big: 3, small: 1 }, ['big'], 3],
    [{ big: 3, small: 1 }, ['small'], 1],
    // 0.3 is half of 0.1 + 0.2 + 0.3, yet in floating point 0.3 / 0.6000000000000001 × 4 = 1.9999999999999996.
    [{ tenth: 0.1, fifth: 0.2, half: 0.3 }, ['half'], 2],
    [{ tenth: 0.1, fifth: 0.2, half: 0.3 }, ['tenth', 'fifth'], 2],
    // Seven tenths add up to 0.7000000000000001 of 1.4000000000000001: exactly half, so level 2.
    [tenths, Object.keys(tenths).slice(0, 7), 2],
    [tenths, Object.keys(tenths).slice(0, 6), 1],
  ])('weights checklist items %j: %j checked reaches level %i', (weights, checked, level) => {
    expect(checklistLevel(weights, checked)).toBe(level);
  });

  const required = rubric([
    dimension('d1', [
      indicator('cl', {
        type: 'checklist',
        items: ['list', 'info', 'apply', 'track', 'deliver', 'portal', 'reuse', 'extra'].map((id) => ({ id, label: id, weight: 1 })),
        requires: [
          { level: 2, items: ['apply'] },
          { level: 3, items: ['track', 'deliver'] },
        ],
      }),
    ]),
  ]);
  const requiredLevel = (checked: string[]) => score(required, answers({ cl: checked })).dimensions[0]?.indicators[0]?.level;

  it.each([
    ['a share for level 3 with every required item', ['list', 'info', 'apply', 'track', 'deliver', 'portal'], 3],
    ['a share for level 3 without an item level 3 requires', ['list', 'info', 'apply', 'track', 'portal', 'reuse'], 2],
    ['a share for level 3 without the item level 2 requires', ['list', 'info', 'track', 'deliver', 'portal', 'reuse'], 1],
    ['the items level 3 requires without its share', ['apply', 'track', 'deliver'], 1],
    ['every item', ['list', 'info', 'apply', 'track', 'deliver', 'portal', 'reuse', 'extra'], 4],
  ])('%s', (_name, checked, level) => {
    expect(requiredLevel(checked)).toBe(level);
  });
});

describe('conditions (applies_if)', () => {
  const conditional = rubric([
    dimension('d1', [
      indicator('consult'),
      indicator('moderation', { appliesIf: { indicator: 'consult', minLevel: 1, otherwise: 'not-applicable' } }),
      indicator('pays', { type: 'yes-no', yesLevel: 3, noLevel: 0 }),
      indicator('own-accounts', { appliesIf: { indicator: 'pays', answerIn: ['yes'], otherwise: 'not-applicable' } }),
      indicator('chained', { appliesIf: { indicator: 'own-accounts', minLevel: 0, otherwise: 'not-applicable' } }),
    ]),
  ]);

  it('leaves out an indicator whose condition is false, and says why', () => {
    const result = score(conditional, answers({ consult: 0, moderation: 3, pays: 'no' }));
    const byId = new Map(result.dimensions[0]?.indicators.map((i) => [i.id, i]));
    expect(byId.get('moderation')?.applicable).toBe(false);
    expect(byId.get('moderation')?.exclusion).toEqual({
      kind: 'condition',
      indicator: 'consult',
      explanation: 'applies only when "Indicator consult" is at level 1 or above; it is at level 0',
      because: { title: 'Indicator consult', asks: { minLevel: 1 }, found: { kind: 'level', level: 0 }, otherwise: null },
    });
    expect(byId.get('own-accounts')?.exclusion).toMatchObject({
      explanation: 'applies only when "Indicator pays" is answered Yes; it was answered No',
      because: { asks: { answerIn: [{ type: 'yes-no', yes: true }] }, found: { kind: 'answer', answer: { type: 'yes-no', yes: false } }, otherwise: null },
    });
    expect(byId.get('chained')?.exclusion).toMatchObject({
      explanation: 'applies only where "Indicator own-accounts" applies, and it does not',
      because: { found: { kind: 'not-applicable' }, otherwise: null },
    });
    expect(result.coverage.notApplicable).toBe(3);
  });

  it('keeps an indicator whose condition is met at exactly its minimum level', () => {
    const result = score(conditional, answers({ consult: 1, moderation: 3, pays: 'yes' }));
    const moderation = result.dimensions[0]?.indicators.find((i) => i.id === 'moderation');
    expect(moderation?.applicable).toBe(true);
    expect(moderation?.exclusion).toBeNull();
    expect(moderation?.level).toBe(3);
  });

  it("keeps the indicator when the condition's answer is unknown", () => {
    const result = score(conditional, answers({ consult: 'dk', pays: 'yes' }));
    expect(result.dimensions[0]?.indicators.every((i) => i.applicable)).toBe(true);
  });

  // As in the bundled pack: a ministry that holds no consultations should still be asked to, so
  // the two questions about them score 0 instead of dropping out.
  const consulting = rubric([
    dimension('d1', [
      indicator('consult'),
      indicator('feedback', { appliesIf: { indicator: 'consult', minLevel: 1, otherwise: 0 } }),
      indicator('spaces', { appliesIf: { indicator: 'consult', minLevel: 1, otherwise: 0 } }),
      indicator('follow-up', { appliesIf: { indicator: 'feedback', minLevel: 2, otherwise: 'not-applicable' } }),
      indicator('other'),
    ]),
  ]);
  const byId = (spec: Record<string, AnswerSpec>) => new Map(score(consulting, answers(spec)).dimensions[0]?.indicators.map((i) => [i.id, i]));

  it.each<[string, Record<string, AnswerSpec>, Record<string, number | null>]>([
    ['a false condition with a level scores that level', { consult: 0, other: 2 }, { feedback: 0, spaces: 0, 'follow-up': null }],
    ['a false condition overrides the answer given', { consult: 0, feedback: 3, spaces: 'na', other: 2 }, { feedback: 0, spaces: 0, 'follow-up': null }],
    ['a met condition scores the answer', { consult: 1, feedback: 3, spaces: 'dk', 'follow-up': 2, other: 2 }, { feedback: 3, spaces: 0, 'follow-up': 2 }],
  ])('%s', (_name, spec, levels) => {
    const found = byId(spec);
    for (const [id, level] of Object.entries(levels)) {
      expect(found.get(id)?.level).toBe(level);
      expect(found.get(id)?.applicable).toBe(level !== null);
    }
  });

  it('says which condition set the level, and counts it as known', () => {
    const result = score(consulting, answers({ consult: 0, other: 2 }));
    const feedback = result.dimensions[0]?.indicators.find((i) => i.id === 'feedback');
    expect(feedback?.exclusion).toBeNull();
    expect(feedback?.levelSetBy).toEqual({
      indicator: 'consult',
      explanation: 'applies only when "Indicator consult" is at level 1 or above; it is at level 0, so it scores level 0',
      because: { title: 'Indicator consult', asks: { minLevel: 1 }, found: { kind: 'level', level: 0 }, otherwise: 0 },
    });
    expect(result.coverage).toMatchObject({ applicable: 4, answered: 4, setByCondition: 2, unanswered: 0, notApplicable: 1 });
    expect(result.overall.upperScore).toBe(result.overall.score);
    expect(result.gaps.find((g) => g.indicator === 'feedback')?.dataGap).toBe(false);
  });

  it('no longer scores a ministry that does not consult above one that consults badly', () => {
    const none = score(consulting, answers({ consult: 0, other: 2 })).overall.score ?? 1;
    const badly = score(consulting, answers({ consult: 1, feedback: 1, spaces: 1, other: 2 })).overall.score ?? 0;
    expect(none).toBeLessThan(badly);
  });
});

describe('targets, gaps and recommendations', () => {
  const r = rubric([
    dimension('d1', [indicator('a'), indicator('b', { weight: 2 }), indicator('crit', { critical: true })], 1),
    dimension('d2', [indicator('c')], 2),
  ]);

  it('orders gaps: critical first, then weight × gap × dimension weight, then the index points at stake', () => {
    const result = score(r, answers({ a: 1, b: 2, crit: 2, c: 2 }));
    // a, b and c tie on priority 2; c alone carries two thirds of the index, so reaching target gains most.
    expect(result.gaps.map((g) => [g.indicator, g.priority])).toEqual([
      ['crit', 1],
      ['c', 2],
      ['a', 2],
      ['b', 2],
    ]);
    expect(result.gaps.map((g) => g.rank)).toEqual([1, 2, 3, 4]);
  });

  it('uses --target for every indicator', () => {
    const result = score(r, answers({ a: 3, b: 3, crit: 3, c: 3 }), flagTargets(4));
    expect(result.gaps).toHaveLength(4);
    expect(result.gaps.every((g) => g.gap === 1)).toBe(true);
  });

  it('uses per-dimension and per-indicator targets from a file', () => {
    const targets: Targets = { source: 'file', default: 2, dimensions: { d2: 4 }, indicators: { a: 3 } };
    const result = score(r, answers({ a: 2, b: 2, crit: 2, c: 2 }), targets);
    expect(result.gaps.map((g) => [g.indicator, g.target])).toEqual([
      ['c', 4],
      ['a', 3],
    ]);
  });

  it('offers the recommendations that apply below their level, by horizon, each horizon in priority order', () => {
    const result = score(r, answers({ a: 2, b: 3, crit: 3, c: 3 }), flagTargets(4));
    // a is at 2: both of its recommendations apply (below 3 and below 4); the others only the deep one.
    // The quick win opens the plan; the structural changes follow, critical first, then the gaps in rank order.
    expect(result.recommendations.map((x) => x.id)).toEqual(['a-quick', 'crit-deep', 'c-deep', 'a-deep', 'b-deep']);
    expect(result.recommendations.map((x) => x.action)).toEqual([1, 2, 3, 4, 5]);
  });

  it('numbers the plan in reading order: the short plan by horizon, then the rest by horizon', () => {
    // Fourteen gaps, each with a quick win and a structural change: ten of each make the short plan.
    const many = rubric([dimension('d1', Array.from({ length: 14 }, (_, k) => indicator(`i${String(k).padStart(2, '0')}`)))]);
    const result = score(many, answers({}), flagTargets(3));
    const plan = result.recommendations;
    expect(plan.map((x) => x.action)).toEqual(plan.map((_, k) => k + 1));
    expect(new Set(plan.map((x) => x.id)).size).toBe(plan.length);
    const parts = plan.map((x) => `${x.inShortPlan ? 'short' : 'rest'} ${x.horizon}`);
    expect(parts).toEqual([
      ...Array<string>(SHORT_PLAN_PER_HORIZON).fill('short quick-win'),
      ...Array<string>(SHORT_PLAN_PER_HORIZON).fill('short structural'),
      ...Array<string>(4).fill('rest quick-win'),
      ...Array<string>(4).fill('rest structural'),
    ]);
    // Within each part and horizon the gaps keep their priority order.
    const ranks = (part: boolean, horizon: string) => plan.filter((x) => x.inShortPlan === part && x.horizon === horizon).map((x) => x.gapRank);
    for (const part of [true, false]) for (const h of ['quick-win', 'structural']) expect(ranks(part, h)).toEqual([...ranks(part, h)].sort((x, y) => x - y));
  });

  it('carries a recommendation\'s success measure, or null where the pack gives none', () => {
    const withMeasure = indicator('m', {
      recommendations: [{ id: 'm-quick', text: 'Do it', below: 3, effort: 'low', horizon: 'quick-win', owner: 'Unit', successMeasure: 'A signed decree', sources: [] }],
    });
    const result = score(rubric([dimension('d1', [withMeasure, indicator('n')])]), answers({ m: 1, n: 1 }));
    expect(result.recommendations.map((x) => [x.id, x.successMeasure])).toEqual([
      ['m-quick', 'A signed decree'],
      ['n-quick', null],
      ['n-deep', null],
    ]);
  });

  it('marks don\'t know and unanswered gaps as data gaps', () => {
    const result = score(r, answers({ a: 'dk', b: 3, crit: 3 }));
    expect(result.gaps.filter((g) => g.dataGap).map((g) => g.indicator)).toEqual(['c', 'a']);
  });
});

describe('explanations', () => {
  const r = rubric([
    dimension('d1', [indicator('a', { weight: 2 }), indicator('b'), indicator('c', { weight: 1.5 })], 2),
    dimension('d2', [indicator('d'), indicator('e')], 1),
    dimension('d3', [indicator('f')], 1.5),
  ]);
  const a = answers({ a: 1, b: 'na', c: 3, d: 2, e: 'dk', f: 4 });
  const result = score(r, a);

  it('has indicator contributions that add up to the dimension score', () => {
    for (const d of result.dimensions) {
      const sum = d.indicators.reduce((s, i) => s + i.contribution, 0);
      expect(sum).toBeCloseTo(100 * (d.score ?? 0), 9);
      const shown = roundToSum(d.indicators.filter((i) => i.applicable).map((i) => i.contribution));
      expect(Math.round(shown.reduce((s, x) => s + x, 0) * 10) / 10).toBe(indexPoints(d.score ?? 0));
    }
  });

  it('has dimension contributions that add up to the overall index', () => {
    const sum = result.dimensions.reduce((s, d) => s + d.contribution, 0);
    expect(sum).toBeCloseTo(100 * (result.overall.score ?? 0), 9);
    const shown = roundToSum(result.dimensions.map((d) => d.contribution));
    expect(Math.round(shown.reduce((s, x) => s + x, 0) * 10) / 10).toBe(indexPoints(result.overall.score ?? 0));
  });

  it.each([
    ['a', 2, 'gainNext'],
    ['a', 3, 'gainToTarget'],
    ['e', 1, 'gainNext'],
    ['d', 3, 'gainToTarget'],
  ] as const)('states the gain of moving %s to level %i, checked by scoring again', (id, newLevel, field) => {
    const indicatorResult = result.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id);
    const spec: Record<string, number | 'na' | 'dk'> = { a: 1, b: 'na', c: 3, d: 2, e: 'dk', f: 4, [id]: newLevel };
    const rescored = score(r, answers(spec));
    const gain = 100 * ((rescored.overall.score ?? 0) - (result.overall.score ?? 0));
    expect(indicatorResult?.[field]).toBeCloseTo(gain, 9);
  });
});

describe('coverage', () => {
  it('counts evidence only beyond a bare claim', () => {
    const r = rubric([dimension('d1', [indicator('a'), indicator('b'), indicator('c'), indicator('d')])]);
    const result = score(
      r,
      answers({
        a: { value: 2, evidence: [{ title: 'Claimed', verification: 'claimed' }] },
        b: { value: 2, evidence: [{ title: 'Seen', verification: 'document-seen' }] },
        c: 'dk',
        d: 'na',
      }),
    );
    expect(result.coverage).toMatchObject({ indicators: 4, applicable: 3, answered: 2, dontKnow: 1, notApplicable: 1, evidenced: 1 });
    expect(result.coverage.answeredShare).toBeCloseTo(2 / 3, 10);
    expect(result.coverage.evidenceShare).toBeCloseTo(0.5, 10);
  });
});

describe('bands and rounding', () => {
  const bands = rubric([]).bands;
  it.each([
    [0, 'Gender-blind'],
    [0.2444, 'Gender-blind'],
    [0.2449, 'Gender-blind'],
    [0.2496, 'Emerging'],
    [0.25, 'Emerging'],
    [0.4999, 'Gender-responsive'],
    [0.75, 'Transformative'],
    [1, 'Transformative'],
  ])('score %f is in band %s', (s, label) => {
    expect(bandOf(bands, s)?.label).toBe(label);
  });

  it.each([
    [1 / 3, 33.3],
    [2 / 3, 66.7],
    [0.12345, 12.3],
    [0.12351, 12.4],
  ])('shows %f as %f index points', (s, points) => {
    expect(indexPoints(s)).toBe(points);
  });

  it('rounds a breakdown so that it adds up to the rounded total', () => {
    const values = [100 / 3, 100 / 3, 100 / 3];
    expect(roundToSum(values)).toEqual([33.4, 33.3, 33.3]);
    expect(roundToSum([10.04, 10.04, 10.04])).toEqual([10.1, 10, 10]);
  });
});

describe('roundToSum', () => {
  it.each([
    [[33.333, 33.333, 33.334], 1, [33.3, 33.3, 33.4]],
    [[10.05, 10.05, 10.05, 9.85], 1, [10.1, 10.1, 10, 9.8]],
    [[2.5, 2.5, 0], 0, [3, 2, 0]],
    [[0, 0, 0], 1, [0, 0, 0]],
    [[8.6956, 2.1739, 6.5217, 0, 0, 4.3478, 4.3478, 6.5217, 0], 1, [8.7, 2.2, 6.5, 0, 0, 4.4, 4.3, 6.5, 0]],
  ])('rounds %j to %i decimals as %j', (values, decimals, expected) => {
    const rounded = roundToSum(values, decimals);
    expect(rounded).toEqual(expected);
    const total = values.reduce((s, v) => s + v, 0);
    expect(rounded.reduce((s, v) => s + v, 0).toFixed(decimals)).toBe(total.toFixed(decimals));
  });
});
