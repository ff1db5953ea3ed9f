import type { ConditionReason } from '../assessment.js';
import { describeShown, type AnswerWords } from '../answers/describe-answer.js';
import { formatMessage } from '../messages/format-message.js';

/** The words a false condition is explained in; `{placeholders}` as the English below shows. */
export interface ConditionWords {
  readonly not_applicable: string;
  readonly own_condition: string;
  readonly own_condition_level: string;
  readonly at_level: string;
  readonly answered: string;
  readonly min_level: string;
  readonly answer_in: string;
  readonly answer_separator: string;
  readonly otherwise: string;
}

/** gret's own English, as the result document's `explanation` says it. */
export const englishConditionWords: ConditionWords = {
  not_applicable: 'applies only where "{title}" applies, and it does not',
  own_condition: 'applies only when "{title}" {asks}; its own condition is not met',
  own_condition_level: 'applies only when "{title}" {asks}; its own condition is not met, which puts it at level {level}',
  at_level: 'applies only when "{title}" {asks}; it is at level {level}',
  answered: 'applies only when "{title}" {asks}; it was answered {answer}',
  min_level: 'is at level {level} or above',
  answer_in: 'is answered {answers}',
  answer_separator: ' or ',
  otherwise: '{explanation}, so it scores level {level}',
};

/** Why a condition is false, in `words`, with the answers it names in `answerWords`. */
export function explainCondition(reason: ConditionReason, words: ConditionWords, answerWords: AnswerWords, language: string): string {
  const say = (phrase: string, values: Readonly<Record<string, string | number>>): string => formatMessage(phrase, values, language);
  const asks =
    'minLevel' in reason.asks
      ? say(words.min_level, { level: reason.asks.minLevel })
      : say(words.answer_in, { answers: reason.asks.answerIn.map((a) => describeShown(a, answerWords, language)).join(words.answer_separator) });
  const { title } = reason;
  const found = reason.found;
  const explanation =
    found.kind === 'not-applicable'
      ? say(words.not_applicable, { title })
      : found.kind === 'own-condition'
        ? found.level === null
          ? say(words.own_condition, { title, asks })
          : say(words.own_condition_level, { title, asks, level: found.level })
        : found.kind === 'level'
          ? say(words.at_level, { title, asks, level: found.level })
          : say(words.answered, { title, asks, answer: describeShown(found.answer, answerWords, language) });
  return reason.otherwise === null ? explanation : say(words.otherwise, { explanation, level: reason.otherwise });
}
