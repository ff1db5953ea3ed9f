import { fill } from './fill.js';
import type { ReportContext } from './report-context.js';
import type { Section } from './report-document.js';

/** "Where these answers feed national reporting": the SDG indicators each answered indicator informs. */
export function sdgLinksSection(ctx: ReportContext): Section {
  const w = ctx.wording.sdg_links;
  const linked = ctx.assessment.dimensions.flatMap((d) => d.indicators).filter((i) => i.sdg.length > 0 || i.crosswalk.length > 0);
  if (linked.length === 0) return { id: 'sdg-links', title: w.title, blocks: [{ kind: 'paragraph', tone: 'body', text: w.none }] };
  return {
    id: 'sdg-links',
    title: w.title,
    blocks: [
      { kind: 'paragraph', tone: 'body', text: w.intro },
      {
        kind: 'table',
        totalRow: false,
        columns: [
          { header: w.columns.indicator, width: 34, align: 'left' },
          { header: w.columns.level, width: 10, align: 'right' },
          { header: w.columns.sdg, width: 20, align: 'left' },
          { header: w.columns.crosswalk, width: 36, align: 'left' },
        ],
        rows: linked.map((i) => [
          { text: i.title },
          { text: i.level === null ? ctx.wording.status['not-applicable'] : String(i.level) },
          { text: i.sdg.length === 0 ? '—' : i.sdg.join(', ') },
          { text: i.crosswalk.length === 0 ? '—' : i.crosswalk.map((c) => fill('{framework}: {item}', { framework: w.frameworks[c.framework], item: c.item })).join('\n') },
        ]),
      },
    ],
  };
}
