import type { IndicatorResult } from '../../core/assessment.js';
import type { ReportContext } from './report-context.js';

/**
 * The indicators at or above their target on an answer the assessors gave (a level set by a
 * condition is not an achievement), those adding most to the index first.
 */
export function strengths(ctx: ReportContext): IndicatorResult[] {
  const weightOf = new Map(ctx.assessment.dimensions.map((d) => [d.id, d.normalisedWeight]));
  return ctx.assessment.dimensions
    .flatMap((d) => d.indicators)
    .filter((i) => i.applicable && i.status === 'answered' && i.levelSetBy === null && i.level !== null && i.level >= i.target)
    .map((i, order) => ({ i, order, points: i.contribution * (weightOf.get(i.dimensionId) ?? 0) }))
    .sort((x, y) => y.points - x.points || x.order - y.order)
    .map(({ i }) => i);
}
