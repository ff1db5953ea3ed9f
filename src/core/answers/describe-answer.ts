import type { AnswerValue, Indicator } from '../types.js';
import type { ShownAnswer } from '../assessment.js';
import { formatMessage } from '../messages/format-message.js';
import { formatDecimal } from '../translation/locale-format.js';
import { isParityAnswer, parityScore } from '../scoring/parity-score.js';

/** The words an answer is put in; `{placeholders}` as the English below shows. */
export interface AnswerWords {
  readonly level: string;
  readonly yes: string;
  readonly no: string;
  readonly checklist: string;
  readonly checklist_items: string;
  readonly item_separator: string;
  readonly number: string;
  readonly number_unit: string;
  readonly percent: string;
  readonly parity: string;
}

/** gret's own English for answers, as the result document's `answerText` says them. */
export const englishAnswerWords: AnswerWords = {
  level: 'Level {level}',
  yes: 'Yes',
  no: 'No',
  checklist: '{ticked} of {total}',
  checklist_items: '{ticked} of {total}: {items}',
  item_separator: '; ',
  number: '{value}',
  number_unit: '{value} {unit}',
  percent: '{value}%',
  parity: 'parity score {score} (women {women_users} of {women_eligible}, men {men_users} of {men_eligible})',
};

/** An answer value as data a reader can word; null for a value that does not fit the indicator's type. */
export function shownAnswer(indicator: Indicator, value: AnswerValue): ShownAnswer | null {
  switch (indicator.type) {
    case 'level':
      return typeof value === 'number' ? { type: 'level', level: value } : null;
    case 'yes-no':
      return { type: 'yes-no', yes: value === 'yes' };
    case 'choice': {
      const option = String(value);
      return { type: 'choice', option, label: indicator.options.find((o) => o.id === option)?.label ?? option };
    }
    case 'checklist': {
      const checked = new Set(Array.isArray(value) ? value : []);
      return { type: 'checklist', ticked: indicator.items.filter((i) => checked.has(i.id)).map((i) => i.label), total: indicator.items.length };
    }
    case 'number':
      return typeof value === 'number' ? { type: 'number', value, unit: indicator.unit ?? null } : null;
    case 'percent':
      return typeof value === 'number' ? { type: 'percent', value } : null;
    case 'parity':
      return isParityAnswer(value) ? { type: 'parity', score: parityScore(value), counts: value } : null;
  }
}

/** A shown answer in `words`, its figures written for `language`. */
export function describeShown(shown: ShownAnswer, words: AnswerWords, language: string): string {
  const say = (phrase: string, values: Readonly<Record<string, string | number>>): string => formatMessage(phrase, values, language);
  switch (shown.type) {
    case 'level':
      return say(words.level, { level: shown.level });
    case 'yes-no':
      return shown.yes ? words.yes : words.no;
    case 'choice':
      return shown.label;
    case 'checklist':
      return shown.ticked.length === 0
        ? say(words.checklist, { ticked: 0, total: shown.total })
        : say(words.checklist_items, { ticked: shown.ticked.length, total: shown.total, items: shown.ticked.join(words.item_separator) });
    case 'number':
      return shown.unit === null ? say(words.number, { value: shown.value }) : say(words.number_unit, { value: shown.value, unit: shown.unit });
    case 'percent':
      return say(words.percent, { value: shown.value });
    case 'parity':
      return say(words.parity, { ...shown.counts, score: formatDecimal(shown.score, 2, language) });
  }
}

/** An indicator's answer as the result documents carry it: in English words, and as data. */
export function answerOf(indicator: Indicator, value: AnswerValue | undefined): { readonly answerText: string | null; readonly answer: ShownAnswer | null } {
  if (value === undefined) return { answerText: null, answer: null };
  const answer = shownAnswer(indicator, value);
  return { answerText: answer === null ? String(value) : describeShown(answer, englishAnswerWords, 'en'), answer };
}
