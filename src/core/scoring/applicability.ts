import { englishAnswerWords, shownAnswer } from '../answers/describe-answer.js';
import type { ConditionReason, Exclusion, ShownAnswer } from '../assessment.js';
import type { Answers, Indicator, Rubric } from '../types.js';
import { englishConditionWords, explainCondition } from './explain-condition.js';
import { levelOf } from './level-of.js';

/**
 * What decides an indicator instead of its own answer: a "not applicable" answer, or an
 * `applies_if` condition that is false. A false condition carries the pack's `otherwise`: level
 * null leaves the indicator out, a number scores it at that level.
 */
export type Decision =
  | Extract<Exclusion, { kind: 'not-applicable' }>
  | (Extract<Exclusion, { kind: 'condition' }> & { readonly level: number | null });

/**
 * Decides, for every indicator, whether its own answer counts. A false condition comes first, so
 * that a "not applicable" answer cannot undo a level the pack sets for it. A condition on an
 * indicator that is unanswered or "don't know" counts as met: the question stays in until someone
 * knows better. A condition on an indicator that does not apply leaves this one out too.
 */
export function exclusions(rubric: Rubric, answers: Answers): Map<string, Decision | null> {
  const byId = indicatorsById(rubric);
  const memo = new Map<string, Decision | null>();

  const decide = (indicator: Indicator): Decision | null => {
    const known = memo.get(indicator.id);
    if (known !== undefined) return known;
    const result = condition(indicator) ?? ownAnswer(indicator);
    memo.set(indicator.id, result);
    return result;
  };

  const ownAnswer = (indicator: Indicator): Decision | null => {
    const answer = answers.answers.get(indicator.id);
    if (answer?.status !== 'not-applicable' || answer.naReason === undefined) return null;
    return { kind: 'not-applicable', reason: answer.naReason, note: answer.naNote ?? null };
  };

  const condition = (indicator: Indicator): Decision | null => {
    const cond = indicator.appliesIf;
    const ref = cond === undefined ? undefined : byId.get(cond.indicator);
    if (cond === undefined || ref === undefined) return null;
    const asks: ConditionReason['asks'] =
      'minLevel' in cond ? { minLevel: cond.minLevel } : { answerIn: cond.answerIn.flatMap((v) => shownAnswer(ref, v) ?? []) };
    const decided = (found: ConditionReason['found'], otherwise: number | null): Decision => {
      const because: ConditionReason = { title: ref.title, asks, found, otherwise };
      return { kind: 'condition', indicator: ref.id, explanation: explainCondition(because, englishConditionWords, englishAnswerWords, 'en'), because, level: otherwise };
    };
    const unmet = (found: ConditionReason['found']): Decision => decided(found, cond.otherwise === 'not-applicable' ? null : cond.otherwise);
    // Conditions cannot loop (checked when the pack is parsed), so this recursion ends.
    const refDecision = decide(ref);
    if (refDecision !== null && (refDecision.kind === 'not-applicable' || refDecision.level === null)) return decided({ kind: 'not-applicable' }, null);
    // A reference scored through its own unmet condition has that level and no answer of its own.
    if (refDecision !== null) {
      const level = refDecision.kind === 'condition' ? refDecision.level : null;
      if ('minLevel' in cond && level !== null && level >= cond.minLevel) return null;
      return unmet({ kind: 'own-condition', level });
    }
    const refAnswer = answers.answers.get(ref.id);
    if (refAnswer?.status !== 'answered' || refAnswer.value === undefined) return null;
    if ('minLevel' in cond) {
      const level = levelOf(ref, refAnswer.value, rubric.maxLevel);
      return level >= cond.minLevel ? null : unmet({ kind: 'level', level });
    }
    const given = String(refAnswer.value);
    if (cond.answerIn.some((v) => String(v) === given)) return null;
    const answer: ShownAnswer | null = shownAnswer(ref, refAnswer.value);
    // A value that does not fit its indicator never passes the answers check; its level is still true to say.
    return answer === null ? unmet({ kind: 'level', level: levelOf(ref, refAnswer.value, rubric.maxLevel) }) : unmet({ kind: 'answer', answer });
  };

  for (const indicator of byId.values()) decide(indicator);
  return memo;
}

/** Made once per rubric: an aggregate decides for thousands of assessments of the same one. */
const indexes = new WeakMap<Rubric, ReadonlyMap<string, Indicator>>();

function indicatorsById(rubric: Rubric): ReadonlyMap<string, Indicator> {
  let byId = indexes.get(rubric);
  if (byId === undefined) {
    byId = new Map(rubric.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i] as const)));
    indexes.set(rubric, byId);
  }
  return byId;
}
