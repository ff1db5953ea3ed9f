import type { Indicator, ParityCount } from '../types.js';
import type { NumberRule } from './read-number.js';

type NumericIndicator = Extract<Indicator, { type: 'number' | 'percent' }>;

/** What a number or percent indicator accepts, and how the prompt for it reads; both front ends ask with these. */
export function numberRule(indicator: NumericIndicator): { readonly rule: NumberRule; readonly label: string } {
  if (indicator.type === 'percent') return { rule: { min: 0, max: 100, percent: true }, label: 'Percentage, from 0 to 100' };
  const rule = { ...(indicator.min === undefined ? {} : { min: indicator.min }), ...(indicator.max === undefined ? {} : { max: indicator.max }) };
  const range = indicator.min !== undefined && indicator.max !== undefined ? `, from ${indicator.min} to ${indicator.max}` : '';
  return { rule, label: `${indicator.unit === undefined ? 'Number' : `Number (${indicator.unit})`}${range}` };
}

/**
 * What one of a parity indicator's four counts accepts, given the counts read before it (in
 * `parityCounts` order): eligible people come first, so that users can be held to them, and
 * men's users must be above 0 to divide by.
 */
export function parityCountRule(count: ParityCount, before: Partial<Record<ParityCount, number>>): NumberRule {
  const rule = count === 'women_users' ? { min: 0, max: before.women_eligible } : count === 'men_users' ? { min: 1, max: before.men_eligible } : { min: 1 };
  return { ...rule, whole: true };
}
