import type { RecommendationResult } from '../../core/assessment.js';
import { fill } from './fill.js';
import { indicatorTitle, type ReportContext } from './report-context.js';
import type { PlanAction, PlanColumns } from './report-document.js';

/** An action as every list of the plan shows it: the decision box, the short plan, the annex. */
export function planAction(ctx: ReportContext, r: RecommendationResult): PlanAction {
  const w = ctx.wording.plan;
  return {
    number: r.action,
    id: r.id,
    text: r.text,
    indicator: fill(w.indicator_value, { title: indicatorTitle(ctx, r.indicator), level: r.level, target: r.target }),
    critical: r.critical,
    owner: r.owner,
    timeframe: w.timeframes[r.horizon],
    successMeasure: r.successMeasure ?? w.no_measure,
    status: w.status_open,
  };
}

export function planColumns(ctx: ReportContext): PlanColumns {
  const c = ctx.wording.plan.columns;
  return {
    number: c.number,
    action: c.action,
    indicator: c.indicator,
    owner: c.owner,
    namedUnit: c.named_unit,
    timeframe: c.timeframe,
    successMeasure: c.success_measure,
    status: c.status,
  };
}
