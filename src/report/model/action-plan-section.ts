import type { RecommendationResult } from '../../core/assessment.js';
import type { Horizon } from '../../core/types.js';
import { fill } from './fill.js';
import { formatGain } from './format-number.js';
import { indicatorTitle, type ReportContext } from './report-context.js';
import type { Block, Cell, Section } from './report-document.js';

const HORIZONS: readonly Horizon[] = ['quick-win', 'medium-term', 'structural'];
const BIGGEST_GAINS = 5;

function gainText(ctx: ReportContext, r: RecommendationResult): string {
  const next = ctx.indicators.get(r.indicator)?.gainNext;
  return next === undefined ? formatGain(r.gainToTarget) : `${formatGain(r.gainToTarget)} (${formatGain(next)})`;
}

function recommendationRow(ctx: ReportContext, r: RecommendationResult): Cell[] {
  const w = ctx.wording;
  const dimension = ctx.assessment.dimensions.find((d) => d.id === r.dimension);
  return [
    { text: String(r.gapRank) },
    { text: r.text, detail: r.sources.length === 0 ? r.id : `${r.id} · ${w.plan.columns.sources}: ${r.sources.join(', ')}` },
    r.critical
      ? { text: indicatorTitle(ctx, r.indicator), detail: `${dimension?.shortTitle ?? r.dimension} · ${w.dimension.critical_mark}` }
      : { text: indicatorTitle(ctx, r.indicator), detail: dimension?.shortTitle ?? r.dimension },
    { text: fill(w.plan.levels_value, { level: r.level, target: r.target }) },
    { text: gainText(ctx, r) },
    { text: w.plan.effort[r.effort] },
    { text: r.owner },
  ];
}

export function actionPlanSection(ctx: ReportContext): Section {
  const w = ctx.wording.plan;
  const a = ctx.assessment;
  const blocks: Block[] = [{ kind: 'paragraph', tone: 'body', text: w.intro }];
  if (a.recommendations.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'lead', text: w.none });
    return { id: 'action-plan', title: w.title, blocks };
  }

  const gains = a.dimensions
    .flatMap((d) => d.indicators)
    .filter((i) => i.gainToTarget > 0)
    .sort((x, y) => y.gainToTarget - x.gainToTarget || x.id.localeCompare(y.id))
    .slice(0, BIGGEST_GAINS);
  blocks.push({ kind: 'subheading', text: w.gains_heading });
  blocks.push({ kind: 'paragraph', tone: 'body', text: w.gains_intro });
  blocks.push({
    kind: 'list',
    ordered: true,
    items: gains.map((i) => fill(w.gain_line, { title: i.title, gain: formatGain(i.gainToTarget), next: formatGain(i.gainNext) })),
  });

  const c = w.columns;
  for (const horizon of HORIZONS) {
    const group = a.recommendations.filter((r) => r.horizon === horizon);
    blocks.push({ kind: 'subheading', text: w.horizons[horizon].title });
    blocks.push({ kind: 'paragraph', tone: 'muted', text: w.horizons[horizon].intro });
    if (group.length === 0) {
      blocks.push({ kind: 'paragraph', tone: 'body', text: w.empty_horizon });
      continue;
    }
    blocks.push({
      kind: 'table',
      totalRow: false,
      columns: [
        { header: c.rank, width: 4, align: 'right' },
        { header: c.recommendation, width: 34, align: 'left' },
        { header: c.indicator, width: 20, align: 'left' },
        { header: c.levels, width: 8, align: 'left' },
        { header: c.gain, width: 10, align: 'right' },
        { header: c.effort, width: 8, align: 'left' },
        { header: c.owner, width: 16, align: 'left' },
      ],
      rows: group.map((r) => recommendationRow(ctx, r)),
    });
  }
  return { id: 'action-plan', title: w.title, blocks };
}
