/**
 * The validated, normalised model of a rubric pack and of an assessment's answers.
 * Built once at the edge (parse-rubric.ts, parse-answers.ts) and never mutated.
 */

import type {
  answerStatuses,
  crosswalkFrameworks,
  parityCounts,
  effortValues,
  horizonValues,
  indicatorTypes,
  naReasons,
  scopeValues,
  verificationLevels,
} from './vocabulary.js';

export type Effort = (typeof effortValues)[number];
export type Horizon = (typeof horizonValues)[number];
export type Scope = (typeof scopeValues)[number];
export type IndicatorType = (typeof indicatorTypes)[number];

export interface ScaleLevel {
  readonly level: number;
  readonly label: string;
  readonly meaning: string;
}

/** `min` is on the 0..1 score scale. */
export interface Band {
  readonly min: number;
  readonly label: string;
  readonly meaning: string;
  /** What the band needs besides its minimum score; a band is only reached when the gates of the bands below it hold too. */
  readonly gate?: BandGate;
}

/** Conditions a band sets on the levels behind the score, so that a mean cannot hide what is missing. */
export interface BandGate {
  /** Every critical indicator at this level or above; don't know, unanswered and handled nationally count as level 0. */
  readonly criticalMinLevel?: number;
  /** At least this share (0..1) of the applicable weight at the scale's top level. */
  readonly topLevelShare?: number;
}

export interface Source {
  readonly key: string;
  readonly title: string;
  readonly organisation: string;
  readonly year: number;
  readonly url: string;
  readonly note?: string;
  /** The figures and claims the pack takes from the source, as the pack words them, and where each was checked. */
  readonly figures: readonly SourceFigure[];
}

export interface SourceFigure {
  readonly text: string;
  readonly checked: string;
}

export interface GlossaryTerm {
  readonly term: string;
  readonly definition: string;
  readonly sources: readonly string[];
}

/** An item of another international assessment that an indicator's answer informs. */
export interface Crosswalk {
  readonly framework: (typeof crosswalkFrameworks)[number];
  readonly item: string;
}

export interface Recommendation {
  readonly id: string;
  readonly text: string;
  /** Offered while the current level is below this. */
  readonly below: number;
  readonly effort: Effort;
  readonly horizon: Horizon;
  readonly owner: string;
  /** A measurable sign that it has been carried out. */
  readonly successMeasure?: string;
  readonly sources: readonly string[];
}

/** What an unmet condition means: the indicator drops out, or scores the given level. */
export type Otherwise = 'not-applicable' | number;

export type AppliesIf = (
  | { readonly indicator: string; readonly minLevel: number }
  | { readonly indicator: string; readonly answerIn: readonly (string | number)[] }
) & { readonly otherwise: Otherwise };

export interface ChoiceOption {
  readonly id: string;
  readonly label: string;
  readonly level: number;
}

export interface ChecklistItem {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
}

/** Items a checklist level needs ticked, besides its weighted share; a level also needs the items of the levels below it. */
export interface ChecklistRequirement {
  readonly level: number;
  readonly items: readonly string[];
}

export interface Threshold {
  readonly min: number;
  readonly level: number;
}

/** What each indicator type adds to an indicator; one entry per listed type, no more. */
interface KindFields {
  readonly level: object;
  readonly 'yes-no': { readonly yesLevel: number; readonly noLevel: number };
  readonly choice: { readonly options: readonly ChoiceOption[] };
  readonly checklist: { readonly items: readonly ChecklistItem[]; readonly requires: readonly ChecklistRequirement[] };
  readonly number: { readonly unit?: string; readonly min?: number; readonly max?: number; readonly thresholds: readonly Threshold[] };
  readonly percent: { readonly thresholds: readonly Threshold[] };
  readonly parity: { readonly counts: Readonly<Record<ParityCount, string>>; readonly thresholds: readonly Threshold[] };
}

export type ParityCount = (typeof parityCounts)[number];

export type IndicatorKind = { readonly [T in IndicatorType]: { readonly type: T } & KindFields[T] }[IndicatorType];

