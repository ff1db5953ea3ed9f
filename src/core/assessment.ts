import type { NationalContext } from './national/national-context.js';
import type { DocumentHead, RubricIdentity } from './result-document.js';
import type {
  AnswerStatus,
  AssessmentMeta,
  Effort,
  Evidence,
  Horizon,
  IndicatorType,
  NaReason,
  ParityAnswer,
  Rubric,
  Scope,
  Source,
  GlossaryTerm,
  Crosswalk,
  Targets,
} from './types.js';

/**
 * The result contract: everything a reporter needs, and the exact shape of `--json`.
 * Scores are 0..1; "points" are index points on the 0–100 scale.
 */
export type CitedSource = Omit<Source, 'figures'>;

export interface Assessment extends DocumentHead<'assessment'> {
  readonly rubric: RubricIdentity & Pick<Rubric, 'scale' | 'bands' | 'limitedScopeBelow'>;
  readonly meta: AssessmentMeta;
  /** The default target level and where it came from; per-dimension and per-indicator targets show in each indicator's `target`. */
  readonly targets: Pick<Targets, 'source' | 'default'>;
  readonly overall: ScoreSummary;
  readonly dimensions: readonly DimensionResult[];
  readonly coverage: Coverage;
  /** Indicators below target, highest priority first. */
  readonly gaps: readonly Gap[];
  /**
   * Recommendations for the gaps as the action plan lists them: the short plan first (the
   * first few of each horizon by priority), then the rest, each part by horizon and, within a
   * horizon, by priority. `action` numbers them in this order.
   */
  readonly recommendations: readonly RecommendationResult[];
  /** The pack's bibliography; what was checked where stays in the pack and in docs/sources.md. */
  readonly sources: readonly CitedSource[];
  /** The pack's glossary, for the report's annex. */
  readonly glossary: readonly GlossaryTerm[];
  /** The national profile the assessment names, shown as context and never scored here; null when none is named. */
  readonly nationalContext: NationalContext | null;
  readonly warnings: readonly string[];
}

export interface ScoreSummary {
  /** 0..1, or null when nothing was applicable. */
  readonly score: number | null;
  /** The band reached: the highest whose minimum the score reaches and whose gate, and those below it, hold. */
  readonly band: string | null;
  /** Why the band is below the one the score alone reaches; null when no gate holds it back. */
  readonly bandCap: BandCap | null;
  /** Every gate of the pack's bands checked against this score's indicators, in band order. */
  readonly gates: readonly GateCheck[];
  /** The score the targets would give, 0..1. */
  readonly targetScore: number | null;
  /** score ÷ targetScore, capped at 1. */
  readonly toTarget: number | null;
  /** The score with every don't-know and unanswered indicator at its target: the top of the range it can take once they are answered. */
  readonly upperScore: number | null;
  /** The score with every indicator left out (not applicable, or its condition false) counted as answered at level 0. */
  readonly scoreExcludedAtZero: number | null;
  /** Share of the rubric's total weight that was applicable, 0..1. */
  readonly applicableWeight: number;
  /** True when the applicable weight, as shown in whole percent, is below the pack's limit: the score covers a limited scope. */
  readonly limitedScope: boolean;
  /** Share of the answered applicable weight backed by evidence beyond a bare claim, 0..1. */
  readonly evidencedWeight: number;
  /** True while evidencedWeight, as shown in whole percent, is below half: the band is provisional. */
  readonly provisional: boolean;
  /** Share of the applicable weight at the scale's top level, 0..1. */
  readonly topLevelShare: number;
}

/** A band's gate, checked: met when nothing fails. */
export interface GateCheck {
  readonly band: string;
  readonly failures: readonly GateFailure[];
}

export type GateFailure =
  | {
      readonly kind: 'critical-level';
      readonly indicator: string;
      readonly title: string;
      /** The level the gate counts: 0 for don't know, unanswered and handled nationally. */
      readonly level: number;
      readonly required: number;
      readonly status: AnswerStatus | 'unanswered';
    }
  | { readonly kind: 'top-level-share'; readonly share: number; readonly required: number };

export interface BandCap {
  /** The band the score alone would reach. */
  readonly uncapped: string;
  /** The lowest band above the one reached whose gate fails; its failures are what holds the band down. */
  readonly gate: string;
  readonly failures: readonly GateFailure[];
}

export interface DimensionResult extends ScoreSummary {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly description: string;
  readonly weight: number;
  /** This dimension's share of the overall index's weight, 0..1 (0 when it has no score). */
  readonly normalisedWeight: number;
  /** Index points this dimension adds to the overall score; they sum to the overall score × 100. */
  readonly contribution: number;
  readonly coverage: Coverage;
  readonly indicators: readonly IndicatorResult[];
}

