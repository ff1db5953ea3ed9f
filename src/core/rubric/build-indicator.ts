import type { AppliesIf, Indicator, IndicatorKind } from '../types.js';
import type { IndicatorInput } from './schema.js';

/** An indicator as written in its dimension file, in the model's shape (camelCase, levels by number). */
export function buildIndicator(ind: IndicatorInput, dimensionId: string, maxLevel: number): Indicator {
  const levels: (string | null)[] = Array.from({ length: maxLevel + 1 }, () => null);
  for (const [key, descriptor] of Object.entries(ind.levels)) levels[Number(key)] = descriptor;
  const evidence: (string | null)[] = Array.from({ length: maxLevel + 1 }, () => null);
  for (const [key, minimum] of Object.entries(ind.evidence)) evidence[Number(key)] = minimum;
  const common = {
    id: ind.id,
    dimensionId,
    title: ind.title,
    question: ind.question,
    guidance: ind.guidance,
    why: ind.why,
    weight: ind.weight,
    critical: ind.critical,
    scope: ind.scope,
    evidencePrompt: ind.evidence_prompt,
    levels,
    evidence,
    sdg: ind.sdg,
    crosswalk: ind.crosswalk,
    recommendations: ind.recommendations.map(({ success_measure: successMeasure, ...r }) => ({
      ...r,
      ...(successMeasure === undefined ? {} : { successMeasure }),
    })),
    sources: ind.sources,
    ...(ind.applies_if === undefined ? {} : { appliesIf: appliesIfOf(ind.applies_if) }),
  };
  return { ...common, ...kindOf(ind) };
}

function appliesIfOf(cond: NonNullable<IndicatorInput['applies_if']>): AppliesIf {
  return 'min_level' in cond
    ? { indicator: cond.indicator, minLevel: cond.min_level, otherwise: cond.otherwise }
    : { indicator: cond.indicator, answerIn: cond.answer_in, otherwise: cond.otherwise };
}

function kindOf(ind: IndicatorInput): IndicatorKind {
  switch (ind.type) {
    case 'level':
      return { type: 'level' };
    case 'yes-no':
      return { type: 'yes-no', yesLevel: ind.yes_level, noLevel: ind.no_level };
    case 'choice':
      return { type: 'choice', options: ind.options };
    case 'checklist':
      return {
        type: 'checklist',
        items: ind.items,
        requires: Object.entries(ind.requires)
          .map(([level, items]) => ({ level: Number(level), items }))
          .sort((a, b) => a.level - b.level),
      };
    case 'number':
      return {
        type: 'number',
        thresholds: ind.thresholds,
        ...(ind.unit === undefined ? {} : { unit: ind.unit }),
        ...(ind.min === undefined ? {} : { min: ind.min }),
        ...(ind.max === undefined ? {} : { max: ind.max }),
      };
    case 'percent':
      return { type: 'percent', thresholds: ind.thresholds };
    case 'parity':
      return { type: 'parity', counts: ind.counts, thresholds: ind.thresholds };
  }
}
