// Start-up and scoring speed against bare node, measured in the same run: `npm run bench`.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, row } from './measure.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gret = join(root, 'bin', 'gret.js');
const sample = join(root, 'templates', 'sample-assessment.yaml');
const node = process.execPath;

const floor = measure(node, ['-e', '']);
console.log(`bare node (node -e "")                ${floor.toFixed(1).padStart(8)} ms`);
console.log(row('gret --help', measure(node, [gret, '--help']), floor, 1.6));
console.log(row('gret score <sample>', measure(node, [gret, 'score', sample]), floor, 2.5));

for (const extra of ['report.js', 'aggregate.js']) {
  const file = join(root, 'bench', extra);
  if (existsSync(file)) {
    const module = await import(file);
    const run = module.benchReport ?? module.benchAggregate ?? module.default;
    for (const line of await run()) console.log(line);
  }
}