export interface IndicatorResult {
  readonly id: string;
  readonly dimensionId: string;
  readonly title: string;
  readonly type: IndicatorType;
  readonly weight: number;
  readonly critical: boolean;
  readonly scope: Scope;
  /** What the answer file says; `unanswered` when it says nothing. */
  readonly status: AnswerStatus | 'unanswered';
  readonly applicable: boolean;
  /** Why the indicator is left out, when it is. */
  readonly exclusion: Exclusion | null;
  /** The false condition whose `otherwise` level the indicator scores instead of its own answer, when it does. */
  readonly levelSetBy: { readonly indicator: string; readonly explanation: string; readonly because: ConditionReason } | null;
  /** The answer as given, in English words, for programs and logs. */
  readonly answerText: string | null;
  /** The answer as given, as data a report words in its own language. */
  readonly answer: ShownAnswer | null;
  /** Level reached: from the answer; 0 for don't know and unanswered; null when not applicable. */
  readonly level: number | null;
  /** The rubric's descriptor of that level for this indicator; null when not applicable. */
  readonly descriptor: string | null;
  readonly score: number | null;
  /** Weight share within its dimension among applicable indicators, 0..1. */
  readonly normalisedWeight: number;
  /** Points this indicator adds to its dimension's score (0–100); they sum to the dimension score × 100. */
  readonly contribution: number;
  readonly target: number;
  readonly gap: number;
  /** Overall index points gained by one more level, and by reaching target (0 when at or above target). */
  readonly gainNext: number;
  readonly gainToTarget: number;
  readonly note: string | null;
  /** Every item of a checklist indicator and whether the answer ticks it; null for other types and when not answered. */
  readonly checklist: readonly ChecklistAnswerItem[] | null;
  readonly evidence: readonly Evidence[];
  /** The level rests on evidence beyond a bare claim (for a level set by a condition, the other indicator's). */
  readonly evidenced: boolean;
  readonly agency: string | null;
  /** The SDG indicators whose national reporting this answer informs. */
  readonly sdg: readonly string[];
  /** Items of other international assessments the answer informs. */
  readonly crosswalk: readonly Crosswalk[];
  /** The minimum document or test the pack names for the level reached; null where it names none. */
  readonly evidenceRequired: string | null;
}

export interface ChecklistAnswerItem {
  readonly id: string;
  readonly label: string;
  readonly ticked: boolean;
}

export type Exclusion =
  | { readonly kind: 'not-applicable'; readonly reason: NaReason; readonly note: string | null }
  | { readonly kind: 'condition'; readonly indicator: string; readonly explanation: string; readonly because: ConditionReason };

/**
 * An answer as data: its value, with what a reader needs to put it in words (the choice's label,
 * the number's unit, the parity score). Every report words it in its own language.
 */
export type ShownAnswer =
  | { readonly type: 'level'; readonly level: number }
  | { readonly type: 'yes-no'; readonly yes: boolean }
  | { readonly type: 'choice'; readonly option: string; readonly label: string }
  | { readonly type: 'checklist'; readonly ticked: readonly string[]; readonly total: number }
  | { readonly type: 'number'; readonly value: number; readonly unit: string | null }
  | { readonly type: 'percent'; readonly value: number }
  | { readonly type: 'parity'; readonly score: number; readonly counts: ParityAnswer };

/** Why an `applies_if` condition is false, as data: the `explanation` beside it says the same in English. */
export interface ConditionReason {
  /** The title of the indicator the condition reads. */
  readonly title: string;
  /** What the condition asks of that indicator: at least a level, or one of some answers. */
  readonly asks: { readonly minLevel: number } | { readonly answerIn: readonly ShownAnswer[] };
  /** What it found instead. */
  readonly found:
    | { readonly kind: 'not-applicable' }
    | { readonly kind: 'own-condition'; readonly level: number | null }
    | { readonly kind: 'level'; readonly level: number }
    | { readonly kind: 'answer'; readonly answer: ShownAnswer };
  /** The level the pack gives the indicator instead; null leaves it out. */
  readonly otherwise: number | null;
}

export interface Coverage {
  readonly indicators: number;
  readonly applicable: number;
  readonly answered: number;
  readonly dontKnow: number;
  readonly unanswered: number;
  readonly notApplicable: number;
  /** Answers backed by evidence beyond a bare claim. */
  readonly evidenced: number;
  /** Levels set by a false condition's `otherwise`, counted among the answered. */
  readonly setByCondition: number;
  /** answered ÷ applicable, 0..1 (1 when nothing is applicable). */
  readonly answeredShare: number;
  /** evidenced ÷ answered, 0..1 (0 when nothing is answered). */
  readonly evidenceShare: number;
}

export interface Gap {
  readonly indicator: string;
  readonly dimension: string;
  readonly title: string;
  readonly critical: boolean;
  readonly level: number;
  readonly target: number;
  readonly gap: number;
  /** weight × gap × dimension weight; critical indicators rank first regardless. */
  readonly priority: number;
  readonly rank: number;
  readonly gainNext: number;
  readonly gainToTarget: number;
  /** True when the level is 0 because the answer was "don't know" or missing. */
  readonly dataGap: boolean;
}

export interface RecommendationResult {
  /** Its number in the action plan, from 1, unique and in the plan's reading order. */
  readonly action: number;
  /** Part of the short plan the report's body shows; the others are in its annex. */
  readonly inShortPlan: boolean;
  readonly id: string;
  readonly indicator: string;
  readonly dimension: string;
  readonly text: string;
  readonly effort: Effort;
  readonly horizon: Horizon;
  readonly owner: string;
  /** A measurable sign that it is done; null when the pack gives none. */
  readonly successMeasure: string | null;
  readonly sources: readonly string[];
  /** Rank of the gap it addresses (1 = most urgent). */
  readonly gapRank: number;
  readonly critical: boolean;
  readonly level: number;
  readonly target: number;
  readonly gainToTarget: number;
}
