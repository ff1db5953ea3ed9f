import type { Indicator, Rubric, Targets } from '../types.js';

export function packTargets(rubric: Rubric): Targets {
  return { source: 'pack', default: rubric.defaultTarget, dimensions: {}, indicators: {} };
}

export function flagTargets(level: number): Targets {
  return { source: 'flag', default: level, dimensions: {}, indicators: {} };
}

export function targetFor(targets: Targets, indicator: Indicator): number {
  return targets.indicators[indicator.id] ?? targets.dimensions[indicator.dimensionId] ?? targets.default;
}

const resolved = new WeakMap<Targets, WeakMap<Rubric, readonly number[]>>();

/** Every indicator's target, in rubric order: worked out once, for an aggregate that scores thousands of files against the same targets. */
export function targetLevels(targets: Targets, rubric: Rubric): readonly number[] {
  let byRubric = resolved.get(targets);
  if (byRubric === undefined) {
    byRubric = new WeakMap();
    resolved.set(targets, byRubric);
  }
  let levels = byRubric.get(rubric);
  if (levels === undefined) {
    levels = rubric.dimensions.flatMap((d) => d.indicators.map((i) => targetFor(targets, i)));
    byRubric.set(rubric, levels);
  }
  return levels;
}
