import type { ShownAnswer } from '../assessment.js';
import type { DocumentHead, RubricIdentity } from '../result-document.js';
import type { AnswerStatus, IndicatorType } from '../types.js';
import type { Distribution } from './distribution.js';
import type { AgreementSummary } from './agreement.js';
import type { AssessmentRecord } from './assessment-record.js';

/**
 * The result of reading many assessments of one rubric: what `gret aggregate --format json`
 * prints and every aggregate reporter renders. Scores are 0..1; indicator figures are levels.
 */
export type GroupBy = 'country' | 'ministry' | 'group';

export interface AggregateSummary extends DocumentHead<'aggregate'> {
  readonly rubric: RubricIdentity;
  /** How the spread is measured; see distribution.ts for why. */
  readonly spread: 'population standard deviation';
  readonly by: GroupBy | null;
  readonly assessments: readonly AssessmentEntry[];
  readonly skipped: readonly SkippedFile[];
  /** Every assessment read. */
  readonly all: GroupSummary;
  /** One per value of `by`, sorted by it; empty without `by`. */
  readonly groups: readonly GroupSummary[];
  /** With --workshop: one view per ministry that two or more groups assessed. */
  readonly workshop: readonly WorkshopView[] | null;
  /** With --workshop or --agreement: how far the assessments of each ministry agree. */
  readonly agreement: AgreementSummary | null;
  readonly warnings: readonly string[];
}

/** The fields that open the summary, known before the first assessment is read. */
export type AggregateHead = Pick<AggregateSummary, keyof DocumentHead<'aggregate'> | 'rubric' | 'spread' | 'by'>;

/**
 * The summary as the reports and the terminal read it: everything but the list of every
 * assessment, which grows with the files read and is written out as they are read instead.
 */
export interface AggregateOverview extends Omit<AggregateSummary, 'assessments'> {
  readonly read: AssessmentsRead;
}

/** What the reports say about the assessments read, in a size that does not grow with them. */
interface AssessmentsRead {
  readonly count: number;
  /** The first assessments read, up to LISTED_ASSESSMENTS: every one when there are no more. */
  readonly first: readonly AssessmentEntry[];
  /** The earliest and latest meta.date, compared as text (they are ISO dates). */
  readonly firstDate: string;
  readonly lastDate: string;
  /** Each ministry and country once, in the order first met. */
  readonly ministries: readonly string[];
  readonly countries: readonly string[];
}

/** One assessment as the summary lists it: the identifying fields of its record. */
export type AssessmentEntry = Pick<AssessmentRecord, 'file' | 'ministry' | 'country' | 'group' | 'date' | 'packVersion' | 'overall'>;

export interface SkippedFile {
  readonly file: string;
  /** What is wrong, one line each, with file:line:col where known. */
  readonly problems: readonly string[];
}

export interface GroupSummary {
  /** The value grouped by; null for all assessments together. */
  readonly key: string | null;
  readonly count: number;
  readonly overall: Distribution;
  readonly dimensions: readonly DimensionDistribution[];
  readonly indicators: readonly IndicatorDistribution[];
}

export interface DimensionDistribution {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  /** Over the assessments in which the dimension has a score. */
  readonly scores: Distribution;
}

export interface IndicatorDistribution {
  readonly id: string;
  readonly dimensionId: string;
  readonly title: string;
  /** Over the assessments in which it applies; don't know and unanswered count as level 0, as in scoring. */
  readonly levels: Distribution;
  readonly answered: number;
  readonly dontKnow: number;
  readonly unanswered: number;
  readonly notApplicable: number;
  /** Assessments in which it is below its target. */
  readonly belowTarget: number;
}

export interface WorkshopView {
  readonly ministry: string;
  readonly country: string;
  readonly groups: readonly { readonly label: string; readonly file: string }[];
  /** The widest disagreements, widest first: the facilitator's discussion prompts. */
  readonly prompts: readonly WorkshopRow[];
  /** The ids of every indicator on which the groups' levels differ, or on which they split over whether it applies, widest first. */
  readonly disagreements: readonly string[];
  /** Every indicator, in rubric order, with each group's answer side by side. */
  readonly indicators: readonly WorkshopRow[];
}

export interface WorkshopRow {
  readonly id: string;
  readonly dimensionId: string;
  readonly title: string;
  readonly type: IndicatorType;
  readonly question: string;
  /** One per group, in the order of `groups`. */
  readonly answers: readonly GroupAnswer[];
  /** Population standard deviation of the levels of the groups for which it applies; null below two. */
  readonly spread: number | null;
  /** Highest level minus lowest; null below two. */
  readonly range: number | null;
  /** Some groups found it applicable and others did not. */
  readonly applicabilitySplit: boolean;
}

export interface GroupAnswer {
  readonly status: AnswerStatus | 'unanswered';
  readonly level: number | null;
  readonly answerText: string | null;
  readonly answer: ShownAnswer | null;
}
