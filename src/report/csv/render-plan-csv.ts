import type { ReportInput } from '../report-input.js';
import { csvText } from './csv-text.js';

const HEADER = [
  'action',
  'recommendation_id',
  'recommendation',
  'indicator_id',
  'indicator',
  'dimension',
  'current_level',
  'target_level',
  'critical',
  'horizon',
  'effort',
  'responsible_unit',
  'named_unit',
  'timeframe',
  'success_measure',
  'in_short_plan',
  'status',
] as const;

/**
 * The action plan as a spreadsheet: one row per action, with the number the report gives it and
 * its recommendation id, which stays the same from one assessment to the next. The named unit and
 * the status are left for the ministry to fill in. No column holds an indicator's gain: summed
 * over actions, it would count an indicator once per action.
 */
export function renderPlanCsv(input: ReportInput): string {
  const a = input.assessment;
  const w = input.template.wording.plan;
  const indicators = new Map(a.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i.title])));
  const dimensions = new Map(a.dimensions.map((d) => [d.id, d.title]));
  const rows = a.recommendations.map((r) => [
    String(r.action),
    r.id,
    r.text,
    r.indicator,
    indicators.get(r.indicator) ?? r.indicator,
    dimensions.get(r.dimension) ?? r.dimension,
    String(r.level),
    String(r.target),
    r.critical ? 'yes' : 'no',
    r.horizon,
    r.effort,
    r.owner,
    '',
    w.timeframes[r.horizon],
    r.successMeasure ?? '',
    r.inShortPlan ? 'yes' : 'no',
    '',
  ]);
  return csvText([[...HEADER], ...rows]);
}
