import { describeAnswer } from '../answers/describe-answer.js';
import type {
  Assessment,
  Coverage,
  DimensionResult,
  Exclusion,
  IndicatorResult,
  ScoreSummary,
} from '../assessment.js';
import { documentHead, rubricIdentity } from '../result-document.js';
import type { Answers, Dimension, Rubric, Targets } from '../types.js';
import { exclusions } from './applicability.js';
import { rankGaps } from './gaps.js';
import { levelOf } from './level-of.js';
import { bandOf } from './points.js';
import { recommend } from './recommend.js';
import { targetFor } from './targets.js';

interface ScoreOptions {
  /** gret's own version, recorded in the result. */
  readonly version: string;
  /** Load-time warnings (e.g. pack version mismatch) to carry into the result. */
  readonly warnings?: readonly string[];
}

/**
 * Scores an assessment. The method (see docs/method.md): an indicator scores level ÷ top level;
 * "don't know" and unanswered score 0; "not applicable" and false conditions leave the indicator
 * out and the remaining weights renormalise. A dimension is the weighted mean of its indicators
 * (no score when nothing applies); the index is the weighted mean of the dimensions that have one.
 */
export function scoreAssessment(rubric: Rubric, answers: Answers, targets: Targets, options: ScoreOptions): Assessment {
  const excluded = exclusions(rubric, answers);
  const partial = rubric.dimensions.map((d) => scoreDimension(rubric, d, answers, targets, excluded));

  const totalWeight = rubric.dimensions.reduce((s, d) => s + d.weight, 0);
  const scoredWeight = partial.reduce((s, p) => s + (p.summary.score === null ? 0 : p.dimension.weight), 0);
  const share = (d: Dimension, hasScore: boolean): number => (hasScore && scoredWeight > 0 ? d.weight / scoredWeight : 0);

  const dimensions: DimensionResult[] = partial.map(({ dimension, summary, indicators, coverage }) => {
    const normalisedWeight = share(dimension, summary.score !== null);
    return {
      id: dimension.id,
      title: dimension.title,
      shortTitle: dimension.shortTitle,
      description: dimension.description,
      weight: dimension.weight,
      normalisedWeight,
      contribution: 100 * normalisedWeight * (summary.score ?? 0),
      ...summary,
      band: summary.score === null ? null : (bandOf(rubric.bands, summary.score)?.label ?? null),
      coverage,
      // Gains are in overall index points, so they need the dimension's share of the index.
      indicators: indicators.map((i) => ({
        ...i,
        gainNext: 100 * normalisedWeight * i.gainNext,
        gainToTarget: 100 * normalisedWeight * i.gainToTarget,
      })),
    };
  });

  const overallScore = scoredWeight > 0 ? dimensions.reduce((s, d) => s + d.normalisedWeight * (d.score ?? 0), 0) : null;
  const overallTarget = scoredWeight > 0 ? dimensions.reduce((s, d) => s + d.normalisedWeight * (d.targetScore ?? 0), 0) : null;
  const overall: ScoreSummary = {
    score: overallScore,
    band: overallScore === null ? null : (bandOf(rubric.bands, overallScore)?.label ?? null),
    targetScore: overallTarget,
    toTarget: toTarget(overallScore, overallTarget),
    applicableWeight: rubric.dimensions.reduce((s, d, i) => s + d.weight * (partial[i]?.summary.applicableWeight ?? 0), 0) / totalWeight,
  };

  const allIndicators = dimensions.flatMap((d) => d.indicators);
  const gaps = rankGaps(allIndicators, new Map(rubric.dimensions.map((d) => [d.id, d.weight])));
  return {
    ...documentHead('assessment', options.version),
    rubric: { ...rubricIdentity(rubric), scale: rubric.scale, bands: rubric.bands },
    meta: answers.meta,
    targets: { source: targets.source, default: targets.default },
    overall,
    dimensions,
    coverage: sumCoverage(dimensions.map((d) => d.coverage)),
    gaps,
    recommendations: recommend(rubric, gaps),
    sources: rubric.sources,
    warnings: options.warnings ?? [],
  };
}

interface PartialDimension {
  readonly dimension: Dimension;
  readonly summary: Omit<ScoreSummary, 'band'>;
  readonly coverage: Coverage;
  /** Gains here are still within the dimension (0..1); scoreAssessment scales them to index points. */
  readonly indicators: readonly IndicatorResult[];
}

function scoreDimension(
  rubric: Rubric,
  dimension: Dimension,
  answers: Answers,
  targets: Targets,
  excluded: ReadonlyMap<string, Exclusion | null>,
): PartialDimension {
  const max = rubric.maxLevel;
  const totalWeight = dimension.indicators.reduce((s, i) => s + i.weight, 0);
  const applicableWeight = dimension.indicators.reduce((s, i) => s + (excluded.get(i.id) === null ? i.weight : 0), 0);

  const indicators: IndicatorResult[] = dimension.indicators.map((ind) => {
    const answer = answers.answers.get(ind.id);
    const exclusion = excluded.get(ind.id) ?? null;
    const applicable = exclusion === null;
    const target = targetFor(targets, ind);
    const level = !applicable ? null : answer?.status === 'answered' && answer.value !== undefined ? levelOf(ind, answer.value, max) : 0;
    const normalisedWeight = applicable && applicableWeight > 0 ? ind.weight / applicableWeight : 0;
    const score = level === null ? null : level / max;
    const gap = level === null ? 0 : Math.max(0, target - level);
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
      exclusion,
      answerText: answer?.value === undefined ? null : describeAnswer(ind, answer.value),
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
      evidence: answer?.evidence ?? [],
      agency: answer?.agency ?? null,
    };
  });

  const hasScore = applicableWeight > 0;
  const score = hasScore ? indicators.reduce((s, i) => s + i.normalisedWeight * (i.score ?? 0), 0) : null;
  const targetScore = hasScore ? indicators.reduce((s, i) => s + (i.applicable ? (i.normalisedWeight * i.target) / max : 0), 0) : null;
  return {
    dimension,
    summary: { score, targetScore, toTarget: toTarget(score, targetScore), applicableWeight: applicableWeight / totalWeight },
    coverage: coverageOf(indicators),
    indicators,
  };
}

function toTarget(score: number | null, target: number | null): number | null {
  if (score === null || target === null) return null;
  return target === 0 ? 1 : Math.min(1, score / target);
}

function coverageOf(indicators: readonly IndicatorResult[]): Coverage {
  const applicable = indicators.filter((i) => i.applicable);
  const answered = applicable.filter((i) => i.status === 'answered');
  const evidenced = answered.filter((i) => i.evidence.some((e) => e.verification !== 'claimed'));
  return {
    indicators: indicators.length,
    applicable: applicable.length,
    answered: answered.length,
    dontKnow: applicable.filter((i) => i.status === 'dont-know').length,
    unanswered: applicable.filter((i) => i.status === 'unanswered').length,
    notApplicable: indicators.length - applicable.length,
    evidenced: evidenced.length,
    answeredShare: applicable.length === 0 ? 1 : answered.length / applicable.length,
    evidenceShare: answered.length === 0 ? 0 : evidenced.length / answered.length,
  };
}

function sumCoverage(parts: readonly Coverage[]): Coverage {
  const sum = (key: 'indicators' | 'applicable' | 'answered' | 'dontKnow' | 'unanswered' | 'notApplicable' | 'evidenced'): number =>
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
    answeredShare: applicable === 0 ? 1 : answered / applicable,
    evidenceShare: answered === 0 ? 0 : sum('evidenced') / answered,
  };
}
