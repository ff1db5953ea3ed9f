import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '../core/types.js';
import { writeFile } from '../store/write-files.js';
import { packageRoot } from './package-root.js';

/**
 * Validated packs as JSON, keyed by the content hash of their files. The build compiles the
 * bundled packs, so everyday commands skip parsing 160 KB of YAML and validating it again.
 */
const folder = join(packageRoot, 'dist', 'packs');

function fileFor(hash: string): string {
  return join(folder, `${hash.replace(':', '-')}.json`);
}

export function compiledPack(hash: string): Rubric | undefined {
  const file = fileFor(hash);
  if (!existsSync(file)) return undefined;
  // Written by compilePack below from a pack that passed validation with these very bytes.
  return JSON.parse(readFileSync(file, 'utf8')) as Rubric;
}

export function compilePack(rubric: Rubric): string {
  mkdirSync(folder, { recursive: true });
  const file = fileFor(rubric.hash);
  writeFile(file, JSON.stringify(rubric));
  return file;
}
