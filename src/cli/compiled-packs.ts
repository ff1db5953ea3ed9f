import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEBAB_ID } from '../core/patterns.js';
import type { Rubric } from '../core/types.js';
import { packContents, type PackFiles } from '../store/read-pack.js';
import { packageRoot } from './package-root.js';

/**
 * Validated packs as JSON, one per pack id, each with the text of every file it was compiled
 * from. The build compiles the bundled packs, so everyday commands skip parsing 160 KB of YAML
 * and validating it again. A pack is taken from its compiled form only when its files are those
 * very texts: compared whole, which costs less than loading a hash function to compare digests.
 */
export interface CompiledPack {
  readonly contents: readonly { readonly name: string; readonly text: string }[];
  readonly rubric: Rubric;
}

export const COMPILED_PACKS = join(packageRoot, 'dist', 'packs');

/** The compiled form of the pack with this id, when the id could name a file: the pack is not validated yet. */
export function compiledPackFile(id: unknown): string | undefined {
  return typeof id === 'string' && KEBAB_ID.test(id) ? join(COMPILED_PACKS, `${id}.json`) : undefined;
}

function packId(files: PackFiles): unknown {
  const data = files.pack.data;
  return typeof data === 'object' && data !== null && 'id' in data ? data.id : undefined;
}

export function compiledPack(files: PackFiles): Rubric | undefined {
  const file = compiledPackFile(packId(files));
  if (file === undefined || !existsSync(file)) return undefined;
  const compiled = JSON.parse(readFileSync(file, 'utf8')) as CompiledPack;
  const contents = packContents(files);
  const same = contents.length === compiled.contents.length && contents.every((c, i) => c.name === compiled.contents[i]?.name && c.text === compiled.contents[i]?.text);
  // Written at build time from a pack that passed validation with these very texts.
  return same ? compiled.rubric : undefined;
}
