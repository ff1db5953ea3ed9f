import type { Rubric } from '../types.js';
import type { AssessmentRecord, IndicatorReading } from './assessment-record.js';
import { groupLabels } from './group-labels.js';
import { krippendorffAlpha, type ReliabilityData } from './krippendorff-alpha.js';
import { splitRecords } from './split-records.js';
import { quadraticWeightedKappa } from './weighted-kappa.js';

/** Below this many indicators rated by two or more groups, a coefficient would rest on too little to quote. */
export const MIN_PAIRED_INDICATORS = 5;
/** Twelve groups make 66 pairs; beyond that a pair-by-pair table cannot be read, and alpha covers every group at once. */
export const MAX_PAIRWISE_GROUPS = 12;
/** Krippendorff (2004, p. 241; 2011): rely on α ≥ .800; draw only tentative conclusions from .667 ≤ α < .800. */
const ALPHA_RELIABLE = 0.8;
const ALPHA_TENTATIVE = 0.667;

/** Landis & Koch (1977): < 0 poor, 0–.20 slight, .21–.40 fair, .41–.60 moderate, .61–.80 substantial, .81–1 almost perfect. A convention, not a test. */
type KappaBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost-perfect';

/** What a coefficient says, or why there is none: too few indicators rated by two groups, or every value the same. */
export type AlphaVerdict = 'reliable' | 'tentative' | 'unreliable' | 'too-few' | 'no-variation';
export type KappaVerdict = KappaBand | 'too-few' | 'no-variation';

export interface AlphaFigure {
  /** null when the verdict is too-few or no-variation: no number is given then. */
  readonly alpha: number | null;
  readonly verdict: AlphaVerdict;
  /** Indicators that two or more groups gave a level to. */
  readonly indicators: number;
  /** The levels given to those indicators (Krippendorff's n). */
  readonly values: number;
}

export interface KappaFigure {
  readonly kappa: number | null;
  readonly verdict: KappaVerdict;
  /** Indicators that both groups gave a level to. */
  readonly indicators: number;
}

interface PairAgreement {
  /** The two groups' labels, in the order of the ministry's groups. */
  readonly groups: readonly [string, string];
  readonly all: KappaFigure;
  /** In rubric order. */
  readonly dimensions: readonly ({ readonly id: string } & KappaFigure)[];
}

export interface MinistryAgreement {
  readonly ministry: string;
  readonly country: string;
  readonly groups: readonly { readonly label: string; readonly file: string }[];
  /** Across every indicator of the rubric. */
  readonly all: AlphaFigure;
  /** In rubric order. */
  readonly dimensions: readonly ({ readonly id: string } & AlphaFigure)[];
  /** null beyond MAX_PAIRWISE_GROUPS groups. */
  readonly pairs: readonly PairAgreement[] | null;
}

export interface AgreementSummary {
  /** The rules the figures were read with, so that the JSON explains itself. */
  readonly rules: {
    readonly minPairedIndicators: number;
    readonly maxPairwiseGroups: number;
    readonly alphaReliable: number;
    readonly alphaTentative: number;
  };
  /** One per ministry that two or more assessments cover, in name order. */
  readonly ministries: readonly MinistryAgreement[];
}

/** Alpha as shown and read: three decimals, the precision of Krippendorff's own thresholds. */
export function roundAlpha(alpha: number): number {
  return Math.round(alpha * 1000) / 1000;
}

/** Kappa as shown and read: two decimals, the precision of the Landis & Koch bands. */
export function roundKappa(kappa: number): number {
  return Math.round(kappa * 100) / 100;
}

export function alphaVerdict(alpha: number): AlphaVerdict {
  const shown = roundAlpha(alpha);
  return shown >= ALPHA_RELIABLE ? 'reliable' : shown >= ALPHA_TENTATIVE ? 'tentative' : 'unreliable';
}

export function kappaBand(kappa: number): KappaBand {
  const shown = roundKappa(kappa);
  if (shown < 0) return 'poor';
  if (shown <= 0.2) return 'slight';
  if (shown <= 0.4) return 'fair';
  if (shown <= 0.6) return 'moderate';
  if (shown <= 0.8) return 'substantial';
  return 'almost-perfect';
}

