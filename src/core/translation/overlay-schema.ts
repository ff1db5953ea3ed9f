import { z } from 'zod';
import { ISO_DATE, isCalendarDate, LANGUAGE_TAG } from '../patterns.js';
import { id, text } from '../schema-primitives.js';

/**
 * A translation overlay as written in YAML (rubrics/<pack>/i18n/<lang>.yaml): a header, then
 * one entry per translated text, keyed by where the text sits. Every entry carries the hash of
 * the English it was made from, so an English edit marks exactly the entries it touched.
 */

const hash = z
  .string({ error: 'issues.schema.hash' })
  .regex(/^[0-9a-f]{8}$/, 'issues.schema.hash')
  .meta({ description: 'The hash of the English text this translates; gret writes it, nobody needs to.' });

const entrySchema = z.strictObject({ hash, text });

/** Field names as the pack's YAML spells them: `levels.3`, `recommendations.plan-add-actions.text`. */
const field = z.string().regex(/^[a-z_]+(\.[a-z0-9_-]+)*$/, 'issues.schema.field_name');
const entries = z.record(field, entrySchema);

const date = z.string().regex(ISO_DATE, 'issues.schema.date').refine(isCalendarDate, 'issues.schema.calendar_day');

export const overlaySchema = z.strictObject({
  language: z.string().regex(LANGUAGE_TAG, 'issues.schema.language_translation'),
  pack: id.meta({ description: 'The id of the pack this translates.' }),
  status: z.enum(['draft', 'reviewed']).meta({ description: 'draft until a native-speaking expert has reviewed the whole file.' }),
  reviewer: text.optional().meta({ description: 'Who reviewed it: required with status reviewed.' }),
  reviewed: date.optional().meta({ description: 'The date of the review: required with status reviewed.' }),
  texts: entries.default({}).meta({ description: "The pack's own texts: title, description, scale, bands, dimensions, glossary." }),
  indicators: z.record(id, entries).default({}).meta({ description: 'Per indicator id, its texts by field.' }),
});

export type OverlayFile = z.infer<typeof overlaySchema>;
