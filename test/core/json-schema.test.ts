import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rubricJsonSchema } from '../../src/core/rubric/json-schema.js';

describe('rubric JSON Schema', () => {
  it('is committed up to date with the zod schema (regenerate: gret rubric schema -o rubrics/rubric.schema.json)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'rubrics', 'rubric.schema.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(rubricJsonSchema(), null, 2)}\n`);
  });

  it('describes all three kinds of rubric file', () => {
    const text = JSON.stringify(rubricJsonSchema());
    for (const key of ['default_target', 'indicators', 'sources', 'evidence_prompt', 'applies_if']) expect(text).toContain(`"${key}"`);
  });
});
