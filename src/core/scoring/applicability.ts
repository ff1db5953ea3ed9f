import { describeAnswer } from '../answers/describe-answer.js';
import type { Exclusion } from '../assessment.js';
import type { Answers, Indicator, Rubric } from '../types.js';
import { levelOf } from './level-of.js';

/**
 * Decides, for every indicator, whether it counts. An indicator is left out when it is answered
 * "not applicable", or when its `applies_if` condition is false. A condition on an indicator that
 * is unanswered or "don't know" counts as met: the question stays in until someone knows better.
 */
export function exclusions(rubric: Rubric, answers: Answers): Map<string, Exclusion | null> {
  const byId = new Map<string, Indicator>();
  for (const d of rubric.dimensions) for (const i of d.indicators) byId.set(i.id, i);
  const memo = new Map<string, Exclusion | null>();

  const decide = (indicator: Indicator): Exclusion | null => {
    const known = memo.get(indicator.id);
    if (known !== undefined) return known;
    const result = decideUncached(indicator);
    memo.set(indicator.id, result);
    return result;
  };

  const decideUncached = (indicator: Indicator): Exclusion | null => {
    const answer = answers.answers.get(indicator.id);
    if (answer?.status === 'not-applicable' && answer.naReason !== undefined) {
      return { kind: 'not-applicable', reason: answer.naReason, note: answer.naNote ?? null };
    }
    const cond = indicator.appliesIf;
    const ref = cond === undefined ? undefined : byId.get(cond.indicator);
    if (cond === undefined || ref === undefined) return null;
    const refTitle = `"${ref.title}"`;
    // Conditions cannot loop (checked when the pack is parsed), so this recursion ends.
    if (decide(ref) !== null) {
      return { kind: 'condition', indicator: ref.id, explanation: `applies only where ${refTitle} applies, and it does not` };
    }
    const refAnswer = answers.answers.get(ref.id);
    if (refAnswer?.status !== 'answered' || refAnswer.value === undefined) return null;
    if ('minLevel' in cond) {
      const level = levelOf(ref, refAnswer.value, rubric.maxLevel);
      return level >= cond.minLevel
        ? null
        : { kind: 'condition', indicator: ref.id, explanation: `applies only when ${refTitle} is at level ${cond.minLevel} or above; it is at level ${level}` };
    }
    const given = String(refAnswer.value);
    return cond.answerIn.some((v) => String(v) === given)
      ? null
      : {
          kind: 'condition',
          indicator: ref.id,
          explanation: `applies only when ${refTitle} is answered ${cond.answerIn.join(' or ')}; it was answered ${describeAnswer(ref, refAnswer.value)}`,
        };
  };

  for (const indicator of byId.values()) decide(indicator);
  return memo;
}
