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
