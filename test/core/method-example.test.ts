import { describe, expect, it } from '@jest/globals';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { indexPoints, wholePercent } from '../../src/core/scoring/points.js';
import type { Band, Evidence } from '../../src/core/types.js';
import { answers, dimension, indicator, rubric, type AnswerSpec } from '../builders.js';

// The worked example of docs/method.md. If a figure here changes, change the page too.
const bands: Band[] = [
  { min: 0, label: 'Gender-blind', meaning: '' },
  { min: 0.25, label: 'Gender-sensitive', meaning: '' },
  { min: 0.6, label: 'Gender-responsive', meaning: '', gate: { criticalMinLevel: 2 } },
  { min: 0.8, label: 'Gender-transformative', meaning: '', gate: { criticalMinLevel: 3, topLevelShare: 0.25 } },
];
const example = rubric(
  [
    dimension('institutions', [indicator('strategy', { weight: 2, critical: true }), indicator('service-data'), indicator('budget')]),
    dimension('services', [indicator('online-services', { weight: 2 }), indicator('helpline', { critical: true }), indicator('assisted-access', { weight: 2 })]),
  ],
  { bands, limitedScopeBelow: 0.85 },
);
const seen: Evidence[] = [{ title: 'A document', verification: 'document-seen' }];
const claimed: Evidence[] = [{ title: 'A statement', verification: 'claimed' }];
const spec: Record<string, AnswerSpec> = {
  strategy: { value: 2, evidence: seen },
  'service-data': 'dk',
  budget: 'na',
  'online-services': { value: 3, evidence: claimed },
  helpline: { value: 1, evidence: seen },
  'assisted-access': 4,
};
const score = (s: Record<string, AnswerSpec>) => scoreAssessment(example, answers(s), packTargets(example), { version: 'docs' });
const result = score(spec);
const [institutions, services] = result.dimensions;
const find = (id: string) => result.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id);
const points = (x: number | null | undefined) => indexPoints(x ?? -1);

describe('the worked example in docs/method.md', () => {
  it('scores the dimensions and the index', () => {
    expect(points(institutions?.score)).toBe(33.3);
    expect(points(services?.score)).toBe(75);
    expect(points(result.overall.score)).toBe(54.2);
  });

  it('gives the institutions dimension its figures and marks it limited scope', () => {
    expect(institutions?.applicableWeight).toBe(0.75);
    expect(institutions?.limitedScope).toBe(true);
    expect(institutions?.band).toBe('Gender-sensitive');
    expect(points(institutions?.targetScore)).toBe(75);
    expect(Math.round((institutions?.toTarget ?? -1) * 100)).toBe(44);
    expect(points(institutions?.upperScore)).toBe(58.3);
    expect(points(institutions?.scoreExcludedAtZero)).toBe(25);
  });

  it('caps the services band at its critical gate, and marks it provisional', () => {
    expect(services?.band).toBe('Gender-sensitive');
    expect(services?.bandCap).toEqual({
      uncapped: 'Gender-responsive',
      gate: 'Gender-responsive',
      failures: [{ kind: 'critical-level', indicator: 'helpline', title: 'Indicator helpline', level: 1, required: 2, status: 'answered' }],
    });
    expect(wholePercent(services?.evidencedWeight ?? -1)).toBe(20);
    expect(services?.provisional).toBe(true);
    expect(services?.upperScore).toBe(services?.score);
  });

  it('bands the index without a cap, with its range, scope and evidence', () => {
    expect(result.overall.band).toBe('Gender-sensitive');
    expect(result.overall.bandCap).toBeNull();
    expect(result.overall.gates.find((g) => g.band === 'Gender-responsive')?.failures.map((f) => f.kind === 'critical-level' && f.indicator)).toEqual(['helpline']);
    expect(wholePercent(result.overall.applicableWeight)).toBe(88);
    expect(result.overall.limitedScope).toBe(false);
    expect(points(result.overall.upperScore)).toBe(66.7);
    expect(points(result.overall.scoreExcludedAtZero)).toBe(50);
    expect(wholePercent(result.overall.evidencedWeight)).toBe(52);
    expect(result.overall.provisional).toBe(false);
    expect(wholePercent(result.overall.topLevelShare)).toBe(20);
  });

  it('breaks the scores down into contributions', () => {
    expect(points((find('strategy')?.contribution ?? -1) / 100)).toBe(33.3);
    expect(find('service-data')?.contribution).toBe(0);
    expect(find('online-services')?.contribution).toBeCloseTo(30, 10);
    expect(find('helpline')?.contribution).toBeCloseTo(5, 10);
    expect(find('assisted-access')?.contribution).toBeCloseTo(40, 10);
    expect(points((institutions?.contribution ?? -1) / 100)).toBe(16.7);
    expect(services?.contribution).toBeCloseTo(37.5, 10);
  });

  it('ranks the gaps and states the gains', () => {
    expect(result.gaps.map((g) => [g.indicator, g.priority, g.critical])).toEqual([
      ['strategy', 2, true],
      ['helpline', 2, true],
      ['service-data', 3, false],
    ]);
    expect(find('strategy')?.gainToTarget).toBeCloseTo(100 / 12, 10);
    expect(find('helpline')?.gainToTarget).toBeCloseTo(5, 10);
    expect(find('service-data')?.gainToTarget).toBeCloseTo(12.5, 10);
    expect(find('service-data')?.gainNext).toBeCloseTo(100 / 24, 10);
    expect(find('helpline')?.gainNext).toBeCloseTo(2.5, 10);
  });

  it('lifts the services band to Gender-responsive, and no further, with the helpline one level up', () => {
    const next = score({ ...spec, helpline: { value: 2, evidence: seen } }).dimensions[1];
    expect(points(next?.score)).toBe(80);
    expect(next?.band).toBe('Gender-responsive');
    expect(next?.bandCap?.gate).toBe('Gender-transformative');
  });

  it('counts coverage', () => {
    expect(result.coverage).toMatchObject({ applicable: 5, answered: 4, dontKnow: 1, notApplicable: 1 });
  });
});
