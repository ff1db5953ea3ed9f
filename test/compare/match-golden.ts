import { expect } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const golden = join(import.meta.dirname, '..', 'golden');
// UPDATE_GOLDEN=1 rewrites the golden files from the current output; review the diff before committing.
const update = process.env['UPDATE_GOLDEN'] === '1';

/** Expects a committed file to hold exactly `actual`; UPDATE_GOLDEN=1 writes it first. */
export function matchCommitted(file: string, actual: string): void {
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

export function matchGolden(name: string, actual: string): void {
  matchCommitted(join(golden, name), actual);
}
