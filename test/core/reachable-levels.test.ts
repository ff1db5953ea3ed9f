import { describe, expect, it } from '@jest/globals';
import { levelOf } from '../../src/core/scoring/level-of.js';
import { reachableLevels } from '../../src/core/scoring/reachable-levels.js';
import type { ChecklistRequirement, Indicator } from '../../src/core/types.js';
import { indicator } from '../builders.js';

const sorted = (levels: Set<number>): number[] => [...levels].sort((a, b) => a - b);

/** Every level some set of ticked items reaches, found by trying each set: what reachableLevels must agree with. */
function byEveryAnswer(ind: Indicator & { type: 'checklist' }, maxLevel: number): number[] {
  const levels = new Set<number>();
  for (let mask = 0; mask < 2 ** ind.items.length; mask++) {
    const ticked = ind.items.filter((_, k) => (mask >> k) & 1).map((i) => i.id);
    levels.add(levelOf(ind, ticked, maxLevel));
  }
  return sorted(levels);
}

function checklist(weights: number[], requires: ChecklistRequirement[] = []): Indicator & { type: 'checklist' } {
  const items = weights.map((weight, k) => ({ id: `i${k}`, label: `Item ${k}`, weight }));
  const built = indicator('cl', { type: 'checklist', items, requires });
  if (built.type !== 'checklist') throw new Error('the builder did not make a checklist');
  return built;
}

describe('levels an answer can reach', () => {
  it.each([
    ['yes/no jumping from 0 to 3', indicator('yn', { type: 'yes-no', yesLevel: 3, noLevel: 0 }), [0, 3]],
    ['a choice', indicator('ch', { type: 'choice', options: [{ id: 'a', label: 'A', level: 0 }, { id: 'b', label: 'B', level: 2 }, { id: 'c', label: 'C', level: 2 }] }), [0, 2]],
    ['a level', indicator('lv'), [0, 1, 2, 3, 4]],
    ['a percentage whose first threshold is 0', indicator('pc', { type: 'percent', thresholds: [{ min: 0, level: 1 }, { min: 50, level: 3 }] }), [1, 3]],
    ['a percentage with a threshold beyond 100', indicator('pc', { type: 'percent', thresholds: [{ min: 10, level: 2 }, { min: 120, level: 4 }] }), [0, 2]],
    [
      'a number with a floor at its first threshold and a ceiling below its last',
      indicator('nb', { type: 'number', min: 5, max: 40, thresholds: [{ min: 5, level: 1 }, { min: 20, level: 2 }, { min: 50, level: 4 }] }),
      [1, 2],
    ],
    ['a number without bounds', indicator('nb', { type: 'number', thresholds: [{ min: 0, level: 4 }, { min: 2, level: 3 }, { min: 10, level: 0 }] }), [0, 3, 4]],
  ])('%s', (_name, ind, expected) => {
    expect(sorted(reachableLevels(ind, 4))).toEqual(expected);
  });

  it.each<[string, number[], ChecklistRequirement[], number[]]>([
    ['two equal items skip the odd levels', [1, 1], [], [0, 2, 4]],
    ['four equal items reach every level', [1, 1, 1, 1], [], [0, 1, 2, 3, 4]],
    ['a heavy item', [3, 1], [], [0, 1, 3, 4]],
    ['decimal weights', [0.1, 0.2, 0.3], [], [0, 1, 2, 3, 4]],
    ['a requirement can hold a share back to a lower level', [1, 1, 1, 1], [{ level: 2, items: ['i0', 'i1'] }], [0, 1, 2, 3, 4]],
    ['a requirement that only the full set meets leaves levels out', [1, 1, 1, 1], [{ level: 1, items: ['i0', 'i1', 'i2', 'i3'] }], [0, 4]],
    ['requirements on two levels', [0.5, 1, 1, 1.5, 1, 1, 1, 1], [{ level: 2, items: ['i3'] }, { level: 3, items: ['i4', 'i5'] }], [0, 1, 2, 3, 4]],
    ['a required light item next to a heavy one', [4, 1, 1], [{ level: 1, items: ['i1'] }], [0, 1, 3, 4]],
  ])('%s, checked against every answer', (_name, weights, requires, expected) => {
    const ind = checklist(weights, requires);
    expect(byEveryAnswer(ind, 4)).toEqual(expected);
    expect(sorted(reachableLevels(ind, 4))).toEqual(expected);
  });
});
