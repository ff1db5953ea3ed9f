import type { ChecklistItem, ChecklistRequirement, Indicator, Threshold } from '../types.js';
import { levelOfShare } from './level-of.js';

/**
 * The levels some answer to the indicator can reach, by the rules of level-of.ts. A descriptor on
 * any other level would describe a state the answer cannot express (a yes/no question that jumps
 * from 0 to 3 has no level 1), so validation refuses it.
 */
export function reachableLevels(indicator: Indicator, maxLevel: number): Set<number> {
  switch (indicator.type) {
    case 'level':
      return new Set(Array.from({ length: maxLevel + 1 }, (_, level) => level));
    case 'yes-no':
      return new Set([indicator.yesLevel, indicator.noLevel]);
    case 'choice':
      return new Set(indicator.options.map((o) => o.level));
    case 'checklist':
      return checklistLevels(indicator.items, indicator.requires, maxLevel);
    case 'number':
      return thresholdLevels(indicator.thresholds, indicator.min ?? -Infinity, indicator.max ?? Infinity);
    case 'percent':
      return thresholdLevels(indicator.thresholds, 0, 100);
    case 'parity':
      return thresholdLevels(indicator.thresholds, 0, Infinity);
  }
}

function thresholdLevels(thresholds: readonly Threshold[], lowest: number, highest: number): Set<number> {
  const levels = new Set<number>();
  const first = thresholds[0];
  if (first === undefined || lowest < first.min) levels.add(0);
  thresholds.forEach((t, k) => {
    const from = Math.max(lowest, t.min);
    const next = thresholds[k + 1]?.min ?? Infinity;
    if (from <= highest && from < next) levels.add(t.level);
  });
  return levels;
}

/**
 * Level L is reached by a set of ticked items that holds every item required up to L and either
 * shares out at exactly L, or shares out at L or more but lacks an item level L + 1 requires.
 */
function checklistLevels(items: readonly ChecklistItem[], requires: readonly ChecklistRequirement[], maxLevel: number): Set<number> {
  const total = items.reduce((s, i) => s + i.weight, 0);
  const weightOf = (ids: ReadonlySet<string>): number => items.reduce((s, i) => s + (ids.has(i.id) ? i.weight : 0), 0);
  const levels = new Set<number>([0]);
  for (let level = 1; level <= maxLevel; level++) {
    const forced = new Set(requires.filter((r) => r.level <= level).flatMap((r) => r.items));
    const free = items.filter((i) => !forced.has(i.id));
    const base = weightOf(forced);
    const sharesOut = [...subsetSums(free)].some((sum) => levelOfShare(base + sum, total, maxLevel) === level);
    const freeWeight = free.reduce((s, i) => s + i.weight, 0);
    const nextNeeds = requires.find((r) => r.level === level + 1)?.items.filter((id) => !forced.has(id)) ?? [];
    const heldBack = nextNeeds.some((id) => {
      const missing = items.find((i) => i.id === id)?.weight ?? 0;
      return levelOfShare(base + freeWeight - missing, total, maxLevel) >= level;
    });
    if (sharesOut || heldBack) levels.add(level);
  }
  return levels;
}

/** Every total weight some subset of the items adds up to (sums a millionth apart count as one). */
function subsetSums(items: readonly ChecklistItem[]): Set<number> {
  const sums = new Map<number, number>([[0, 0]]);
  for (const item of items) {
    for (const sum of [...sums.values()]) {
      const next = sum + item.weight;
      const key = Math.round(next * 1e6);
      if (!sums.has(key)) sums.set(key, next);
    }
  }
  return new Set(sums.values());
}
