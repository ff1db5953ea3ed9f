import type { Assessment, ShownAnswer } from '../assessment.js';
import type { RubricIdentity } from '../result-document.js';

/** One national indicator as a ministry's report shows it: what the national bodies answered, not a score of the ministry. */
interface NationalIndicator {
  readonly id: string;
  readonly title: string;
  readonly dimension: string;
  readonly answerText: string | null;
  readonly answer: ShownAnswer | null;
  /** The level reached; null when the profile leaves the indicator out. */
  readonly level: number | null;
  readonly descriptor: string | null;
  readonly status: Assessment['dimensions'][number]['indicators'][number]['status'];
  /** Who gave the answer, where the profile names a body. */
  readonly agency: string | null;
}

/**
 * The national profile a ministry assessment stands in, reduced to what the ministry's report
 * shows as context: who answered, when, and each national indicator's level. It is kept out of
 * the ministry's own index (docs/method.md, "National context"), so it carries no weight here.
 */
export interface NationalContext {
  /** The profile's file as the ministry's answers name it. */
  readonly file: string;
  readonly rubric: RubricIdentity;
  readonly country: string;
  /** The people who answered the profile, as its meta lists them. */
  readonly answeredBy: readonly string[];
  /** The date the profile was answered. */
  readonly date: string;
  /** The profile's own index (0..1) and band, for reading beside the ministry's. */
  readonly score: number | null;
  readonly band: string | null;
  readonly indicators: readonly NationalIndicator[];
}

export function nationalContext(file: string, profile: Assessment): NationalContext {
  const { id, version, hash, title, maxLevel } = profile.rubric;
  return {
    file,
    rubric: { id, version, hash, title, maxLevel },
    country: profile.meta.country,
    answeredBy: profile.meta.assessors,
    date: profile.meta.date,
    score: profile.overall.score,
    band: profile.overall.band,
    indicators: profile.dimensions.flatMap((d) =>
      d.indicators.map((i) => ({
        id: i.id,
        title: i.title,
        dimension: d.title,
        answerText: i.answerText,
        answer: i.answer,
        level: i.level,
        descriptor: i.descriptor,
        status: i.status,
        agency: i.agency,
      })),
    ),
  };
}
