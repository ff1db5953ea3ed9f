import { expect } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const golden = join(import.meta.dirname, '..', 'golden');
// UPDATE_GOLDEN=1 rewrites the golden files from the current output; review the diff before committing.
const update = process.env['UPDATE_GOLDEN'] === '1';

export function matchGolden(name: string, actual: string): void {
  const file = join(golden, name);
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
