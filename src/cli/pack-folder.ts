import { join } from 'node:path';
import { bundledPackNames, bundledRubric, packageRoot } from './package-root.js';

type BundledPack = (typeof bundledPackNames)[number];

const isBundled = (name: unknown): name is BundledPack => typeof name === 'string' && (bundledPackNames as readonly string[]).includes(name);

/**
 * The pack folder to read. `--rubric` takes a folder, or the id of a bundled pack alone
 * (`--rubric egov-women-national`; a local folder of that name is written `./egov-women-national`).
 * Without it, a file that names a bundled pack in `meta.pack` is read with that pack, so a
 * national profile or a service checklist needs no flag; anything else gets the ministry pack.
 */
export function packFolder(flag: string | undefined, answersData?: unknown): string {
  if (flag !== undefined) return isBundled(flag) ? join(packageRoot, 'rubrics', flag) : flag;
  const named = packIdOf(answersData);
  return isBundled(named) ? join(packageRoot, 'rubrics', named) : bundledRubric;
}

function packIdOf(data: unknown): unknown {
  const meta = field(data, 'meta');
  return field(field(meta, 'pack'), 'id');
}

function field(x: unknown, key: string): unknown {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>)[key] : undefined;
}
