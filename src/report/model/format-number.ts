import { indexPoints, wholePercent } from '../../core/scoring/points.js';

/** Index points, 0–100, with one decimal: the precision every score in the report uses. */
export function formatPoints(points: number): string {
  return points.toFixed(1);
}

/** A 0..1 score as index points, rounded as the band is read (see indexPoints). */
export function formatScore(score: number): string {
  return formatPoints(indexPoints(score));
}

/** A 0..1 share as a whole percentage. */
export function formatShare(share: number): string {
  return `${wholePercent(share)}%`;
}

/** A gain in index points, always signed so it reads as an addition. */
export function formatGain(points: number): string {
  return `+${points.toFixed(1)}`;
}

/** A weight without trailing zeros: 2, 1.5, 0.25. */
export function formatWeight(weight: number): string {
  return String(Math.round(weight * 1000) / 1000);
}
