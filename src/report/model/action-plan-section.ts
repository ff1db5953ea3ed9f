import type { RecommendationResult } from '../../core/assessment.js';
import type { Horizon } from '../../core/types.js';
import { fill } from './fill.js';
import { formatGain } from './format-number.js';
import { planAction, planColumns } from './plan-actions.js';
import type { ReportContext } from './report-context.js';
import type { Block, Section, Table } from './report-document.js';

const HORIZONS: readonly Horizon[] = ['quick-win', 'medium-term', 'structural'];

/** The actions of a part of the plan, horizon by horizon, each under its heading. */
function byHorizon(ctx: ReportContext, actions: readonly RecommendationResult[], emptyGroups: boolean): Block[] {
  const w = ctx.wording.plan;
  return HORIZONS.flatMap((horizon): Block[] => {
    const group = actions.filter((r) => r.horizon === horizon);
    if (group.length === 0 && !emptyGroups) return [];
    const head: Block[] = [
      { kind: 'subheading', text: w.horizons[horizon].title },
      { kind: 'paragraph', tone: 'muted', text: w.horizons[horizon].intro },
    ];
    if (group.length === 0) return [...head, { kind: 'paragraph', tone: 'body', text: w.empty_horizon }];
    return [...head, { kind: 'actions', columns: planColumns(ctx), actions: group.map((r) => planAction(ctx, r)) }];
  });
}

/** The index points each indicator's target would add, once per indicator, with the actions that serve it. */
function gainsTable(ctx: ReportContext, actions: readonly RecommendationResult[]): Table {
  const w = ctx.wording.plan;
  const c = w.gains_columns;
  const served = new Map<string, number[]>();
  for (const r of actions) served.set(r.indicator, [...(served.get(r.indicator) ?? []), r.action]);
  const gaps = ctx.assessment.gaps.filter((g) => served.has(g.indicator));
  return {
    kind: 'table',
    totalRow: false,
    columns: [
      { header: c.indicator, width: 52, align: 'left' },
      { header: c.levels, width: 12, align: 'left' },
      { header: c.gain, width: 16, align: 'right' },
      { header: c.actions, width: 20, align: 'left' },
    ],
    rows: gaps.map((g) => [
      g.critical ? { text: g.title, detail: ctx.wording.dimension.critical_mark } : { text: g.title },
      { text: fill(w.levels_value, { level: g.level, target: g.target }) },
      { text: formatGain(g.gainToTarget, ctx.wording.language) },
      { text: (served.get(g.indicator) ?? []).join(', ') },
    ]),
  };
}

/** The short plan: the first actions of each horizon, chosen by the priority rule. */
export function actionPlanSection(ctx: ReportContext): Section {
  const w = ctx.wording.plan;
  const a = ctx.assessment;
  if (a.recommendations.length === 0) {
    return { id: 'action-plan', title: w.title, blocks: [{ kind: 'paragraph', tone: 'lead', text: w.none }] };
  }
  const short = a.recommendations.filter((r) => r.inShortPlan);
  return {
    id: 'action-plan',
    title: w.title,
    blocks: [
      { kind: 'paragraph', tone: 'body', text: w.intro },
      ...byHorizon(ctx, short, true),
      { kind: 'subheading', text: w.gains_heading },
      { kind: 'paragraph', tone: 'body', text: w.gains_intro },
      gainsTable(ctx, short),
    ],
  };
}

/** The annex with the actions beyond the short plan, continuing its numbers. */
export function furtherActionsSection(ctx: ReportContext): Section {
  const w = ctx.wording.plan;
  const rest = ctx.assessment.recommendations.filter((r) => !r.inShortPlan);
  return {
    id: 'further-actions',
    title: w.annex_title,
    annex: true,
    blocks:
      rest.length === 0
        ? [{ kind: 'paragraph', tone: 'body', text: w.annex_none }]
        : [{ kind: 'paragraph', tone: 'body', text: w.annex_intro }, ...byHorizon(ctx, rest, false)],
  };
}
