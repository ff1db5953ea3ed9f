import type { Assessment, ShownAnswer } from '../assessment.js';
import type { DocumentHead, RubricIdentity } from '../result-document.js';
import type { AnswerStatus, AssessmentMeta, Horizon, IndicatorType } from '../types.js';

/**
 * The result of comparing a baseline assessment with a follow-up: what `gret compare --format json`
 * prints, and what every compare reporter renders. Scores are 0..1; `change` fields are index
 * points (0–100 scale), taken as the difference of the two figures as displayed, so that
 * "before 33.3, after 50.0" always reads "+16.7".
 */
export interface Comparison extends DocumentHead<'comparison'> {
  readonly rubric: RubricIdentity;
  readonly baseline: Side;
  readonly followUp: Side;
  readonly targets: Assessment['targets'];
  readonly overall: ScoreChange;
  readonly dimensions: readonly DimensionChange[];
  /** Every indicator compared, in rubric order. */
  readonly indicators: readonly IndicatorChange[];
  /** Gaps at baseline that are now at or above target. */
  readonly closed: readonly GapChange[];
  /** Indicators below target now that were at target, or not applicable, at baseline. */
  readonly opened: readonly GapChange[];
  /** Indicators applicable in both files whose level fell, whether or not a gap opened. */
  readonly declined: readonly GapChange[];
  /** Indicators still below target at follow-up, most urgent first (the follow-up's gap order). */
  readonly remaining: readonly GapChange[];
  /** The follow-up's first actions, in the order to act on them, keyed by recommendation id. */
  readonly next: readonly NextAction[];
  /** Recommendations offered at baseline that the follow-up no longer calls for. */
  readonly done: readonly DoneRecommendation[];
  /** Indicators with an answer in one file and none in the other. */
  readonly answeredInOne: readonly AnsweredInOne[];
  /** Indicators added, removed or re-scaled between the two files' pack versions: listed, not compared. */
  readonly notCompared: readonly NotCompared[];
  /** Indicators whose question was reworded in between: compared, with a note. */
  readonly reworded: readonly Reworded[];
  readonly warnings: readonly string[];
}

interface Side {
  readonly file: string;
  readonly meta: AssessmentMeta;
}

export interface ScoreChange {
  readonly before: number | null;
  readonly after: number | null;
  readonly bandBefore: string | null;
  readonly bandAfter: string | null;
  /** Index points, null unless both sides have a score. */
  readonly change: number | null;
}

export interface DimensionChange extends ScoreChange {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  /** False when every indicator of the dimension is left out of the comparison. */
  readonly compared: boolean;
}

export interface Reading {
  readonly status: AnswerStatus | 'unanswered';
  readonly applicable: boolean;
  /** null when not applicable. */
  readonly level: number | null;
  /** The answer in English words, and as data to word in the report's language. */
  readonly answerText: string | null;
  readonly answer: ShownAnswer | null;
  readonly gap: number;
}

export interface IndicatorChange {
  readonly id: string;
  readonly dimensionId: string;
  readonly title: string;
  readonly type: IndicatorType;
  readonly critical: boolean;
  readonly target: number;
  readonly before: Reading;
  readonly after: Reading;
  /** Levels gained (negative when lost); null when either side is not applicable. */
  readonly change: number | null;
}

export interface GapChange {
  readonly indicator: string;
  readonly dimension: string;
  readonly title: string;
  readonly critical: boolean;
  readonly levelBefore: number | null;
  readonly levelAfter: number | null;
  readonly target: number;
}

export interface DoneRecommendation {
  readonly id: string;
  readonly indicator: string;
  readonly title: string;
  readonly text: string;
}

export interface NextAction extends DoneRecommendation {
  readonly owner: string;
  readonly horizon: Horizon;
  /** True when the baseline already called for it: an action carried over, not a new one. */
  readonly carriedOver: boolean;
}

export interface AnsweredInOne {
  readonly indicator: string;
  readonly title: string;
  readonly answeredIn: 'baseline' | 'follow-up';
}

export type PackChangeKind = 'added' | 'removed' | 'rescaled';

export interface NotCompared {
  readonly indicator: string;
  /** The current pack's title; null for an indicator the pack no longer has. */
  readonly title: string | null;
  readonly change: PackChangeKind;
  /** The pack version that made the change. */
  readonly version: string;
}

export interface Reworded {
  readonly indicator: string;
  readonly title: string;
  readonly version: string;
}
