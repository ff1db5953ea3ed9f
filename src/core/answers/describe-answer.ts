import type { Answer, AnswerValue, Indicator } from '../types.js';
import { isParityAnswer, parityScore } from '../scoring/parity-score.js';

/** The answer in words, as a reader of a report would want to see it. */
export function describeAnswer(indicator: Indicator, value: AnswerValue): string {
  switch (indicator.type) {
    case 'level':
      return `Level ${String(value)}`;
    case 'yes-no':
      return value === 'yes' ? 'Yes' : 'No';
    case 'choice':
      return indicator.options.find((o) => o.id === value)?.label ?? String(value);
    case 'checklist': {
      const checked = new Set(Array.isArray(value) ? value : []);
      const labels = indicator.items.filter((i) => checked.has(i.id)).map((i) => i.label);
      return `${labels.length} of ${indicator.items.length}${labels.length > 0 ? `: ${labels.join('; ')}` : ''}`;
    }
    case 'number':
      return indicator.unit === undefined ? String(value) : `${String(value)} ${indicator.unit}`;
    case 'percent':
      return `${String(value)}%`;
    case 'parity':
      return isParityAnswer(value)
        ? `parity score ${parityScore(value).toFixed(2)} (women ${value.women_users} of ${value.women_eligible}, men ${value.men_users} of ${value.men_eligible})`
        : String(value);
  }
}

/** An answer on file in words, whatever its status: "Level 2", "don't know", "not applicable (…)". */
export function describeAnswerOnFile(indicator: Indicator, answer: Answer): string {
  switch (answer.status) {
    case 'dont-know':
      return "don't know";
    case 'not-applicable':
      return `not applicable (${describeNaReason(answer)})`;
    case 'answered':
      return answer.value === undefined ? 'no answer' : describeAnswer(indicator, answer.value);
  }
}

function describeNaReason(answer: Answer): string {
  switch (answer.naReason) {
    case 'outside-mandate':
      return "outside the ministry's mandate";
    case 'handled-nationally':
      return 'handled nationally by another body';
    case 'service-does-not-exist':
      return 'the service does not exist';
    default:
      return answer.naNote ?? 'another reason';
  }
}
