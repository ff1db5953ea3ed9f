import { describe, expect, it } from '@jest/globals';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import { indexPoints } from '../../src/core/scoring/points.js';
import { answers, dimension, indicator, rubric } from '../builders.js';

// The worked example of docs/method.md. If a figure here changes, change the page too.
const example = rubric([
  dimension('institutions', [
    indicator('strategy', { weight: 2, critical: true }),
    indicator('service-data'),
    indicator('budget'),
  ]),
  dimension('services', [indicator('online-services'), indicator('helpline')]),
]);
const result = scoreAssessment(
  example,
  answers({ strategy: 2, 'service-data': 'dk', budget: 'na', 'online-services': 3, helpline: 1 }),
  packTargets(example),
  { version: 'docs' },
);
const [institutions, services] = result.dimensions;
const find = (id: string) => result.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id);

describe('the worked example in docs/method.md', () => {
  it('scores the dimensions and the index', () => {
    expect(indexPoints(institutions?.score ?? -1)).toBe(33.3);
    expect(indexPoints(services?.score ?? -1)).toBe(50);
    expect(indexPoints(result.overall.score ?? -1)).toBe(41.7);
    expect(result.overall.band).toBe('Emerging');
  });

  it('gives the three figures for the institutions dimension', () => {
    expect(institutions?.applicableWeight).toBe(0.75);
    expect(indexPoints(institutions?.targetScore ?? -1)).toBe(75);
    expect(Math.round((institutions?.toTarget ?? -1) * 100)).toBe(44);
  });

  it('breaks the scores down into contributions', () => {
    expect(indexPoints((find('strategy')?.contribution ?? -1) / 100)).toBe(33.3);
    expect(find('service-data')?.contribution).toBe(0);
    expect(find('online-services')?.contribution).toBeCloseTo(37.5, 10);
    expect(find('helpline')?.contribution).toBeCloseTo(12.5, 10);
    expect(indexPoints((institutions?.contribution ?? -1) / 100)).toBe(16.7);
    expect(services?.contribution).toBeCloseTo(25, 10);
  });

  it('ranks the gaps and states the gains', () => {
    expect(result.gaps.map((g) => [g.indicator, g.priority])).toEqual([
      ['strategy', 2],
      ['service-data', 3],
      ['helpline', 2],
    ]);
    expect(find('service-data')?.gainNext).toBeCloseTo(100 / 24, 10);
    expect(find('service-data')?.gainToTarget).toBeCloseTo(12.5, 10);
    expect(find('strategy')?.gainToTarget).toBeCloseTo(100 / 12, 10);
    expect(find('helpline')?.gainToTarget).toBeCloseTo(12.5, 10);
  });

  it('counts coverage', () => {
    expect(result.coverage).toMatchObject({ applicable: 4, answered: 3, dontKnow: 1, notApplicable: 1 });
  });
});
