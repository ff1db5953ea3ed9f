// Build step (npm run build): validates every bundled pack and stores its compiled form.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compilePack } from './compiled-packs.js';
import { loadRubric } from './load-rubric.js';
import { loadMessages } from './load-messages.js';
import { formatUserError } from './report-error.js';
import { UserError } from '../core/errors.js';
import { packageRoot } from './package-root.js';

const rubrics = join(packageRoot, 'rubrics');
for (const name of readdirSync(rubrics)) {
  if (!existsSync(join(rubrics, name, 'pack.yaml'))) continue;
  try {
    const { rubric, warnings } = await loadRubric(join(rubrics, name), { compiled: false });
    if (warnings.length > 0) {
      process.stderr.write(`${name}: not compiled, it has ${warnings.length} warning(s); run gret rubric validate\n`);
      continue;
    }
    compilePack(rubric);
  } catch (error) {
    // A broken bundled pack must not break the build of the tool that reports what is broken.
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(formatUserError(error, loadMessages('en')));
  }
}
