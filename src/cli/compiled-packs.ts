import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { KEBAB_ID } from '../core/patterns.js';
import type { Rubric } from '../core/types.js';
import { readsAs } from '../store/read-text.js';
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

/**
 * The compiled pack a folder holds, when its files are the very texts it was compiled from. It is
 * found by the folder's name, which for a bundled pack is its id, and the texts are compared
 * without parsing any YAML: pack.yaml is among them, so the same pack.yaml names the same files.
 * A folder of another name, or any text changed, is read and validated as every other pack.
 * Links are not checked here as the validator checks them: a file that is the compiled text
 * gives the compiled rubric wherever it lies, which tells nothing of what lies outside the pack.
 */
export function compiledPackIn(folder: string): Rubric | undefined {
  const root = resolve(folder);
  const file = compiledPackFile(basename(root));
  if (file === undefined || !existsSync(file)) return undefined;
  const compiled = JSON.parse(readFileSync(file, 'utf8')) as CompiledPack;
  return compiled.contents.every((c) => readsAs(join(root, c.name), c.text, { key: 'files.pack' })) ? compiled.rubric : undefined;
}
