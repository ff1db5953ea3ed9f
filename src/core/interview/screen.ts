import type { ConditionReason, Coverage, DimensionResult } from '../assessment.js';
import type { Answer, Dimension, Evidence, Indicator, ScaleLevel } from '../types.js';

/**
 * How far the assessment has got, counted exactly as `gret score` counts it: "answered" is an
 * applicable indicator with an answer, not "don't know" and not "not applicable".
 */
export type Progress = Coverage;

export interface Position {
  readonly dimensionNumber: number;
  readonly dimensionCount: number;
  readonly dimension: Dimension;
  readonly indicatorNumber: number;
  readonly indicatorCount: number;
  readonly progress: Progress;
}

/** Everything the interview shows without asking: the shell decides how it looks. */
export type Screen =
  | {
      readonly kind: 'start';
      readonly review: boolean;
      /** Indicators the walk will visit, before conditions are checked. */
      readonly toVisit: number;
      readonly progress: Progress;
      /** The first indicator to be asked when some were answered before. */
      readonly resumeAt?: Indicator;
    }
  | { readonly kind: 'dimension'; readonly dimension: Dimension; readonly number: number; readonly count: number }
  | {
      readonly kind: 'question';
      readonly indicator: Indicator;
      readonly position: Position;
      readonly scale: readonly ScaleLevel[];
      /** The answer on file, when there is one. */
      readonly current?: Answer;
    }
  /** `because` is why, as data, for the shell to word in the run's language. */
  | { readonly kind: 'condition-skipped'; readonly indicator: Indicator; readonly because: ConditionReason }
  /** `needed` is the minimum the pack names for the level the answer reaches, when it names one. */
  | { readonly kind: 'evidence'; readonly prompt: string; readonly needed?: { readonly level: number; readonly evidence: string } }
  | { readonly kind: 'evidence-deleted'; readonly evidence: Evidence }
  | { readonly kind: 'saved'; readonly indicator: Indicator; readonly answer: Answer; readonly progress: Progress }
  | { readonly kind: 'skipped'; readonly indicator: Indicator }
  /** The walk leaves a dimension: its score and coverage as they now stand. */
  | { readonly kind: 'dimension-done'; readonly dimension: DimensionResult; readonly number: number; readonly count: number };
