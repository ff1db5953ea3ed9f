import type { Assessment } from '../../core/assessment.js';
import { sanitize } from '../../core/sanitize.js';
import { plainStyle, type Style } from './style.js';
import { wrap } from './wrap.js';

/**
 * The lists that close an interview, after the score summary: what still has no answer, what
 * nobody knew, and what was not asked because its condition is not met.
 */
export function renderInterviewEnd(a: Assessment, options: { style?: Style; columns?: number } = {}): string {
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const indicators = a.dimensions.flatMap((d) => d.indicators);
  const out: string[] = [];
  const list = (heading: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    out.push('', s.bold(`${heading} (${items.length})`), ...items.map((item) => wrap(`  - ${sanitize(item)}`, width, '    ')));
  };
  list(
    'Still unanswered',
    indicators.filter((i) => i.applicable && i.status === 'unanswered').map((i) => `${i.title} [${i.id}]`),
  );
  list(
    'Marked "don\'t know"',
    indicators.filter((i) => i.applicable && i.status === 'dont-know').map((i) => `${i.title} [${i.id}]`),
  );
  list(
    'Not asked, because a condition is not met',
    indicators.flatMap((i) => (i.exclusion?.kind === 'condition' ? [`${i.title}: it ${i.exclusion.explanation}`] : [])),
  );
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
