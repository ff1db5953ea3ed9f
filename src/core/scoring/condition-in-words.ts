import type { ConditionReason } from '../assessment.js';
import { answerWordsOf } from '../answers/answer-in-words.js';
import type { Messages } from '../messages/messages.js';
import { explainCondition, type ConditionWords } from './explain-condition.js';

/** The interface catalog's words for a false condition (group `condition`), in the run's language. */
function conditionWordsOf(messages: Messages): ConditionWords {
  const p = (key: keyof ConditionWords): string => messages.phrase(`condition.${key}`);
  return {
    not_applicable: p('not_applicable'),
    own_condition: p('own_condition'),
    own_condition_level: p('own_condition_level'),
    at_level: p('at_level'),
    answered: p('answered'),
    min_level: p('min_level'),
    answer_in: p('answer_in'),
    answer_separator: p('answer_separator'),
    otherwise: p('otherwise'),
  };
}

/** Why a question was not asked, or its level was set, in the interface's words and language. */
export function conditionInInterfaceWords(reason: ConditionReason, messages: Messages): string {
  return explainCondition(reason, conditionWordsOf(messages), answerWordsOf(messages), messages.language);
}
