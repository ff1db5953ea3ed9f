import { shownAnswer } from '../answers/describe-answer.js';
import type { ConditionReason, Exclusion, ShownAnswer } from '../assessment.js';
import type { Answer, AppliesIf, Answers, Indicator, Rubric } from '../types.js';
import { levelOf } from './level-of.js';

/**
 * What decides an indicator instead of its own answer: a "not applicable" answer, or an
 * `applies_if` condition that is false. A false condition carries the pack's `otherwise`: level
 * null leaves the indicator out, a number scores it at that level. The condition's reason is
 * data; score.ts words it for the result document, as an aggregate of thousands never needs it.
 */
export type Decision =
  | Extract<Exclusion, { kind: 'not-applicable' }>
  | { readonly kind: 'condition'; readonly indicator: string; readonly because: ConditionReason; readonly level: number | null };

/**
 * Decides, for every indicator, whether its own answer counts: the map holds the indicators
 * something else decides, and no entry means the answer counts. A false condition comes first,
 * so that a "not applicable" answer cannot undo a level the pack sets for it. A condition on an
 * indicator that is unanswered or "don't know" counts as met: the question stays in until
 * someone knows better. A condition on an indicator that does not apply leaves this one out too.
 */
export function exclusions(rubric: Rubric, answers: Answers): Map<string, Decision> {
  const { byId, conditional } = indexOf(rubric);
  const decided = new Map<string, Decision>();
  // Conditions decided so far, met (null) or not.
  const memo = new Map<string, Decision | null>();

  const decide = (indicator: Indicator): Decision | null => {
    if (indicator.appliesIf === undefined) return ownAnswer(answers.answers.get(indicator.id));
    const known = memo.get(indicator.id);
    if (known !== undefined) return known;
    const result = condition(indicator.appliesIf) ?? ownAnswer(answers.answers.get(indicator.id));
    memo.set(indicator.id, result);
    return result;
  };

  const condition = (cond: AppliesIf): Decision | null => {
    const ref = byId.get(cond.indicator);
    if (ref === undefined) return null;
    const unmet = (found: ConditionReason['found'], otherwise: number | null): Decision => ({
      kind: 'condition',
      indicator: ref.id,
      because: { title: ref.title, asks: asksOf(cond, ref), found, otherwise },
      level: otherwise,
    });
    const otherwise = cond.otherwise === 'not-applicable' ? null : cond.otherwise;
    // Conditions cannot loop (checked when the pack is parsed), so this recursion ends.
    const refDecision = decide(ref);
    if (refDecision !== null && (refDecision.kind === 'not-applicable' || refDecision.level === null)) return unmet({ kind: 'not-applicable' }, null);
    // A reference scored through its own unmet condition has that level and no answer of its own.
    if (refDecision !== null) {
      const level = refDecision.level;
      if ('minLevel' in cond && level !== null && level >= cond.minLevel) return null;
      return unmet({ kind: 'own-condition', level }, otherwise);
    }
    const refAnswer = answers.answers.get(ref.id);
    if (refAnswer?.status !== 'answered' || refAnswer.value === undefined) return null;
    if ('minLevel' in cond) {
      const level = levelOf(ref, refAnswer.value, rubric.maxLevel);
      return level >= cond.minLevel ? null : unmet({ kind: 'level', level }, otherwise);
    }
    const given = String(refAnswer.value);
    if (cond.answerIn.some((v) => String(v) === given)) return null;
    const answer: ShownAnswer | null = shownAnswer(ref, refAnswer.value);
    // A value that does not fit its indicator never passes the answers check; its level is still true to say.
    return unmet(answer === null ? { kind: 'level', level: levelOf(ref, refAnswer.value, rubric.maxLevel) } : { kind: 'answer', answer }, otherwise);
  };

  // Only "not applicable" answers and conditions decide anything: the other indicators need no look.
  for (const [id, answer] of answers.answers) {
    const own = ownAnswer(answer);
    const indicator = own === null ? undefined : byId.get(id);
    if (own !== null && indicator !== undefined && indicator.appliesIf === undefined) decided.set(id, own);
  }
  for (const indicator of conditional) {
    const decision = decide(indicator);
    if (decision !== null) decided.set(indicator.id, decision);
  }
  return decided;
}

/** A "not applicable" answer, which leaves its indicator out. */
function ownAnswer(answer: Answer | undefined): Decision | null {
  if (answer?.status !== 'not-applicable' || answer.naReason === undefined) return null;
  return { kind: 'not-applicable', reason: answer.naReason, note: answer.naNote ?? null };
}

/** What the condition asks for, as its reason gives it. */
function asksOf(cond: AppliesIf, ref: Indicator): ConditionReason['asks'] {
  return 'minLevel' in cond ? { minLevel: cond.minLevel } : { answerIn: cond.answerIn.flatMap((v) => shownAnswer(ref, v) ?? []) };
}

interface RubricIndex {
  readonly byId: ReadonlyMap<string, Indicator>;
  /** The indicators with a condition, in rubric order. */
  readonly conditional: readonly Indicator[];
}

/** Made once per rubric: an aggregate decides for thousands of assessments of the same one. */
const indexes = new WeakMap<Rubric, RubricIndex>();

function indexOf(rubric: Rubric): RubricIndex {
  let index = indexes.get(rubric);
  if (index === undefined) {
    const all = rubric.dimensions.flatMap((d) => d.indicators);
    index = { byId: new Map(all.map((i) => [i.id, i] as const)), conditional: all.filter((i) => i.appliesIf !== undefined) };
    indexes.set(rubric, index);
  }
  return index;
}
