import type { ParityAnswer } from '../types.js';

/**
 * ITU's gender parity score: the rate among women divided by the rate among men, where a rate is
 * users ÷ eligible people of that sex. It is rounded to two decimals, as ITU publishes it, and
 * levels are read off the rounded figure, so a score shown as 0.98 is always in the parity band.
 * The counts are assumed valid (parse-answers.ts): eligible counts and men's users above 0.
 */
export function parityScore(counts: ParityAnswer): number {
  const ratio = (counts.women_users * counts.men_eligible) / (counts.women_eligible * counts.men_users);
  return Math.round(ratio * 100 + 1e-9) / 100;
}

/** An answer value has the four counts' shape: a mapping, not a list. */
export function isParityAnswer(value: unknown): value is ParityAnswer {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
