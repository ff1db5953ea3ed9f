import { resolve } from 'node:path';
import type { Issue } from '../core/issues.js';
import type { Rubric } from '../core/types.js';
import { compiledPackIn } from './compiled-packs.js';
import { bundledRubric } from './package-root.js';
import { readPack } from '../store/read-pack.js';
import { packFolder } from './pack-folder.js';

export interface LoadedRubric {
  readonly rubric: Rubric;
  readonly warnings: readonly Issue[];
  readonly dir: string;
}

/**
 * Reads a pack folder, validates everything in it and reports all problems with positions.
 * A pack whose files are the very texts of one compiled at build time (the bundled packs) is
 * taken from its compiled form: everyday commands then skip parsing 160 KB of YAML, and never
 * load the validator and zod at all.
 */
export async function loadRubric(dir: string = bundledRubric, options: { compiled?: boolean } = {}): Promise<LoadedRubric> {
  const folder = packFolder(dir);
  const compiled = options.compiled === false ? undefined : compiledPackIn(folder);
  if (compiled !== undefined) return { rubric: compiled, warnings: [], dir: resolve(folder) };
  const { validatePack } = await import('./validate-pack.js');
  return validatePack(readPack(folder));
}
