import type { GlossaryTerm, Indicator } from '../types.js';

/** The glossary as shown beside one question: the terms its question, guidance or levels use first, then the others. */
export function glossaryTermsFor(indicator: Indicator, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const text = [indicator.question, indicator.guidance, ...indicator.levels.filter((l): l is string => l !== null)].join(' ').toLowerCase();
  const used = glossary.filter((t) => text.includes(t.term.toLowerCase()));
  return [...used, ...glossary.filter((t) => !used.includes(t))];
}

/** The same for a terminal: each "Term: definition" on a line of its own. */
export function glossaryFor(indicator: Indicator, glossary: readonly GlossaryTerm[]): string | undefined {
  if (glossary.length === 0) return undefined;
  return glossaryTermsFor(indicator, glossary)
    .map((t) => `${t.term}: ${t.definition}`)
    .join('\n');
}
