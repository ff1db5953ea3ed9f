import { z } from 'zod';
import { LANGUAGE_TAG, SDG_INDICATOR, VERSION } from '../patterns.js';
import { id, sourceKey, text } from '../schema-primitives.js';
import { crosswalkFrameworks, effortValues, horizonValues, parityCounts, scopeValues } from '../vocabulary.js';

/**
 * The rubric pack format as written in YAML (snake_case keys, as authors type them).
 * Every object is strict: an unknown key is an error, so a typo never passes silently.
 * Semantic rules that span objects or files live in check-pack.ts.
 */

const level = z.int().min(0).max(10);
const weight = z.number().positive('issues.schema.positive').max(100);

const recommendationSchema = z.strictObject({
  id,
  text,
  below: level.meta({ description: 'Offered while the current level is below this level.' }),
  effort: z.enum(effortValues),
  horizon: z.enum(horizonValues),
  owner: text.meta({ description: 'Who would usually carry this out.' }),
  success_measure: text
    .optional()
    .meta({ description: 'A measurable sign that the recommendation has been carried out, as an action plan would track it.' }),
  sources: z.array(sourceKey).default([]),
});

const otherwise = z
  .union([z.literal('not-applicable'), level], { error: 'issues.schema.otherwise' })
  .meta({ description: 'What the condition being false means: not-applicable where it is structural, or the level to score (such as 0) where the ministry should have met it.' });

const appliesIfSchema = z.union([
  z.strictObject({ indicator: id, min_level: level, otherwise }),
  z.strictObject({ indicator: id, answer_in: z.array(z.union([z.string(), z.number()])).min(1), otherwise }),
], { error: 'issues.schema.applies_if' });

const levelKey = z.string().regex(/^\d+$/, 'issues.schema.level_key');
const percent = z.int().min(0).max(100);

const sdgCode = z
  .string()
  .regex(SDG_INDICATOR, 'issues.schema.sdg')
  .meta({ description: 'A global SDG indicator code: goal, target and indicator number.' });

const crosswalkSchema = z.strictObject({
  framework: z.enum(crosswalkFrameworks).meta({ description: 'egs: UN E-Government Survey; gtmi: World Bank GovTech Maturity Index; undp-seal: UNDP Gender Equality Seal for Public Institutions.' }),
  item: text.meta({ description: 'The survey question, index indicator or Seal standard this indicator informs, in its own terms.' }),
});

const indicatorBase = {
  id,
  title: text,
  question: text,
  guidance: text,
  why: text.meta({ description: 'Why this matters for women.' }),
  weight,
  critical: z.boolean().default(false),
  scope: z.enum(scopeValues),
  evidence_prompt: text,
  applies_if: appliesIfSchema.optional(),
  levels: z
    .record(levelKey, text)
    .meta({ description: 'One descriptor for each level an answer can reach, and none for the others.' }),
  evidence: z
    .record(levelKey, text)
    .default({})
    .meta({ description: 'The minimum document or test that supports an answer at a level, by level; only levels an answer can reach.' }),
  sdg: z
    .array(sdgCode)
    .default([])
    .meta({ description: 'The SDG indicators whose national reporting this answer informs.' }),
  crosswalk: z
    .array(crosswalkSchema)
    .default([])
    .meta({ description: 'Matching items of other international assessments, where they exist.' }),
  recommendations: z.array(recommendationSchema).min(1),
  sources: z.array(sourceKey).min(1),
};

const optionSchema = z.strictObject({ id, label: text, level });
const checklistItemSchema = z.strictObject({ id, label: text, weight: weight.default(1) });
const thresholdSchema = z.strictObject({ min: z.number(), level });
const parityCountsSchema = z
  .strictObject(Object.fromEntries(parityCounts.map((c) => [c, text])) as Record<(typeof parityCounts)[number], typeof text>)
  .meta({ description: 'What each of the four counts is, in the words the question asks them.' });

const indicatorSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...indicatorBase, type: z.literal('level') }),
  z.strictObject({ ...indicatorBase, type: z.literal('yes-no'), yes_level: level, no_level: level }),
  z.strictObject({ ...indicatorBase, type: z.literal('choice'), options: z.array(optionSchema).min(2) }),
  z.strictObject({
    ...indicatorBase,
    type: z.literal('checklist'),
    items: z.array(checklistItemSchema).min(2),
    requires: z
      .record(levelKey, z.array(id).min(1))
      .default({})
      .meta({ description: 'Items a level needs ticked besides its weighted share, by level; a level also needs those of the levels below it.' }),
  }),
  z.strictObject({
    ...indicatorBase,
    type: z.literal('number'),
    unit: text.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    thresholds: z.array(thresholdSchema).min(2),
  }),
  z.strictObject({ ...indicatorBase, type: z.literal('percent'), thresholds: z.array(thresholdSchema).min(2) }),
  z.strictObject({
    ...indicatorBase,
    type: z.literal('parity'),
    counts: parityCountsSchema,
    thresholds: z
      .array(thresholdSchema)
      .min(2)
      .meta({ description: "Levels by the parity score: women's rate (women users ÷ eligible women) ÷ men's rate, to two decimals." }),
  }),
]);

export const dimensionFileSchema = z.strictObject({
  dimension: id,
  indicators: z.array(indicatorSchema).min(1),
});

const sourceSchema = z.strictObject({
  key: sourceKey,
  title: text,
  organisation: text,
  year: z.int().min(1900).max(2100),
  url: z.url({ protocol: /^https?$/ }),
  note: text.optional(),
  figures: z
    .array(
      z.strictObject({
        text: text.meta({ description: 'The figure or claim exactly as the pack words it.' }),
        checked: text.meta({ description: 'Where the figure was found in the source: page, table or section, and the date it was read.' }),
      }),
    )
    .default([])
    .meta({ description: 'The figures and claims the pack takes from this source.' }),
});

export const bibliographySchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });

const packChangeSchema = z.strictObject({
  version: text,
  summary: text,
  added: z.array(id).default([]),
  removed: z.array(id).default([]),
  merged: z
    .array(z.strictObject({ into: id, from: z.array(id).min(1) }))
    .default([])
    .meta({ description: 'Indicators folded into another one; answers to them are not compared with it.' }),
  rescaled: z.array(id).default([]),
  reworded: z.array(id).default([]),
});

const glossaryTermSchema = z.strictObject({
  term: text,
  definition: text,
  sources: z.array(sourceKey).default([]),
});

export const packSchema = z.strictObject({
  id,
  version: z.string().regex(VERSION, 'issues.schema.version'),
  title: text,
  description: text,
  language: z.string().regex(LANGUAGE_TAG, 'issues.schema.language_pack'),
  scale: z.array(z.strictObject({ level, label: text, meaning: text })).min(2),
  bands: z
    .array(
      z.strictObject({
        min: z.number().min(0).max(100),
        label: text,
        meaning: text,
        gate: z
          .strictObject({
            critical_min_level: level
              .optional()
              .meta({ description: "Every critical indicator at this level or above (don't know, unanswered and handled nationally count as 0)." }),
            top_level_share: percent.optional().meta({ description: "At least this percentage of the applicable weight at the scale's top level." }),
          })
          .optional()
          .meta({ description: 'What the band needs besides its minimum score; the gates of the bands below it apply too.' }),
      }),
    )
    .min(1),
  limited_scope_below: percent
    .default(85)
    .meta({ description: 'A score resting on less than this percentage of its weight is marked "limited scope".' }),
  default_target: level,
  dimensions: z
    .array(z.strictObject({ id, title: text, short_title: text, description: text, weight, file: text }))
    .min(1),
  bibliography: text,
  glossary: z
    .array(glossaryTermSchema)
    .default([])
    .meta({ description: 'Terms the questions use, defined for the people answering them.' }),
  changes: z.array(packChangeSchema).default([]),
});

export type PackFile = z.infer<typeof packSchema>;
export type DimensionFile = z.infer<typeof dimensionFileSchema>;
export type IndicatorInput = z.infer<typeof indicatorSchema>;
export type BibliographyFile = z.infer<typeof bibliographySchema>;
