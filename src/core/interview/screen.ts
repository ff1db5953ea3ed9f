import type { Answer, Dimension, Evidence, Indicator, ScaleLevel } from '../types.js';

/** How far the assessment has got: answers given (any status) out of the indicators that apply. */
export interface Progress {
  readonly answered: number;
  readonly applicable: number;
}

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
      /** The answer on file, when reviewing. */
      readonly current?: Answer;
    }
  | { readonly kind: 'condition-skipped'; readonly indicator: Indicator; readonly explanation: string }
  | { readonly kind: 'evidence'; readonly prompt: string; readonly existing: readonly Evidence[] }
  | { readonly kind: 'saved'; readonly indicator: Indicator; readonly answer: Answer; readonly progress: Progress }
  | { readonly kind: 'skipped'; readonly indicator: Indicator };
