import type { Gap, RecommendationResult } from '../assessment.js';
import type { Horizon, Effort, Indicator, Rubric } from '../types.js';

const HORIZONS: readonly Horizon[] = ['quick-win', 'medium-term', 'structural'];
const HORIZON_ORDER: Record<Horizon, number> = { 'quick-win': 0, 'medium-term': 1, structural: 2 };
const EFFORT_ORDER: Record<Effort, number> = { low: 0, medium: 1, high: 2 };

/** How many actions of each horizon the short plan holds: enough to act on, few enough to approve. */
export const SHORT_PLAN_PER_HORIZON = 10;

type Unnumbered = Omit<RecommendationResult, 'action' | 'inShortPlan'>;

/**
 * Picks, for each gap, the rubric's recommendations that apply at its current level, in priority
 * order: the gap's priority first; among equal priorities quick wins and low effort come first.
 */
function prioritised(rubric: Rubric, gaps: readonly Gap[]): Unnumbered[] {
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
    successMeasure: r.successMeasure ?? null,
    sources: r.sources,
    gapRank: gap.rank,
    critical: gap.critical,
    level: gap.level,
    target: gap.target,
    gainToTarget: gap.gainToTarget,
  }));
}

/**
 * The action plan: the short plan (the first few recommendations of each horizon, by priority)
 * and then the rest, both grouped by horizon, numbered from 1 in that reading order so that every
 * action has one number wherever it is listed.
 */
export function recommend(rubric: Rubric, gaps: readonly Gap[]): RecommendationResult[] {
  const all = prioritised(rubric, gaps);
  const byHorizon = HORIZONS.map((h) => all.filter((r) => r.horizon === h));
  const short = byHorizon.flatMap((group) => group.slice(0, SHORT_PLAN_PER_HORIZON));
  const rest = byHorizon.flatMap((group) => group.slice(SHORT_PLAN_PER_HORIZON));
  return [
    ...short.map((r) => ({ ...r, inShortPlan: true })),
    ...rest.map((r) => ({ ...r, inShortPlan: false })),
  ].map((r, k) => ({ action: k + 1, ...r }));
}