export type Indicator = IndicatorKind & {
  readonly id: string;
  readonly dimensionId: string;
  readonly title: string;
  readonly question: string;
  readonly guidance: string;
  readonly why: string;
  readonly weight: number;
  readonly critical: boolean;
  readonly scope: Scope;
  readonly evidencePrompt: string;
  readonly appliesIf?: AppliesIf;
  /** Descriptor per level, indexed by level number; null for a level no answer to this indicator can reach. */
  readonly levels: readonly (string | null)[];
  /** Minimum evidence per level, indexed by level number; null where the pack names none. */
  readonly evidence: readonly (string | null)[];
  /** SDG indicator codes the answer informs (5.b.1, 16.6.2). */
  readonly sdg: readonly string[];
  readonly crosswalk: readonly Crosswalk[];
  readonly recommendations: readonly Recommendation[];
  readonly sources: readonly string[];
};

export interface Dimension {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly description: string;
  readonly weight: number;
  readonly indicators: readonly Indicator[];
}

export interface PackChange {
  readonly version: string;
  readonly summary: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Indicators folded into another one: `from` are gone, `into` now means more than it did. */
  readonly merged: readonly { readonly into: string; readonly from: readonly string[] }[];
  readonly rescaled: readonly string[];
  readonly reworded: readonly string[];
}

export interface Rubric {
  readonly id: string;
  readonly version: string;
  /** Content hash of the pack's files, computed by the shell. */
  readonly hash: string;
  readonly title: string;
  readonly description: string;
  readonly language: string;
  readonly scale: readonly ScaleLevel[];
  readonly maxLevel: number;
  readonly bands: readonly Band[];
  /** Scores resting on less than this share (0..1) of their weight are marked "limited scope". */
  readonly limitedScopeBelow: number;
  readonly defaultTarget: number;
  readonly dimensions: readonly Dimension[];
  readonly sources: readonly Source[];
  readonly glossary: readonly GlossaryTerm[];
  readonly changes: readonly PackChange[];
  /** The translation its texts are shown in; absent when they are the pack's own English. */
  readonly translation?: RubricTranslation;
}

/** What a reader is told about a translated rubric: its language, whether reviewed, and what still shows in English. */
export interface RubricTranslation {
  readonly language: string;
  readonly status: 'draft' | 'reviewed';
  readonly reviewer?: string;
  readonly reviewed?: string;
  /** Texts shown in English: no entry for them, or one made from English that has changed since. */
  readonly untranslated: number;
}

export type AnswerStatus = (typeof answerStatuses)[number];
export type NaReason = (typeof naReasons)[number];
export type Verification = (typeof verificationLevels)[number];

export interface Evidence {
  readonly title: string;
  readonly link?: string;
  readonly date?: string;
  readonly providedBy?: string;
  readonly verification: Verification;
}

/** The raw answer value; its shape depends on the indicator type. */
export type AnswerValue = number | string | readonly string[] | ParityAnswer;

/** The four counts a parity indicator is answered with. */
export type ParityAnswer = Readonly<Record<ParityCount, number>>;

export interface Answer {
  readonly status: AnswerStatus;
  readonly value?: AnswerValue;
  readonly naReason?: NaReason;
  readonly naNote?: string;
  readonly note?: string;
  readonly evidence: readonly Evidence[];
  readonly agency?: string;
}

export interface AssessmentMeta {
  readonly ministry: string;
  readonly country: string;
  readonly assessors: readonly string[];
  /** ISO date (YYYY-MM-DD) on which the assessment was made. */
  readonly date: string;
  readonly language: string;
  /** Who answered, where several teams assess side by side (a workshop group); optional. */
  readonly group?: string;
  /** The national profile this assessment stands in: an answers file, named relative to this one. */
  readonly nationalProfile?: string;
  readonly pack: { readonly id: string; readonly version: string };
}

export interface Answers {
  readonly meta: AssessmentMeta;
  readonly answers: ReadonlyMap<string, Answer>;
}

/** Target level per indicator: a default, optionally overridden per dimension and per indicator. */
export interface Targets {
  readonly source: 'pack' | 'flag' | 'file';
  readonly default: number;
  readonly dimensions: Readonly<Record<string, number>>;
  readonly indicators: Readonly<Record<string, number>>;
}
