import type { z } from 'zod';
import { issue, type Issue, type Parsed } from '../issues.js';
import { quoted } from '../sanitize.js';
import { zodProblem } from '../zod-issues.js';
import { lookSchema, wordingSchema, type Look, type Wording } from './template-schema.js';

function parseWith<T>(schema: z.ZodType<T>, file: string, data: unknown): Parsed<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, warnings: [] };
  const issues: Issue[] = result.error.issues.flatMap((i) => {
    const path = i.path.filter((p) => typeof p !== 'symbol');
    // Point at each unknown key itself, not at the object holding it.
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => issue(file, [...path, key], 'TEMPLATE_UNKNOWN_KEY', { key: 'issues.TEMPLATE_UNKNOWN_KEY', values: { key: quoted(key) } }));
    }
    const last = path[path.length - 1];
    if (i.code === 'invalid_type' && /received undefined$/.test(i.message) && last !== undefined) {
      return [issue(file, path, 'TEMPLATE_MISSING_KEY', { key: 'issues.TEMPLATE_MISSING_KEY', values: { key: quoted(String(last)) } })];
    }
    return [{ file, path, code: `TEMPLATE_${i.code.toUpperCase()}`, words: zodProblem(i), severity: 'error' as const }];
  });
  return { ok: false, issues };
}

/** Checks the parsed YAML of a template's wording file. */
export function parseWording(file: string, data: unknown): Parsed<Wording> {
  return parseWith(wordingSchema, file, data);
}

/** Checks the parsed YAML of a template's look file. */
export function parseLook(file: string, data: unknown): Parsed<Look> {
  return parseWith(lookSchema, file, data);
}
