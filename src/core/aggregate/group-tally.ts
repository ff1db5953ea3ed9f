import type { Rubric } from '../types.js';
import type { AssessmentRecord } from './assessment-record.js';
import type { GroupSummary, IndicatorDistribution } from './aggregate-summary.js';
import { distributionOf, distributionOfCounts } from './distribution.js';

/**
 * What a group's summary needs of its assessments, gathered one assessment at a time. Index
 * scores are kept as lists, one number per assessment: their medians need every value and
 * they take any value in 0..1. Indicator levels are few distinct values, so they are kept as
 * counts per level, which give the same exact median and mean in a size that does not grow.
 * Plain loops over the rubric's order, as a tally takes thousands of assessments.
 */
export interface GroupTally {
  count: number;
  readonly overall: number[];
  /** Per dimension, in rubric order. */
  readonly dimensions: number[][];
  /** Per indicator, in rubric order. */
  readonly indicators: IndicatorTally[];
}

interface IndicatorTally {
  /** How many applicable assessments reached each level: the count of level k at index k. */
  readonly levels: number[];
  answered: number;
  dontKnow: number;
  unanswered: number;
  notApplicable: number;
  belowTarget: number;
}

export function emptyTally(rubric: Rubric): GroupTally {
  return {
    count: 0,
    overall: [],
    dimensions: rubric.dimensions.map(() => []),
    indicators: rubric.dimensions
      .flatMap((d) => d.indicators)
      .map(() => ({ levels: Array.from({ length: rubric.maxLevel + 1 }, () => 0), answered: 0, dontKnow: 0, unanswered: 0, notApplicable: 0, belowTarget: 0 })),
  };
}

export function addToTally(tally: GroupTally, record: AssessmentRecord): void {
  tally.count += 1;
  if (record.overall !== null) tally.overall.push(record.overall);
  const { dimensions, indicators } = tally;
  for (let k = 0; k < dimensions.length; k++) {
    const score = record.dimensions[k] ?? null;
    if (score !== null) dimensions[k]?.push(score);
  }
  for (let k = 0; k < indicators.length; k++) {
    const t = indicators[k];
    const reading = record.indicators[k];
    if (t === undefined || reading === undefined) continue;
    if (reading.level === null) {
      t.notApplicable += 1;
      continue;
    }
    t.levels[reading.level] = (t.levels[reading.level] ?? 0) + 1;
    if (reading.status === 'answered') t.answered += 1;
    else if (reading.status === 'dont-know') t.dontKnow += 1;
    else if (reading.status === 'unanswered') t.unanswered += 1;
    if (reading.gap > 0) t.belowTarget += 1;
  }
}

/** The distribution of every score and level across the assessments tallied. */
export function summariseTally(rubric: Rubric, tally: GroupTally, key: string | null): GroupSummary {
  const indicators = rubric.dimensions.flatMap((d) => d.indicators);
  return {
    key,
    count: tally.count,
    overall: distributionOf(tally.overall),
    dimensions: rubric.dimensions.map((d, k) => ({
      id: d.id,
      title: d.title,
      shortTitle: d.shortTitle,
      scores: distributionOf(tally.dimensions[k] ?? []),
    })),
    indicators: indicators.map((ind, k): IndicatorDistribution => {
      const t = tally.indicators[k];
      return {
        id: ind.id,
        dimensionId: ind.dimensionId,
        title: ind.title,
        levels: distributionOfCounts(t?.levels ?? []),
        answered: t?.answered ?? 0,
        dontKnow: t?.dontKnow ?? 0,
        unanswered: t?.unanswered ?? 0,
        notApplicable: t?.notApplicable ?? 0,
        belowTarget: t?.belowTarget ?? 0,
      };
    }),
  };
}
