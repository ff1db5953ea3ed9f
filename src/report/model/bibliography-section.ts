import type { CitedSource as Source } from '../../core/assessment.js';
import type { ReportContext } from './report-context.js';
import type { Section } from './report-document.js';

function citation(s: Source): string {
  const base = `[${s.key}] ${s.organisation} (${s.year}). ${s.title}. ${s.url}`;
  return s.note === undefined ? base : `${base} ${s.note}`;
}

export function bibliographySection(ctx: ReportContext): Section {
  const w = ctx.wording.bibliography;
  const sources = ctx.assessment.sources;
  return {
    id: 'bibliography',
    title: w.title,
    blocks:
      sources.length === 0
        ? [{ kind: 'paragraph', tone: 'body', text: w.none }]
        : [
            { kind: 'paragraph', tone: 'body', text: w.intro },
            { kind: 'list', ordered: false, items: sources.map(citation) },
          ],
  };
}
