import type { Gap, RecommendationResult } from '../assessment.js';
import type { Horizon, Effort, Indicator, Rubric } from '../types.js';

const HORIZON_ORDER: Record<Horizon, number> = { 'quick-win': 0, 'medium-term': 1, structural: 2 };
const EFFORT_ORDER: Record<Effort, number> = { low: 0, medium: 1, high: 2 };

/**
 * Picks, for each gap, the rubric's recommendations that apply at its current level, and orders
 * them by the gap's priority; among equal priorities quick wins and low effort come first.
 */
export function recommend(rubric: Rubric, gaps: readonly Gap[]): RecommendationResult[] {
  const byId = new Map<string, Indicator>();
  for (const d of rubric.dimensions) for (const i of d.indicators) byId.set(i.id, i);
  const chosen = gaps.flatMap((gap) =>
    (byId.get(gap.indicator)?.recommendations ?? [])
      .filter((r) => gap.level < r.below)
      .map((r, order) => ({ r, gap, order })),
  );
  chosen.sort(
    (a, b) =>
      Number(b.gap.critical) - Number(a.gap.critical) ||
      b.gap.priority - a.gap.priority ||
      HORIZON_ORDER[a.r.horizon] - HORIZON_ORDER[b.r.horizon] ||
      EFFORT_ORDER[a.r.effort] - EFFORT_ORDER[b.r.effort] ||
      a.gap.rank - b.gap.rank ||
      a.order - b.order,
  );
  return chosen.map(({ r, gap }) => ({
    id: r.id,
    indicator: gap.indicator,
    dimension: gap.dimension,
    text: r.text,
    effort: r.effort,
    horizon: r.horizon,
    owner: r.owner,
    sources: r.sources,
    gapRank: gap.rank,
    critical: gap.critical,
    level: gap.level,
    target: gap.target,
    gainToTarget: gap.gainToTarget,
  }));
}
