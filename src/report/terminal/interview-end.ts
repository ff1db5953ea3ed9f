import type { Assessment, ConditionReason } from '../../core/assessment.js';
import type { Messages } from '../../core/messages/messages.js';
import { sanitize } from '../../core/sanitize.js';
import { conditionInInterfaceWords } from '../../core/scoring/condition-in-words.js';
import { plainStyle, type Style } from './style.js';
import { wrap } from './wrap.js';

/**
 * The lists that close an interview, after the score summary: what still has no answer, what
 * nobody knew, and what was not asked because its condition is not met.
 */
export function renderInterviewEnd(a: Assessment, options: { messages: Messages; style?: Style; columns?: number }): string {
  const { messages } = options;
  const { t } = messages;
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const indicators = a.dimensions.flatMap((d) => d.indicators);
  const out: string[] = [];
  const list = (heading: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    out.push('', s.bold(t('end.heading', { heading, count: items.length })), ...items.map((item) => wrap(`  - ${sanitize(item)}`, width, '    ')));
  };
  const named = (i: { readonly title: string; readonly id: string }): string => t('end.named', { title: i.title, id: i.id });
  // A level set by a condition is not asked either: listing it as unanswered would send the user looking for a question that never comes.
  list(t('end.unanswered'), indicators.filter((i) => i.applicable && i.status === 'unanswered' && i.levelSetBy === null).map(named));
  list(t('end.dont_know'), indicators.filter((i) => i.applicable && i.status === 'dont-know').map(named));
  const notAsked = (i: (typeof indicators)[number]): ConditionReason | null => (i.exclusion?.kind === 'condition' ? i.exclusion.because : (i.levelSetBy?.because ?? null));
  list(
    t('end.not_asked'),
    indicators.flatMap((i) => {
      const because = notAsked(i);
      return because === null ? [] : [t('end.not_asked_item', { title: i.title, explanation: conditionInInterfaceWords(because, messages) })];
    }),
  );
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
