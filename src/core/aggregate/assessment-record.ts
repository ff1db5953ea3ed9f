import type { Assessment } from '../assessment.js';
import { exclusions } from '../scoring/applicability.js';
import { counts, countedLevel } from '../scoring/indicator-level.js';
import { targetFor } from '../scoring/targets.js';
import type { Answers, AnswerStatus, AnswerValue, Rubric, Targets } from '../types.js';
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
  /** The answer as the file gives it: only a workshop's side-by-side view words it, so a plain aggregate never pays for the words. */
  readonly value: AnswerValue | null;
}

/** The record of an assessment already scored in full from these answers, as a workshop's live page has it. */
export function recordOf(assessment: Pick<Assessment, 'meta' | 'overall' | 'dimensions'>, answers: Answers, file: string, fileStem: string): AssessmentRecord {
  return {
    ...recordHead(assessment.meta, file, fileStem),
    overall: assessment.overall.score,
    dimensions: assessment.dimensions.map((d) => d.score),
    indicators: assessment.dimensions.flatMap((d) =>
      d.indicators.map((i) => ({ status: i.status, level: i.level, score: i.score, target: i.target, gap: i.gap, value: answers.answers.get(i.id)?.value ?? null })),
    ),
  };
}

/**
 * The record of an assessment scored with the rubric: the very figures of scoreFigures
 * (score.ts), summed in the same order, without the results a report adds to them (bands, gates,
 * marks, coverage, the texts of every indicator), which an aggregate of thousands of files would
 * build only to drop. test/aggregate/score-record.test.ts holds it to recordOf(scoreAssessment(…)).
 */
export function scoreRecord(rubric: Rubric, answers: Answers, targets: Targets, file: string, fileStem: string): AssessmentRecord {
  const decided = exclusions(rubric, answers);
  const max = rubric.maxLevel;
  const indicators: IndicatorReading[] = [];
  const dimensions: (number | null)[] = [];
  let scoredWeight = 0;
  for (const d of rubric.dimensions) {
    let applicableWeight = 0;
    for (const ind of d.indicators) applicableWeight += counts(decided.get(ind.id) ?? null) ? ind.weight : 0;
    let score = 0;
    for (const ind of d.indicators) {
      const answer = answers.answers.get(ind.id);
      const decision = decided.get(ind.id) ?? null;
      const level = countedLevel(ind, answer, decision, max);
      const target = targetFor(targets, ind);
      const indicatorScore = level === null ? null : level / max;
      if (indicatorScore !== null) score += (applicableWeight > 0 ? ind.weight / applicableWeight : 0) * indicatorScore;
      indicators.push({
        status: answer?.status ?? 'unanswered',
        level,
        score: indicatorScore,
        target,
        gap: level === null ? 0 : Math.max(0, target - level),
        value: answer?.value ?? null,
      });
    }
    const hasScore = applicableWeight > 0;
    dimensions.push(hasScore ? score : null);
    scoredWeight += hasScore ? d.weight : 0;
  }
  let overall = 0;
  rubric.dimensions.forEach((d, k) => {
    const score = dimensions[k] ?? null;
    if (score !== null) overall += (scoredWeight > 0 ? d.weight / scoredWeight : 0) * score;
  });
  return {
    ...recordHead(answers.meta, file, fileStem),
    overall: scoredWeight > 0 ? overall : null,
    dimensions,
    indicators,
  };
}

/** Who and what a record is of, from the answers file's meta: the same for a record scored in full or lean. */
function recordHead(meta: Assessment['meta'], file: string, fileStem: string) {
  return { file, ministry: meta.ministry, country: meta.country, group: meta.group ?? fileStem, date: meta.date, packVersion: meta.pack.version };
}

/** The record as the summary lists it among the assessments read. */
export function assessmentEntry(r: AssessmentRecord): AssessmentEntry {
  return { file: r.file, ministry: r.ministry, country: r.country, group: r.group, date: r.date, packVersion: r.packVersion, overall: r.overall };
}
