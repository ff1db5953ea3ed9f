import type { GlossaryTerm, Indicator } from '../types.js';

/**
 * The glossary as the interview shows it beside one question: the terms the question, its
 * guidance or its levels use first, then the others, each "Term: definition" on a line of its own.
 */
export function glossaryFor(indicator: Indicator, glossary: readonly GlossaryTerm[]): string | undefined {
  if (glossary.length === 0) return undefined;
  const text = [indicator.question, indicator.guidance, ...indicator.levels.filter((l): l is string => l !== null)].join(' ').toLowerCase();
  const used = glossary.filter((t) => text.includes(t.term.toLowerCase()));
  const rest = glossary.filter((t) => !used.includes(t));
  return [...used, ...rest].map((t) => `${t.term}: ${t.definition}`).join('\n');
}
