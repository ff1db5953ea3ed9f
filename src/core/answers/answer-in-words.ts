import type { Answer, AnswerValue, Indicator, NaReason } from '../types.js';
import type { Messages } from '../messages/messages.js';
import { describeShown, shownAnswer, type AnswerWords } from './describe-answer.js';

/** The interface catalog's words for answers (group `answer`), in the run's language. */
export function answerWordsOf(messages: Messages): AnswerWords {
  const p = (key: keyof AnswerWords): string => messages.phrase(`answer.${key}`);
  return {
    level: p('level'),
    yes: p('yes'),
    no: p('no'),
    checklist: p('checklist'),
    checklist_items: p('checklist_items'),
    item_separator: p('item_separator'),
    number: p('number'),
    number_unit: p('number_unit'),
    percent: p('percent'),
    parity: p('parity'),
  };
}

/** An answer value in the interface's words: "Niveau 2", "Oui", "30 %". */
export function valueInWords(indicator: Indicator, value: AnswerValue, messages: Messages): string {
  const shown = shownAnswer(indicator, value);
  return shown === null ? String(value) : describeShown(shown, answerWordsOf(messages), messages.language);
}

/** An answer on file in the interface's words, whatever its status: "Level 2", "don't know", "not applicable (…)". */
export function answerOnFileInWords(indicator: Indicator, answer: Answer, messages: Messages): string {
  switch (answer.status) {
    case 'dont-know':
      return messages.t('answer.dont_know');
    case 'not-applicable':
      return messages.t('answer.not_applicable', { reason: naReasonInWords(answer, messages) });
    case 'answered':
      return answer.value === undefined ? messages.t('answer.none') : valueInWords(indicator, answer.value, messages);
  }
}

const naReasonKeys: Readonly<Record<Exclude<NaReason, 'other'>, string>> = {
  'outside-mandate': 'answer.na_reason.outside_mandate',
  'handled-nationally': 'answer.na_reason.handled_nationally',
  'service-does-not-exist': 'answer.na_reason.service_does_not_exist',
};

/** A reason of "not applicable" inside a sentence; "another reason" is the one typed, said as typed. */
function naReasonInWords(answer: Answer, messages: Messages): string {
  const reason = answer.naReason;
  if (reason === undefined || reason === 'other') return answer.naNote ?? messages.t('answer.na_reason.other');
  return messages.t(naReasonKeys[reason]);
}
