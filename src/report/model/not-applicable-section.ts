import { exclusionReason } from './dimension-section.js';
import type { ReportContext } from './report-context.js';
import type { Section } from './report-document.js';

export function notApplicableSection(ctx: ReportContext): Section {
  const w = ctx.wording.not_applicable;
  const excluded = ctx.assessment.dimensions.flatMap((d) => d.indicators.filter((i) => !i.applicable).map((i) => ({ d, i })));
  if (excluded.length === 0) {
    return { id: 'not-applicable', title: w.title, blocks: [{ kind: 'paragraph', tone: 'body', text: w.none }] };
  }
  return {
    id: 'not-applicable',
    title: w.title,
    blocks: [
      { kind: 'paragraph', tone: 'body', text: w.intro },
      {
        kind: 'table',
        totalRow: false,
        columns: [
          { header: w.columns.indicator, width: 28, align: 'left' },
          { header: w.columns.dimension, width: 20, align: 'left' },
          { header: w.columns.reason, width: 22, align: 'left' },
          { header: w.columns.note, width: 30, align: 'left' },
        ],
        rows: excluded.map(({ d, i }) => [
          { text: i.title },
          { text: d.shortTitle },
          { text: exclusionReason(ctx, i) },
          { text: i.exclusion?.kind === 'not-applicable' ? (i.exclusion.note ?? '—') : '—' },
        ]),
      },
    ],
  };
}
