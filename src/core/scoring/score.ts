import { answerOf, englishAnswerWords } from '../answers/describe-answer.js';
import type { Assessment, ChecklistAnswerItem, ConditionReason, Coverage, DimensionResult, Exclusion, IndicatorResult, ScoreSummary } from '../assessment.js';
import { documentHead, rubricIdentity } from '../result-document.js';
import type { NationalContext } from '../national/national-context.js';
import type { Answer, AnswerValue, Answers, ChecklistItem, Dimension, Rubric, Targets } from '../types.js';
import { exclusions, type Decision } from './applicability.js';
import { bandOutcome, type Weighted } from './band-gates.js';
import { englishConditionWords, explainCondition } from './explain-condition.js';
import { rankGaps } from './gaps.js';
import { counts, countedLevel } from './indicator-level.js';
import { isKnown, scoreMarks } from './marks.js';
import { recommend } from './recommend.js';
import { targetFor } from './targets.js';

interface ScoreOptions {
  /** gret's own version, recorded in the result. */
  readonly version: string;
  /** Load-time warnings (e.g. pack version mismatch) to carry into the result. */
  readonly warnings?: readonly string[];
  /** The national profile the answers name, already scored with its own pack. */
  readonly nationalContext?: NationalContext;
}

/**
 * Scores an assessment. The method (see docs/method.md): an indicator scores level ÷ top level;
 * "don't know" and unanswered score 0; "not applicable" and false conditions whose `otherwise` is
 * not-applicable leave the indicator out and the remaining weights renormalise; a false condition
 * with an `otherwise` level scores that level. A dimension is the weighted mean of its indicators
 * (no score when nothing applies); the index is the weighted mean of the dimensions that have one.
 * The band is read off the score and limited by the bands' gates; the marks beside it (limited
 * scope, provisional) and the range up to the targets say how far the figure can be relied on.
 */
export function scoreAssessment(rubric: Rubric, answers: Answers, targets: Targets, options: ScoreOptions): Assessment {
  const { overall, dimensions, coverage } = scoreFigures(rubric, answers, targets);
  const allIndicators = dimensions.flatMap((d) => d.indicators);
  const gaps = rankGaps(allIndicators, new Map(rubric.dimensions.map((d) => [d.id, d.weight])));
  return {
    ...documentHead('assessment', options.version),
    rubric: { ...rubricIdentity(rubric), scale: rubric.scale, bands: rubric.bands, limitedScopeBelow: rubric.limitedScopeBelow },
    meta: answers.meta,
    targets: { source: targets.source, default: targets.default },
    overall,
    dimensions,
    coverage,
    gaps,
    recommendations: recommend(rubric, gaps),
    sources: rubric.sources.map(({ key, title, organisation, year, url, note }) => ({ key, title, organisation, year, url, ...(note === undefined ? {} : { note }) })),
    glossary: rubric.glossary,
    nationalContext: options.nationalContext ?? null,
    warnings: options.warnings ?? [],
  };
}

/** The scores of an assessment without its gaps and action plan: what an aggregate of many needs. */
type ScoreFigures = Pick<Assessment, 'overall' | 'dimensions' | 'coverage'>;

export function scoreFigures(rubric: Rubric, answers: Answers, targets: Targets): ScoreFigures {
  const decided = exclusions(rubric, answers);
  const partial = rubric.dimensions.map((d) => scoreDimension(rubric, d, answers, targets, decided));

  const totalWeight = rubric.dimensions.reduce((s, d) => s + d.weight, 0);
  const scoredWeight = partial.reduce((s, p) => s + (p.summary.score === null ? 0 : p.dimension.weight), 0);
  const share = (d: Dimension, hasScore: boolean): number => (hasScore && scoredWeight > 0 ? d.weight / scoredWeight : 0);

  const dimensions: DimensionResult[] = partial.map(({ dimension, summary, indicators, coverage }) => {
    const normalisedWeight = share(dimension, summary.score !== null);
    // Gains are in overall index points, so they need the dimension's share of the index.
    const scaled = indicators.map((i) => ({
      ...i,
      gainNext: 100 * normalisedWeight * i.gainNext,
      gainToTarget: 100 * normalisedWeight * i.gainToTarget,
    }));
    const scope = scaled.map((i) => ({ indicator: i, weight: i.normalisedWeight }));
    return {
      id: dimension.id,
      title: dimension.title,
      shortTitle: dimension.shortTitle,
      description: dimension.description,
      weight: dimension.weight,
      normalisedWeight,
      contribution: 100 * normalisedWeight * (summary.score ?? 0),
      ...completeSummary(rubric, summary, scope),
      coverage,
      indicators: scaled,
    };
  });

  const scored = scoredWeight > 0;
  const overallScore = scored ? dimensions.reduce((s, d) => s + d.normalisedWeight * (d.score ?? 0), 0) : null;
  const overallTarget = scored ? dimensions.reduce((s, d) => s + d.normalisedWeight * (d.targetScore ?? 0), 0) : null;
  const countedWeight = partial.reduce((s, p) => s + (p.summary.scoreExcludedAtZero === null ? 0 : p.dimension.weight), 0);
  const overall: ScoreSummary = completeSummary(
    rubric,
    {
      score: overallScore,
      targetScore: overallTarget,
      toTarget: toTarget(overallScore, overallTarget),
      upperScore: scored ? dimensions.reduce((s, d) => s + d.normalisedWeight * (d.upperScore ?? 0), 0) : null,
      scoreExcludedAtZero:
        countedWeight > 0 ? partial.reduce((s, p) => s + p.dimension.weight * (p.summary.scoreExcludedAtZero ?? 0), 0) / countedWeight : null,
      applicableWeight: rubric.dimensions.reduce((s, d, i) => s + d.weight * (partial[i]?.summary.applicableWeight ?? 0), 0) / totalWeight,
    },
    dimensions.flatMap((d) => d.indicators.map((i) => ({ indicator: i, weight: d.normalisedWeight * i.normalisedWeight }))),
  );

  return { overall, dimensions, coverage: sumCoverage(dimensions.map((d) => d.coverage)) };
}