/**
 * A group's level on an indicator, as agreement sees it: only a level actually answered counts.
 * Not applicable, don't know and unanswered are missing values, not level 0: scoring counts
 * don't know as 0 so that ignorance never pays, but two groups that both do not know have not
 * agreed on anything.
 */
function valueOf(reading: IndicatorReading | undefined): number | null {
  return reading !== undefined && reading.status === 'answered' && reading.level !== null ? reading.level : null;
}

function alphaFigure(data: ReliabilityData): AlphaFigure {
  const result = krippendorffAlpha(data);
  const counts = { indicators: result.pairableUnits, values: result.pairableValues };
  if (result.pairableUnits < MIN_PAIRED_INDICATORS) return { alpha: null, verdict: 'too-few', ...counts };
  // All values equal: expected disagreement is 0 and alpha is 0/0. The groups agree, but on data
  // without variation agreement cannot be told from chance, so no number is given.
  if (result.alpha === null) return { alpha: null, verdict: 'no-variation', ...counts };
  return { alpha: result.alpha, verdict: alphaVerdict(result.alpha), ...counts };
}

function kappaFigure(pairs: readonly (readonly [number, number])[]): KappaFigure {
  if (pairs.length < MIN_PAIRED_INDICATORS) return { kappa: null, verdict: 'too-few', indicators: pairs.length };
  const { kappa } = quadraticWeightedKappa(pairs);
  if (kappa === null) return { kappa: null, verdict: 'no-variation', indicators: pairs.length };
  return { kappa, verdict: kappaBand(kappa), indicators: pairs.length };
}

/**
 * How far the assessments of each ministry agree, level by level: Krippendorff's alpha (ordinal)
 * across all of them, and quadratic-weighted kappa for each pair, over all indicators and per
 * dimension. Units are indicators, values the levels the scoring derives from the answers.
 */
export function measureAgreement(rubric: Rubric, records: readonly AssessmentRecord[]): AgreementSummary {
  const indicators = rubric.dimensions.flatMap((d) => d.indicators);
  const ministries = splitRecords(records, 'ministry')
    .filter(([, group]) => group.length >= 2)
    .map(([ministry, group]): MinistryAgreement => {
      const rows = indicators.map((ind, k) => ({ dimensionId: ind.dimensionId, values: group.map((r) => valueOf(r.indicators[k])) }));
      const scope = (dimensionId: string | null): ReliabilityData =>
        rows.filter((row) => dimensionId === null || row.dimensionId === dimensionId).map((row) => row.values);
      const groups = groupLabels(group);
      return {
        ministry,
        country: group[0]?.country ?? '',
        groups,
        all: alphaFigure(scope(null)),
        dimensions: rubric.dimensions.map((d) => ({ id: d.id, ...alphaFigure(scope(d.id)) })),
        pairs:
          groups.length > MAX_PAIRWISE_GROUPS
            ? null
            : indexPairs(groups.length).map(([i, j]) => ({
                groups: [groups[i]?.label ?? '', groups[j]?.label ?? ''],
                all: kappaFigure(pairedValues(scope(null), i, j)),
                dimensions: rubric.dimensions.map((d) => ({ id: d.id, ...kappaFigure(pairedValues(scope(d.id), i, j)) })),
              })),
      };
    });
  return {
    rules: { minPairedIndicators: MIN_PAIRED_INDICATORS, maxPairwiseGroups: MAX_PAIRWISE_GROUPS, alphaReliable: ALPHA_RELIABLE, alphaTentative: ALPHA_TENTATIVE },
    ministries,
  };
}

/** Every pair of the first `count` positions, each once, in order: (0, 1), (0, 2), …, (1, 2), … */
function indexPairs(count: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) out.push([i, j]);
  return out;
}

/** The indicators both groups gave a level to, as (first, second) pairs. */
function pairedValues(data: ReliabilityData, i: number, j: number): [number, number][] {
  return data.flatMap((values): [number, number][] => {
    const a = values[i] ?? null;
    const b = values[j] ?? null;
    return a === null || b === null ? [] : [[a, b]];
  });
}
