import type { ReportInput } from '../report-input.js';
import { csvText } from './csv-text.js';

const HEADER = [
  'recommendation_id',
  'recommendation',
  'indicator_id',
  'indicator',
  'dimension',
  'current_level',
  'target_level',
  'priority_rank',
  'gain_points',
  'effort',
  'horizon',
  'owner_hint',
  'responsible_unit',
  'due_date',
  'status',
] as const;

/** The action plan as a spreadsheet: one row per recommendation, with blank columns to plan in. */
export function renderPlanCsv(input: ReportInput): string {
  const a = input.assessment;
  const indicators = new Map(a.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i.title])));
  const dimensions = new Map(a.dimensions.map((d) => [d.id, d.title]));
  const rows = a.recommendations.map((r) => [
    r.id,
    r.text,
    r.indicator,
    indicators.get(r.indicator) ?? r.indicator,
    dimensions.get(r.dimension) ?? r.dimension,
    String(r.level),
    String(r.target),
    String(r.gapRank),
    r.gainToTarget.toFixed(1),
    r.effort,
    r.horizon,
    r.owner,
    '',
    '',
    '',
  ]);
  return csvText([[...HEADER], ...rows]);
}
