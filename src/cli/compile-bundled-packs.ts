// Build step (npm run build): validates every bundled pack and stores its compiled form.
import { readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '../core/types.js';
import { COMPILED_PACKS, compiledPackFile, type CompiledPack } from './compiled-packs.js';
import { packContents, readPack, type PackFiles } from '../store/read-pack.js';
import { writeFile } from '../store/write-files.js';
import { validatePack } from './validate-pack.js';
import { loadMessages } from './load-messages.js';
import { formatUserError } from './report-error.js';
import { UserError } from '../core/errors.js';
import { packageRoot } from './package-root.js';

function compilePack(files: PackFiles, rubric: Rubric): void {
  const file = compiledPackFile(rubric.id);
  if (file === undefined) throw new Error(`the pack id ${rubric.id} cannot name a compiled pack`);
  mkdirSync(COMPILED_PACKS, { recursive: true });
  const compiled: CompiledPack = { contents: packContents(files), rubric };
  writeFile(file, JSON.stringify(compiled));
}

const rubrics = join(packageRoot, 'rubrics');
for (const name of readdirSync(rubrics)) {
  if (!existsSync(join(rubrics, name, 'pack.yaml'))) continue;
  try {
    const files = readPack(join(rubrics, name));
    const { rubric, warnings } = validatePack(files);
    if (warnings.length > 0) {
      process.stderr.write(`${name}: not compiled, it has ${warnings.length} warning(s); run gret rubric validate\n`);
      continue;
    }
    // gret finds a compiled pack by the name of its folder (compiledPackIn).
    if (rubric.id !== name) {
      process.stderr.write(`${name}: not compiled, the folder must be named after the pack's id ${rubric.id}\n`);
      continue;
    }
    compilePack(files, rubric);
  } catch (error) {
    // A broken bundled pack must not break the build of the tool that reports what is broken.
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(formatUserError(error, loadMessages('en')));
  }
}
