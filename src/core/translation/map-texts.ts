import type { Dimension, Indicator, Rubric } from '../types.js';
import { parityCounts } from '../vocabulary.js';

/** Where a translatable text sits: an indicator (by id) or the pack itself, and the field inside it. */
export interface TextKey {
  /** An indicator id, or PACK_TARGET for the pack's own texts (title, scale, bands, dimensions, glossary). */
  readonly target: string;
  /** The field as the pack's YAML names it: `title`, `levels.3`, `recommendations.plan-add-actions.text`. */
  readonly field: string;
}

/** Brackets cannot occur in a kebab-case id, so the pack's own texts never collide with an indicator's. */
export const PACK_TARGET = '(pack)';

export type TextMapper = (key: TextKey, english: string) => string;

/**
 * Every text of a rubric a reader sees, in the pack's order, passed through `map`. The one walk
 * over the rubric's texts: listing them (map returns the English) and translating them (map
 * returns the translation) cannot drift apart. Ids, levels, weights and everything else scoring
 * reads are copied as they are, so a translated rubric scores exactly as the English one.
 * Sources are left out: their titles are proper names and their figures quote the source.
 */
export function mapTexts(rubric: Rubric, map: TextMapper): Rubric {
  const pack = (field: string, english: string): string => map({ target: PACK_TARGET, field }, english);
  return {
    ...rubric,
    title: pack('title', rubric.title),
    description: pack('description', rubric.description),
    scale: rubric.scale.map((s) => ({ ...s, label: pack(`scale.${s.level}.label`, s.label), meaning: pack(`scale.${s.level}.meaning`, s.meaning) })),
    bands: rubric.bands.map((b, i) => ({ ...b, label: pack(`bands.${i}.label`, b.label), meaning: pack(`bands.${i}.meaning`, b.meaning) })),
    dimensions: rubric.dimensions.map((d): Dimension => ({
      ...d,
      title: pack(`dimensions.${d.id}.title`, d.title),
      shortTitle: pack(`dimensions.${d.id}.short_title`, d.shortTitle),
      description: pack(`dimensions.${d.id}.description`, d.description),
      indicators: d.indicators.map((ind) => mapIndicator(ind, map)),
    })),
    glossary: rubric.glossary.map((g, i) => ({ ...g, term: pack(`glossary.${i}.term`, g.term), definition: pack(`glossary.${i}.definition`, g.definition) })),
  };
}

function mapIndicator(ind: Indicator, map: TextMapper): Indicator {
  const t = (field: string, english: string): string => map({ target: ind.id, field }, english);
  const perLevel = (name: string, texts: readonly (string | null)[]): (string | null)[] =>
    texts.map((text, level) => (text === null ? null : t(`${name}.${level}`, text)));
  const common = {
    title: t('title', ind.title),
    question: t('question', ind.question),
    guidance: t('guidance', ind.guidance),
    why: t('why', ind.why),
    evidencePrompt: t('evidence_prompt', ind.evidencePrompt),
    levels: perLevel('levels', ind.levels),
    evidence: perLevel('evidence', ind.evidence),
    crosswalk: ind.crosswalk.map((c, i) => ({ ...c, item: t(`crosswalk.${i}.item`, c.item) })),
    recommendations: ind.recommendations.map((r) => {
      const field = `recommendations.${r.id}`;
      const text = t(`${field}.text`, r.text);
      const owner = t(`${field}.owner`, r.owner);
      return { ...r, text, owner, ...(r.successMeasure === undefined ? {} : { successMeasure: t(`${field}.success_measure`, r.successMeasure) }) };
    }),
  };
  switch (ind.type) {
    case 'choice':
      return { ...ind, ...common, options: ind.options.map((o) => ({ ...o, label: t(`options.${o.id}.label`, o.label) })) };
    case 'checklist':
      return { ...ind, ...common, items: ind.items.map((item) => ({ ...item, label: t(`items.${item.id}.label`, item.label) })) };
    case 'number':
      return { ...ind, ...common, ...(ind.unit === undefined ? {} : { unit: t('unit', ind.unit) }) };
    case 'parity': {
      const counts = { ...ind.counts };
      for (const name of parityCounts) counts[name] = t(`counts.${name}`, counts[name]);
      return { ...ind, ...common, counts };
    }
    default:
      return { ...ind, ...common };
  }
}

/** Every translatable text of the rubric with its key, in the pack's order. */
export function listTexts(rubric: Rubric): { readonly key: TextKey; readonly english: string }[] {
  const found: { key: TextKey; english: string }[] = [];
  mapTexts(rubric, (key, english) => {
    found.push({ key, english });
    return english;
  });
  return found;
}
