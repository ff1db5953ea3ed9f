import { fileURLToPath } from 'node:url';
import { loadRubric } from '../../src/cli/load-rubric.js';
import type { Coverage } from '../../src/core/assessment.js';
import type { Answer, Answers, Rubric } from '../../src/core/types.js';

export const fixturePack = fileURLToPath(new URL('../fixtures/interview-pack', import.meta.url));

/** mini-egov: strategy (level), focal-unit (yes-no), unit-budget (level, only if focal-unit is yes); channels (choice), accessibility (checklist), women-users (percent), centres (number). */
export async function fixtureRubric(): Promise<Rubric> {
  return (await loadRubric(fixturePack)).rubric;
}

export function answersOf(rubric: Rubric, entries: Record<string, Answer> = {}): Answers {
  return {
    meta: { ministry: 'Ministry of Social Affairs', country: 'Laos', assessors: [], date: '2025-03-01', language: 'en', pack: { id: rubric.id, version: rubric.version } },
    answers: new Map(Object.entries(entries)),
  };
}

export const level = (value: number, extra: Partial<Answer> = {}): Answer => ({ status: 'answered', value, evidence: [], ...extra });

/** Coverage of the fixture pack's 7 indicators as `gret score` counts it; only the counts the screens print matter. */
export const coverageOf = (answered: number, applicable: number, dontKnow = 0): Coverage => ({
  indicators: 7,
  applicable,
  answered,
  dontKnow,
  unanswered: applicable - answered - dontKnow,
  notApplicable: 7 - applicable,
  setByCondition: 0,
  evidenced: 0,
  answeredShare: answered / applicable,
  evidenceShare: 0,
});
