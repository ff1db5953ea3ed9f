import type { AnswerValue, Indicator } from '../types.js';

/**
 * The scale level an answer reaches. Checklists: the weighted share of items checked, floored to
 * a level (all items → top level). Numbers: the level of the last threshold whose min ≤ value,
 * or level 0 below the first threshold. Values are assumed valid (checked in parse-answers.ts).
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
      const checked = new Set(Array.isArray(value) ? value : []);
      const total = indicator.items.reduce((sum, item) => sum + item.weight, 0);
      const got = indicator.items.reduce((sum, item) => sum + (checked.has(item.id) ? item.weight : 0), 0);
      // Item weights may be decimals, whose sums binary floating point cannot hold exactly: 0.3 is
      // half of 0.1 + 0.2 + 0.3, yet 0.3 / 0.6000000000000001 × 4 = 1.9999999999999996. The
      // epsilon lets an exact share reach its level, and is far smaller than a real shortfall
      // can be with weights of a few decimal places.
      return Math.min(maxLevel, Math.floor((got / total) * maxLevel + 1e-9));
    }
    case 'number':
    case 'percent': {
      let level = 0;
      for (const t of indicator.thresholds) if (Number(value) >= t.min) level = t.level;
      return level;
    }
  }
}
