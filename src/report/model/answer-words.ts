import type { ConditionReason, ShownAnswer } from '../../core/assessment.js';
import { describeShown } from '../../core/answers/describe-answer.js';
import { explainCondition } from '../../core/scoring/explain-condition.js';
import type { Wording } from '../../core/template/template-schema.js';

/** The part of the wording an answer, or a false condition, is put in. */
export type AnswerWording = Pick<Wording, 'language' | 'answer_text' | 'conditions'>;

/** An answer in the report's words and language: "Niveau 2", "Oui", "30,8 %". */
export function answerInWords(wording: AnswerWording, shown: ShownAnswer): string {
  return describeShown(shown, wording.answer_text, wording.language);
}

/** Why a condition is false, in the report's words and language. */
export function conditionInWords(wording: AnswerWording, reason: ConditionReason): string {
  return explainCondition(reason, wording.conditions, wording.answer_text, wording.language);
}
