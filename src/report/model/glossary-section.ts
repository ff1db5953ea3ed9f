import type { ReportContext } from './report-context.js';
import type { Section } from './report-document.js';

/** The pack's glossary as an annex: each term with its definition. */
export function glossarySection(ctx: ReportContext): Section {
  const w = ctx.wording.glossary;
  const terms = ctx.assessment.glossary;
  return {
    id: 'glossary',
    title: w.title,
    blocks:
      terms.length === 0
        ? [{ kind: 'paragraph', tone: 'body', text: w.none }]
        : [
            { kind: 'paragraph', tone: 'body', text: w.intro },
            { kind: 'list', ordered: false, items: terms.map((t) => `${t.term}: ${t.definition}`) },
          ],
  };
}
