import type { AnswerValue, Indicator } from '../types.js';

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
  }
}
