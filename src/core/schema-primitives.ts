import { z } from 'zod';
import { KEBAB_ID, SOURCE_KEY } from './patterns.js';
import { hasControlChars } from './sanitize.js';

/*
 * gret parses each file once per run. zod's compiled fast path, which it builds with `new
 * Function` on a schema's first parse, costs more to build than one parse saves: off.
 */
z.config({ jitless: true });

/** Field types shared by the rubric and answers formats. */

export const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !hasControlChars(s), 'contains a control character or terminal escape sequence');

/** Text that joins the items of a list, kept untrimmed: its spaces are part of it (`"; "`, `" or "`, `"、"`). */
export const separator = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => !hasControlChars(s), 'contains a control character or terminal escape sequence');

export const id = z
  .string()
  .regex(KEBAB_ID, 'must be a kebab-case id (lower-case letters, digits and single hyphens)');

export const sourceKey = z
  .string()
  .regex(SOURCE_KEY, 'must be a source key of letters, digits and hyphens');