/** The figures of a score that come from its indicators' levels and weights alone. */
type Figures = Pick<ScoreSummary, 'score' | 'targetScore' | 'toTarget' | 'upperScore' | 'scoreExcludedAtZero' | 'applicableWeight'>;

/** Adds the band, its gates and the marks that say how far the figure can be relied on. */
function completeSummary(rubric: Rubric, figures: Figures, scope: readonly Weighted[]): ScoreSummary {
  const band = bandOutcome(rubric.bands, figures.score, scope, rubric.maxLevel);
  const marks = scoreMarks(figures.score, figures.applicableWeight, rubric.limitedScopeBelow, scope);
  // In the order the JSON shows them: the figure and its band first, then what qualifies them.
  return {
    score: figures.score,
    band: band.band,
    bandCap: band.bandCap,
    gates: band.gates,
    targetScore: figures.targetScore,
    toTarget: figures.toTarget,
    upperScore: figures.upperScore,
    scoreExcludedAtZero: figures.scoreExcludedAtZero,
    applicableWeight: figures.applicableWeight,
    limitedScope: marks.limitedScope,
    evidencedWeight: marks.evidencedWeight,
    provisional: marks.provisional,
    topLevelShare: band.topLevelShare,
  };
}

interface PartialDimension {
  readonly dimension: Dimension;
  readonly summary: Figures;
  readonly coverage: Coverage;
  /** Gains here are still within the dimension (0..1); scoreAssessment scales them to index points. */
  readonly indicators: readonly IndicatorResult[];
}

