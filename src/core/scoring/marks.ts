import type { ScoreSummary } from '../assessment.js';
import { wholePercent } from './points.js';
import type { Weighted } from './band-gates.js';

/** A band rests on evidence when at least this share of the answered weight has evidence beyond a bare claim. */
export const PROVISIONAL_BELOW = 0.5;

/**
 * The marks that say how far a score can be relied on, read off the whole percentages shown:
 * limited scope when too little of the weight applied, provisional while too little of the
 * answered weight rests on more than a bare claim.
 */
export function scoreMarks(
  score: number | null,
  applicableWeight: number,
  limitedScopeBelow: number,
  scope: readonly Weighted[],
): Pick<ScoreSummary, 'limitedScope' | 'evidencedWeight' | 'provisional'> {
  const known = scope.filter((w) => w.indicator.applicable && isKnown(w.indicator));
  const knownWeight = known.reduce((s, w) => s + w.weight, 0);
  const evidencedWeight = knownWeight === 0 ? 0 : known.reduce((s, w) => s + (w.indicator.evidenced ? w.weight : 0), 0) / knownWeight;
  const scored = score !== null;
  return {
    limitedScope: scored && wholePercent(applicableWeight) < wholePercent(limitedScopeBelow),
    evidencedWeight,
    provisional: scored && wholePercent(evidencedWeight) < wholePercent(PROVISIONAL_BELOW),
  };
}

/** The level is known: answered, or set by a false condition. */
export function isKnown(i: { readonly levelSetBy: unknown; readonly status: string }): boolean {
  return i.levelSetBy !== null || i.status === 'answered';
}
