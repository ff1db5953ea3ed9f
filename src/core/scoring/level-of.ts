import type { AnswerValue, ChecklistRequirement, Indicator } from '../types.js';
import { isParityAnswer, parityScore } from './parity-score.js';

/**
 * The scale level an answer reaches. Checklists: the weighted share of items checked, floored to
 * a level (all items → top level), and no higher than the first level whose required items are
 * not all checked allows. Numbers: the level of the last threshold whose min ≤ value, or level 0
 * below the first threshold. Parity: the level of the parity score's threshold. Values are assumed valid (checked in parse-answers.ts).
 */
export function levelOf(indicator: Indicator, value: AnswerValue, maxLevel: number): number {
  switch (indicator.type) {
    case 'level':
      return Number(value);
    case 'yes-no':
      return value === 'yes' ? indicator.yesLevel : indicator.noLevel;
    case 'choice':
      return indicator.options.find((o) => o.id === value)?.level ?? 0;
    case 'checklist': {
      // A handful of items: looking each up in the list beats building a set of it for every answer.
      const checked: readonly unknown[] = Array.isArray(value) ? value : [];
      let total = 0;
      let got = 0;
      for (const item of indicator.items) {
        total += item.weight;
        if (checked.includes(item.id)) got += item.weight;
      }
      return Math.min(levelOfShare(got, total, maxLevel), levelAllowedBy(indicator.requires, checked, maxLevel));
    }
    case 'number':
    case 'percent':
      return thresholdLevel(indicator.thresholds, Number(value));
    case 'parity':
      return isParityAnswer(value) ? thresholdLevel(indicator.thresholds, parityScore(value)) : 0;
  }
}

/**
 * The level a weighted share of checklist items reaches. Item weights may be decimals, whose sums
 * binary floating point cannot hold exactly: 0.3 is half of 0.1 + 0.2 + 0.3, yet
 * 0.3 / 0.6000000000000001 × 4 = 1.9999999999999996. The epsilon lets an exact share reach its
 * level, and is far smaller than a real shortfall can be with weights of a few decimal places.
 */
export function levelOfShare(got: number, total: number, maxLevel: number): number {
  return Math.min(maxLevel, Math.floor((got / total) * maxLevel + 1e-9));
}

/** The highest level whose required items, and those of every level below it, are all checked. */
function levelAllowedBy(requires: readonly ChecklistRequirement[], checked: readonly unknown[], maxLevel: number): number {
  for (const r of requires) if (!r.items.every((id) => checked.includes(id))) return r.level - 1;
  return maxLevel;
}

function thresholdLevel(thresholds: readonly { readonly min: number; readonly level: number }[], value: number): number {
  let level = 0;
  for (const t of thresholds) if (value >= t.min) level = t.level;
  return level;
}
