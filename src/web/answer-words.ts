import type { Coverage } from '../core/assessment.js';
import { naReasonMessages } from '../core/interview/ask-answer.js';
import { writtenNumber, type MessageValues } from '../core/messages/format-message.js';
import type { Messages } from '../core/messages/messages.js';
import { isParityAnswer, parityScore } from '../core/scoring/parity-score.js';
import { formatDecimal, formatPercent } from '../core/translation/locale-format.js';
import type { Answer, Indicator } from '../core/types.js';

/*
 * What the pages say of answers and progress, in the interface's language: the browser's
 * counterpart of the terminal's wording, with numbers written as the language writes them.
 */

/** An answer on file in words, whatever its status: "Level 2", "don't know", "not applicable (…)". */
export function answerInWords(indicator: Indicator, answer: Answer, messages: Messages): string {
  const t = (key: string, values?: MessageValues): string => messages.t(key, values);
  const { language } = messages;
  switch (answer.status) {
    case 'dont-know':
      return t('web.answer.dont_know');
    case 'not-applicable': {
      const key = naReasonMessages.find(([reason]) => reason === answer.naReason && reason !== 'other')?.[1];
      return t('web.answer.not_applicable', { reason: key === undefined ? (answer.naNote ?? t('web.answer.other_reason')) : t(key) });
    }
    case 'answered':
      break;
  }
  const value = answer.value;
  if (value === undefined) return t('web.answer.none');
  switch (indicator.type) {
    case 'level':
      return t('interview.choice.level_unnamed', { level: Number(value) });
    case 'yes-no':
      return value === 'yes' ? t('interview.choice.yes_short') : t('interview.choice.no_short');
    case 'choice':
      return indicator.options.find((o) => o.id === value)?.label ?? String(value);
    case 'checklist': {
      const ticked = new Set(Array.isArray(value) ? value : []);
      const labels = indicator.items.filter((i) => ticked.has(i.id)).map((i) => i.label);
      const counts = { ticked: labels.length, count: indicator.items.length };
      return labels.length === 0 ? t('web.answer.ticked', counts) : t('web.answer.ticked_items', { ...counts, items: labels.join(t('web.answer.item_separator')) });
    }
    case 'number':
      return indicator.unit === undefined ? writtenNumber(Number(value), language) : t('web.answer.number_in', { value: Number(value), unit: indicator.unit });
    case 'percent':
      return formatPercent(Number(value), language);
    case 'parity':
      return isParityAnswer(value) ? t('web.answer.parity', { score: formatDecimal(parityScore(value), 2, language), ...value }) : String(value);
  }
}

/** Counted as `gret score` counts: "don't know" is not an answer, "not applicable" leaves the indicator out. */
export function progressInWords(p: Coverage, messages: Messages): string {
  return messages.t('web.progress', { answered: p.answered, applicable: p.applicable, percent: formatPercent(Math.round(100 * p.answeredShare), messages.language), dont_know: p.dontKnow });
}

