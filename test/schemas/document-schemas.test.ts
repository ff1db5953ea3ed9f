import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { documents, type DocumentName } from '../../src/core/result-document.js';
import { matchCommitted } from '../compare/match-golden.js';
import { documentSchemas, type DocumentType } from './document-schema.js';

const root = join(import.meta.dirname, '..', '..');
const schemaFile = (name: DocumentName): string => join(root, 'docs', 'schemas', `${name}.schema.json`);

const types: Readonly<Record<DocumentName, DocumentType>> = {
  assessment: { file: 'src/core/assessment.ts', type: 'Assessment', title: 'gret assessment result (score --json, report --format json)' },
  comparison: { file: 'src/core/compare/comparison.ts', type: 'Comparison', title: 'gret comparison (compare --format json)' },
  aggregate: { file: 'src/core/aggregate/aggregate-summary.ts', type: 'AggregateSummary', title: 'gret aggregate summary (aggregate --format json)' },
};
const names = Object.keys(documents) as DocumentName[];

function goldenJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? goldenJson(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

/** The committed schema of the document a JSON file says it is, as a validator independent of the generator. */
function validatorFor(document: unknown): z.ZodType {
  const kind = (document as { kind?: unknown }).kind;
  const name = names.find((n) => documents[n].kind === kind);
  if (name === undefined) throw new Error(`no document has the kind ${String(kind)}`);
  return z.fromJSONSchema(JSON.parse(readFileSync(schemaFile(name), 'utf8')) as z.core.JSONSchema.JSONSchema);
}

describe('result document schemas', () => {
  const generated = documentSchemas(names.map((n) => types[n]));

  it.each(names.map((n, i) => [n, i] as const))('the %s schema is committed up to date (UPDATE_GOLDEN=1 rewrites it)', (name, i) => {
    matchCommitted(schemaFile(name), `${JSON.stringify(generated[i], null, 2)}\n`);
  });

  it.each(names)('the %s schema names its kind and schema version', (name) => {
    const schema = JSON.parse(readFileSync(schemaFile(name), 'utf8')) as { properties: Record<string, { const?: string }> };
    expect(schema.properties['kind']?.const).toBe(documents[name].kind);
    expect(schema.properties['schemaVersion']?.const).toBe(documents[name].schemaVersion);
  });

  const goldens = goldenJson(join(root, 'test', 'golden')).map((f) => [relative(root, f), f] as const);

  it('has a golden file for every document', () => {
    const kinds = goldens.map(([, f]) => (JSON.parse(readFileSync(f, 'utf8')) as { kind: string }).kind);
    expect(new Set(kinds)).toEqual(new Set(names.map((n) => documents[n].kind)));
  });

  it.each(goldens)('%s validates against the schema of its kind', (_name, file) => {
    const document: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const result = validatorFor(document).safeParse(document);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(goldens)('the schema of %s rejects a misspelt key, a missing one and a wrong value', (_name, file) => {
    const document = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const validator = validatorFor(document);
    const { warnings, ...withoutWarnings } = document;
    expect(Array.isArray(warnings)).toBe(true);
    expect(validator.safeParse({ ...withoutWarnings, warning: [] }).success).toBe(false);
    expect(validator.safeParse(withoutWarnings).success).toBe(false);
    expect(validator.safeParse({ ...document, schemaVersion: '0.9.0' }).success).toBe(false);
    expect(validator.safeParse({ ...document, rubric: { ...(document['rubric'] as object), maxLevel: 'four' } }).success).toBe(false);
  });
});
