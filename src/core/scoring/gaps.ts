import type { Gap, IndicatorResult } from '../assessment.js';

/**
 * Orders the indicators below target: critical ones first, then by weight × gap × dimension
 * weight, then by the index points reaching target would add, then in rubric order.
 */
export function rankGaps(indicators: readonly IndicatorResult[], dimensionWeights: ReadonlyMap<string, number>): Gap[] {
  const gaps = indicators
    .map((ind, order) => ({ ind, order }))
    .filter(({ ind }) => ind.applicable && ind.level !== null && ind.gap > 0)
    .map(({ ind, order }) => ({
      order,
      gap: {
        indicator: ind.id,
        dimension: ind.dimensionId,
        title: ind.title,
        critical: ind.critical,
        level: ind.level ?? 0,
        target: ind.target,
        gap: ind.gap,
        priority: ind.weight * ind.gap * (dimensionWeights.get(ind.dimensionId) ?? 1),
        rank: 0,
        gainNext: ind.gainNext,
        gainToTarget: ind.gainToTarget,
        dataGap: ind.levelSetBy === null && (ind.status === 'dont-know' || ind.status === 'unanswered'),
      },
    }));
  gaps.sort(
    (a, b) =>
      Number(b.gap.critical) - Number(a.gap.critical) ||
      b.gap.priority - a.gap.priority ||
      b.gap.gainToTarget - a.gap.gainToTarget ||
      a.order - b.order,
  );
  return gaps.map(({ gap }, i) => ({ ...gap, rank: i + 1 }));
}
