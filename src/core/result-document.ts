import type { Rubric } from './types.js';

/**
 * Every JSON document gret writes opens the same way: `kind` says which document it is,
 * `schemaVersion` which version of that document's shape (its JSON Schema is published in
 * docs/schemas/), and `generator` which gret wrote it. Bump a document's major version on any
 * breaking change to its shape, its minor on an addition.
 */
export const documents = {
  assessment: { kind: 'gret-assessment-result', schemaVersion: '1.4.0' },
  comparison: { kind: 'gret-comparison', schemaVersion: '1.3.0' },
  aggregate: { kind: 'gret-aggregate-summary', schemaVersion: '1.4.0' },
} as const;

export type DocumentName = keyof typeof documents;

export type DocumentHead<D extends DocumentName> = (typeof documents)[D] & { readonly generator: Generator };

export interface Generator {
  readonly name: 'gret';
  readonly version: string;
}

/** Which pack, at which version and with which content, a document's figures come from. */
export type RubricIdentity = Pick<Rubric, 'id' | 'version' | 'hash' | 'title' | 'maxLevel'>;

/** The opening fields of a document, in the order the JSON shows them. */
export function documentHead<D extends DocumentName>(document: D, gretVersion: string): DocumentHead<D> {
  return { ...documents[document], generator: { name: 'gret', version: gretVersion } };
}

export function rubricIdentity(rubric: Rubric): RubricIdentity {
  return { id: rubric.id, version: rubric.version, hash: rubric.hash, title: rubric.title, maxLevel: rubric.maxLevel };
}
