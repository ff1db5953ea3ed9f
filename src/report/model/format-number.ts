import { indexPoints, wholePercent } from '../../core/scoring/points.js';
import { formatDecimal, formatPercent } from '../../core/translation/locale-format.js';

/*
 * The report's figures, written in the report's language (its decimal sign and grouping, Latin
 * digits). `locale` is the wording's language; English is the default for the charts' own labels.
 */

/** Index points, 0–100, with one decimal: the precision every score in the report uses. */
export function formatPoints(points: number, locale = 'en'): string {
  return formatDecimal(points, 1, locale);
}

/** A 0..1 score as index points, rounded as the band is read (see indexPoints). */
export function formatScore(score: number, locale = 'en'): string {
  return formatPoints(indexPoints(score), locale);
}

/** A 0..1 share as a whole percentage. */
export function formatShare(share: number, locale = 'en'): string {
  return formatPercent(wholePercent(share), locale);
}

/** A gain in index points, always signed so it reads as an addition. */
export function formatGain(points: number, locale = 'en'): string {
  return `+${formatPoints(points, locale)}`;
}

/** A weight without trailing zeros: 2, 1.5, 0.25. */
export function formatWeight(weight: number): string {
  return String(Math.round(weight * 1000) / 1000);
}
