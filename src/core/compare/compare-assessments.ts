import type { Assessment, IndicatorResult, ScoreSummary } from '../assessment.js';
import { indexPoints } from '../scoring/points.js';
import { scoreAssessment } from '../scoring/score.js';
import { documentHead, rubricIdentity } from '../result-document.js';
import type { Answers, Rubric, Targets } from '../types.js';
import { changesSince } from './changes-since.js';
import type {
  AnsweredInOne,
  Comparison,
  DoneRecommendation,
  GapChange,
  IndicatorChange,
  NextAction,
  Reading,
  ScoreChange,
} from './comparison.js';

/** How many of the follow-up's actions a comparison names as next: the size of a report's decision box. */
const NEXT_ACTIONS = 5;

interface CompareInput {
  readonly file: string;
  readonly answers: Answers;
}

interface CompareOptions {
  /** gret's own version, recorded in the result. */
  readonly version: string;
  readonly warnings?: readonly string[];
}

/**
 * Compares a follow-up assessment with its baseline. Both are scored with the same rubric and
 * targets. Indicators the pack's change log marks as added, removed or re-scaled since the older
 * file's version are taken out of every score on both sides (weight 0), so that dimension and
 * overall changes compare like with like; they are listed instead.
 */
export function compareAssessments(rubric: Rubric, baseline: CompareInput, followUp: CompareInput, targets: Targets, options: CompareOptions): Comparison {
  const changes = changesSince(rubric, [baseline.answers.meta.pack.version, followUp.answers.meta.pack.version]);
  const left = new Set(changes.notCompared.map((c) => c.indicator));
  const comparable = leaveOut(rubric, left);
  const before = scoreAssessment(comparable, baseline.answers, targets, { version: options.version });
  const after = scoreAssessment(comparable, followUp.answers, targets, { version: options.version });

  const afterById = new Map(after.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i])));
  const indicators: IndicatorChange[] = before.dimensions.flatMap((d) =>
    d.indicators.flatMap((b) => {
      const a = afterById.get(b.id);
      return a === undefined || left.has(b.id) ? [] : [indicatorChange(b, a)];
    }),
  );

  return {
    ...documentHead('comparison', options.version),
    rubric: rubricIdentity(rubric),
    baseline: { file: baseline.file, meta: baseline.answers.meta },
    followUp: { file: followUp.file, meta: followUp.answers.meta },
    targets: { source: targets.source, default: targets.default },
    overall: scoreChange(before.overall, after.overall),
    dimensions: before.dimensions.map((b, k) => {
      const a = after.dimensions[k] ?? b;
      const source = rubric.dimensions[k];
      return {
        id: b.id,
        title: b.title,
        shortTitle: b.shortTitle,
        compared: source?.indicators.some((i) => !left.has(i.id)) ?? false,
        ...scoreChange(b, a),
      };
    }),
    indicators,
    closed: indicators.filter((i) => i.before.gap > 0 && i.after.applicable && i.after.gap === 0).map(gapChange),
    opened: indicators.filter((i) => i.after.gap > 0 && !(i.before.applicable && i.before.gap > 0)).map(gapChange),
    declined: indicators.filter((i) => i.change !== null && i.change < 0).map(gapChange),
    remaining: remainingGaps(after, indicators),
    next: nextActions(before, after, indicators),
    done: doneRecommendations(before, after, indicators),
    answeredInOne: indicators.flatMap((i): AnsweredInOne[] => {
      const inBefore = i.before.status !== 'unanswered';
      const inAfter = i.after.status !== 'unanswered';
      if (inBefore === inAfter) return [];
      return [{ indicator: i.id, title: i.title, answeredIn: inBefore ? 'baseline' : 'follow-up' }];
    }),
    notCompared: changes.notCompared,
    reworded: changes.reworded,
    warnings: options.warnings ?? [],
  };
}

/** The rubric with the given indicators weighing nothing: kept, so that conditions on them still work. */
function leaveOut(rubric: Rubric, ids: ReadonlySet<string>): Rubric {
  if (ids.size === 0) return rubric;
  return {
    ...rubric,
    dimensions: rubric.dimensions.map((d) => ({ ...d, indicators: d.indicators.map((i) => (ids.has(i.id) ? { ...i, weight: 0 } : i)) })),
  };
}

function scoreChange(before: ScoreSummary, after: ScoreSummary): ScoreChange {
  return {
    before: before.score,
    after: after.score,
    bandBefore: before.band,
    bandAfter: after.band,
    change: before.score === null || after.score === null ? null : Math.round((indexPoints(after.score) - indexPoints(before.score)) * 10) / 10,
  };
}

function reading(i: IndicatorResult): Reading {
  return { status: i.status, applicable: i.applicable, level: i.level, answerText: i.answerText, answer: i.answer, gap: i.gap };
}

function indicatorChange(b: IndicatorResult, a: IndicatorResult): IndicatorChange {
  return {
    id: b.id,
    dimensionId: b.dimensionId,
    title: b.title,
    type: b.type,
    critical: b.critical,
    target: a.target,
    before: reading(b),
    after: reading(a),
    change: b.level === null || a.level === null ? null : a.level - b.level,
  };
}

function gapChange(i: IndicatorChange): GapChange {
  return {
    indicator: i.id,
    dimension: i.dimensionId,
    title: i.title,
    critical: i.critical,
    levelBefore: i.before.level,
    levelAfter: i.after.level,
    target: i.target,
  };
}

/** Offered at baseline and no longer offered, for an indicator that still applies: the level moved past it. */
function doneRecommendations(before: Assessment, after: Assessment, indicators: readonly IndicatorChange[]): DoneRecommendation[] {
  const compared = new Map(indicators.map((i) => [i.id, i]));
  const stillOffered = new Set(after.recommendations.map((r) => r.id));
  return before.recommendations.flatMap((r) => {
    const i = compared.get(r.indicator);
    if (i === undefined || !i.after.applicable || stillOffered.has(r.id)) return [];
    return [{ id: r.id, indicator: r.indicator, title: i.title, text: r.text }];
  });
}

/** The follow-up's gaps, in its own order of urgency, for the indicators compared. */
function remainingGaps(after: Assessment, indicators: readonly IndicatorChange[]): GapChange[] {
  const compared = new Map(indicators.map((i) => [i.id, i]));
  return after.gaps.flatMap((g) => {
    const i = compared.get(g.indicator);
    return i === undefined ? [] : [gapChange(i)];
  });
}

function nextActions(before: Assessment, after: Assessment, indicators: readonly IndicatorChange[]): NextAction[] {
  const offeredBefore = new Set(before.recommendations.map((r) => r.id));
  const compared = new Map(indicators.map((i) => [i.id, i]));
  return after.recommendations.flatMap((r) => {
    const i = compared.get(r.indicator);
    return i === undefined ? [] : [{ r, title: i.title }];
  }).slice(0, NEXT_ACTIONS).map(({ r, title }) => ({
    id: r.id,
    indicator: r.indicator,
    title,
    text: r.text,
    owner: r.owner,
    horizon: r.horizon,
    carriedOver: offeredBefore.has(r.id),
  }));
}
