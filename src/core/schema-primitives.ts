import { z } from 'zod';
import { KEBAB_ID, SOURCE_KEY } from './patterns.js';
import { hasControlChars } from './sanitize.js';

/*
 * gret parses each file once per run. zod's compiled fast path, which it builds with `new
 * Function` on a schema's first parse, costs more to build than one parse saves: off.
 */
z.config({ jitless: true });

/**
 * Field types shared by the rubric and answers formats. A check's message is a catalog key
 * (issues.schema.…), which the shell words in the run's language: see zod-issues.ts.
 */

export const text = z
  .string()
  .trim()
  .min(1, 'issues.schema.not_empty')
  .refine((s) => !hasControlChars(s), 'issues.schema.control_character');

/** Text that joins the items of a list, kept untrimmed: its spaces are part of it (`"; "`, `" or "`, `"、"`). */
export const separator = z
  .string()
  .min(1, 'issues.schema.not_empty')
  .refine((s) => !hasControlChars(s), 'issues.schema.control_character');

export const id = z
  .string()
  .regex(KEBAB_ID, 'issues.schema.kebab_id');

export const sourceKey = z
  .string()
  .regex(SOURCE_KEY, 'issues.schema.source_key');
