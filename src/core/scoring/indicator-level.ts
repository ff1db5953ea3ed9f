import type { Answer, Indicator } from '../types.js';
import type { Decision } from './applicability.js';
import { levelOf } from './level-of.js';

/**
 * Whether an indicator counts in its dimension's score: nothing decided it instead of its own
 * answer, or a false condition set its level.
 */
export function counts(decision: Decision | null): boolean {
  return decision === null || (decision.kind === 'condition' && decision.level !== null);
}

/**
 * The level an indicator counts at: null when it does not apply, the level a false condition
 * set, else its answer's level; don't know and unanswered count as 0.
 */
export function countedLevel(indicator: Indicator, answer: Answer | undefined, decision: Decision | null, maxLevel: number): number | null {
  if (!counts(decision)) return null;
  if (decision?.kind === 'condition' && decision.level !== null) return decision.level;
  return answer?.status === 'answered' && answer.value !== undefined ? levelOf(indicator, answer.value, maxLevel) : 0;
}
