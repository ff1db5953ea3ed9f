import type { Messages } from '../../core/messages/messages.js';
import { indexPoints } from '../../core/scoring/points.js';
import type { Glyphs } from './style.js';

/**
 * Figures in the terminal's prose, with the decimal separator of the reader's language
 * (68,8 in French and Russian) and Latin digits always; English as toFixed writes them.
 */
export function decimalText(x: number, digits: number, language: string): string {
  if (language === 'en' || language.startsWith('en-')) return x.toFixed(digits);
  return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false, numberingSystem: 'latn' }).format(x);
}

/** How the terminal writes percentages and index points, in the language of its words. */
export interface Figures {
  readonly messages: Messages;
  readonly glyphs: Glyphs;
  pct(x: number | null): string;
  pts(x: number | null): string;
  one(x: number): string;
}

export function figures(messages: Messages, glyphs: Glyphs): Figures {
  const one = (x: number): string => decimalText(x, 1, messages.language);
  return {
    messages,
    glyphs,
    pct: (x) => (x === null ? glyphs.enDash : messages.t('summary.percent', { value: Math.round(x * 100) })),
    pts: (x) => (x === null ? messages.t('summary.no_score') : one(indexPoints(x))),
    one,
  };
}
