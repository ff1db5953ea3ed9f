import type { Assessment, ShownAnswer } from '../assessment.js';
import type { AnswerStatus } from '../types.js';
import type { AssessmentEntry } from './aggregate-summary.js';

/**
 * What an aggregate keeps of one scored assessment: a few figures per indicator instead of the
 * whole result, so that a thousand files fit in little memory.
 */
export interface AssessmentRecord {
  readonly file: string;
  readonly ministry: string;
  readonly country: string;
  /** meta.group, or the file's name without its extension when the file gives none. */
  readonly group: string;
  readonly date: string;
  readonly packVersion: string;
  readonly overall: number | null;
  /** Dimension scores, 0..1, in rubric order. */
  readonly dimensions: readonly (number | null)[];
  /** One entry per indicator, in rubric order. */
  readonly indicators: readonly IndicatorReading[];
}

export interface IndicatorReading {
  readonly status: AnswerStatus | 'unanswered';
  /** null when not applicable. */
  readonly level: number | null;
  readonly score: number | null;
  readonly target: number;
  readonly gap: number;
  readonly answerText: string | null;
  readonly answer: ShownAnswer | null;
}

export function recordOf(assessment: Pick<Assessment, 'meta' | 'overall' | 'dimensions'>, file: string, fileStem: string): AssessmentRecord {
  const { meta } = assessment;
  return {
    file,
    ministry: meta.ministry,
    country: meta.country,
    group: meta.group ?? fileStem,
    date: meta.date,
    packVersion: meta.pack.version,
    overall: assessment.overall.score,
    dimensions: assessment.dimensions.map((d) => d.score),
    indicators: assessment.dimensions.flatMap((d) =>
      d.indicators.map((i) => ({ status: i.status, level: i.level, score: i.score, target: i.target, gap: i.gap, answerText: i.answerText, answer: i.answer })),
    ),
  };
}

/** The record as the summary lists it among the assessments read. */
export function assessmentEntry(r: AssessmentRecord): AssessmentEntry {
  return { file: r.file, ministry: r.ministry, country: r.country, group: r.group, date: r.date, packVersion: r.packVersion, overall: r.overall };
}