function scoreDimension(
  rubric: Rubric,
  dimension: Dimension,
  answers: Answers,
  targets: Targets,
  decided: ReadonlyMap<string, Decision>,
): PartialDimension {
  const max = rubric.maxLevel;
  const decisionOf = (id: string): Decision | null => decided.get(id) ?? null;
  const totalWeight = dimension.indicators.reduce((s, i) => s + i.weight, 0);
  const applicableWeight = dimension.indicators.reduce((s, i) => s + (counts(decisionOf(i.id)) ? i.weight : 0), 0);

  const indicators: IndicatorResult[] = dimension.indicators.map((ind) => {
    const answer = answers.answers.get(ind.id);
    const decision = decisionOf(ind.id);
    const byCondition = decision?.kind === 'condition' ? decision.level : null;
    const applicable = counts(decision);
    const target = targetFor(targets, ind);
    const answered = answer?.status === 'answered' && answer.value !== undefined;
    const level = countedLevel(ind, answer, decision, max);
    const normalisedWeight = applicable && applicableWeight > 0 ? ind.weight / applicableWeight : 0;
    const score = level === null ? null : level / max;
    const gap = level === null ? 0 : Math.max(0, target - level);
    const levelSetBy =
      decision?.kind === 'condition' && byCondition !== null ? { indicator: decision.indicator, explanation: inEnglish(decision.because), because: decision.because } : null;
    // The level rests on the answer it comes from: the other indicator's, when a condition set it.
    const evidenced = levelSetBy !== null ? hasEvidence(answers.answers.get(levelSetBy.indicator)) : answered && hasEvidence(answer);
    return {
      id: ind.id,
      dimensionId: dimension.id,
      title: ind.title,
      type: ind.type,
      weight: ind.weight,
      critical: ind.critical,
      scope: ind.scope,
      status: answer?.status ?? 'unanswered',
      applicable,
      exclusion: applicable || decision === null ? null : exclusionOf(decision),
      levelSetBy,
      ...answerOf(ind, answer?.value),
      level,
      descriptor: level === null ? null : (ind.levels[level] ?? null),
      score,
      normalisedWeight,
      contribution: 100 * normalisedWeight * (score ?? 0),
      target,
      gap,
      gainNext: gap > 0 ? (normalisedWeight * 1) / max : 0,
      gainToTarget: (normalisedWeight * gap) / max,
      note: answer?.note ?? null,
      checklist: ind.type === 'checklist' && answered ? checklistItems(ind.items, answer.value) : null,
      evidence: answer?.evidence ?? [],
      evidenced,
      agency: answer?.agency ?? null,
      sdg: ind.sdg,
      crosswalk: ind.crosswalk,
      evidenceRequired: level === null ? null : (ind.evidence[level] ?? null),
    };
  });

  const hasScore = applicableWeight > 0;
  const sum = (f: (i: IndicatorResult) => number): number => indicators.reduce((s, i) => s + (i.applicable ? i.normalisedWeight * f(i) : 0), 0);
  const score = hasScore ? sum((i) => i.score ?? 0) : null;
  const targetScore = hasScore ? sum((i) => i.target / max) : null;
  return {
    dimension,
    summary: {
      score,
      targetScore,
      toTarget: toTarget(score, targetScore),
      upperScore: hasScore ? sum((i) => (isKnown(i) ? (i.score ?? 0) : i.target / max)) : null,
      scoreExcludedAtZero: totalWeight > 0 ? indicators.reduce((s, i) => s + i.weight * (i.score ?? 0), 0) / totalWeight : null,
      applicableWeight: totalWeight > 0 ? applicableWeight / totalWeight : 0,
    },
    coverage: coverageOf(indicators),
    indicators,
  };
}

function exclusionOf(decision: Decision): Exclusion {
  return decision.kind === 'not-applicable' ? decision : { kind: 'condition', indicator: decision.indicator, explanation: inEnglish(decision.because), because: decision.because };
}

/** The result document's `explanation`: why the condition is false, in gret's own English. */
function inEnglish(because: ConditionReason): string {
  return explainCondition(because, englishConditionWords, englishAnswerWords, 'en');
}

function hasEvidence(answer: Answer | undefined): boolean {
  return answer?.evidence.some((e) => e.verification !== 'claimed') ?? false;
}

function toTarget(score: number | null, target: number | null): number | null {
  if (score === null || target === null) return null;
  return target === 0 ? 1 : Math.min(1, score / target);
}

function coverageOf(indicators: readonly IndicatorResult[]): Coverage {
  const applicable = indicators.filter((i) => i.applicable);
  const known = applicable.filter(isKnown);
  const unknown = applicable.filter((i) => !isKnown(i));
  const evidenced = known.filter((i) => i.evidenced);
  return {
    indicators: indicators.length,
    applicable: applicable.length,
    answered: known.length,
    dontKnow: unknown.filter((i) => i.status === 'dont-know').length,
    unanswered: unknown.filter((i) => i.status !== 'dont-know').length,
    notApplicable: indicators.length - applicable.length,
    evidenced: evidenced.length,
    setByCondition: applicable.filter((i) => i.levelSetBy !== null).length,
    answeredShare: applicable.length === 0 ? 1 : known.length / applicable.length,
    evidenceShare: known.length === 0 ? 0 : evidenced.length / known.length,
  };
}

function sumCoverage(parts: readonly Coverage[]): Coverage {
  const sum = (key: 'indicators' | 'applicable' | 'answered' | 'dontKnow' | 'unanswered' | 'notApplicable' | 'evidenced' | 'setByCondition'): number =>
    parts.reduce((s, p) => s + p[key], 0);
  const applicable = sum('applicable');
  const answered = sum('answered');
  return {
    indicators: sum('indicators'),
    applicable,
    answered,
    dontKnow: sum('dontKnow'),
    unanswered: sum('unanswered'),
    notApplicable: sum('notApplicable'),
    evidenced: sum('evidenced'),
    setByCondition: sum('setByCondition'),
    answeredShare: applicable === 0 ? 1 : answered / applicable,
    evidenceShare: answered === 0 ? 0 : sum('evidenced') / answered,
  };
}

/** Every item of a checklist, in the pack's order, with whether the answer ticks it: the unticked ones are the gaps. */
function checklistItems(items: readonly ChecklistItem[], value: AnswerValue): ChecklistAnswerItem[] {
  const ticked = new Set(Array.isArray(value) ? value : []);
  return items.map((i) => ({ id: i.id, label: i.label, ticked: ticked.has(i.id) }));
}
