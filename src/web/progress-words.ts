import type { Coverage } from '../core/assessment.js';
import type { Messages } from '../core/messages/messages.js';
import { formatPercent } from '../core/translation/locale-format.js';

/** Counted as `gret score` counts: "don't know" is not an answer, "not applicable" leaves the indicator out. */
export function progressInWords(p: Coverage, messages: Messages): string {
  return messages.t('web.progress', { answered: p.answered, applicable: p.applicable, percent: formatPercent(Math.round(100 * p.answeredShare), messages.language), dont_know: p.dontKnow });
}
