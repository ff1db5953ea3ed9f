import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { nationalContext } from '../../src/core/national/national-context.js';
import { scoreAssessment } from '../../src/core/scoring/score.js';
import { packTargets } from '../../src/core/scoring/targets.js';
import type { Answer, Answers } from '../../src/core/types.js';
import { loadAnswers } from '../../src/store/load-answers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ministryPack = (await loadRubric(join(ROOT, 'rubrics', 'egov-women'), { compiled: false })).rubric;
const nationalPack = (await loadRubric(join(ROOT, 'rubrics', 'egov-women-national'), { compiled: false })).rubric;
const profileAnswers = loadAnswers(join(ROOT, 'templates', 'sample-national-profile.yaml'), nationalPack).answers;
const profile = scoreAssessment(nationalPack, profileAnswers, packTargets(nationalPack), { version: 'test' });

const ministry = (name: string, levels: Record<string, number>): Answers => ({
  meta: { ministry: name, country: 'Republic of Karavia', assessors: ['A'], date: '2026-03-01', language: 'en', pack: { id: 'egov-women', version: '2.0.0' }, nationalProfile: 'national.yaml' },
  answers: new Map(Object.entries(levels).map(([id, level]): [string, Answer] => [id, { status: 'answered', value: level, evidence: [] }])),
});

describe('national context', () => {
  const context = nationalContext('national.yaml', profile);
  const score = (answers: Answers) => scoreAssessment(ministryPack, answers, packTargets(ministryPack), { version: 'test', nationalContext: context });
  const family = score(ministry('Family', { 'gender-focal-point-digital': 2, 'life-event-services': 1 }));
  const health = score(ministry('Health', { 'gender-focal-point-digital': 4, 'life-event-services': 3 }));

  it('is the same for two ministries that name one profile, whatever their own scores', () => {
    expect(health.nationalContext).toEqual(family.nationalContext);
    expect(health.overall.score).toBeGreaterThan(family.overall.score ?? 1);
  });

  it('says who answered the profile and when, and gives every national indicator with its level', () => {
    expect(context.answeredBy).toEqual(profile.meta.assessors);
    expect(context.date).toBe('2026-02-27');
    expect(context.indicators).toHaveLength(nationalPack.dimensions.flatMap((d) => d.indicators).length);
    expect(context.indicators.find((i) => i.id === 'data-affordability')?.level).toBe(1);
    expect(context.band).toBe(profile.overall.band);
  });

  it('moves no ministry score: with or without it, the index is the same', () => {
    const alone = scoreAssessment(ministryPack, ministry('Family', { 'gender-focal-point-digital': 2, 'life-event-services': 1 }), packTargets(ministryPack), { version: 'test' });
    expect(alone.overall).toEqual(family.overall);
    expect(alone.dimensions).toEqual(family.dimensions);
    expect(alone.nationalContext).toBeNull();
  });
});
