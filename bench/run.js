// Every speed goal against its floor, measured in the same run: `npm run bench`. One row per goal.
// Start-up and scoring are CPU times of paired runs (see measure.js); report and aggregate come
// from report.js and aggregate.js.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paired, row, TABLE_HEADER } from './measure.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gret = join(root, 'bin', 'gret.js');
const sample = join(root, 'templates', 'sample-assessment.yaml');
const bare = ['-e', ''];
const BARE = 'bare node (node -e "")';

/** A pack that is not bundled: the bundled one copied and changed by a comment, so no compiled form matches it. */
function thirdPartyPack(work) {
  const dir = join(work, 'our-pack');
  cpSync(join(root, 'rubrics', 'egov-women'), dir, { recursive: true });
  writeFileSync(join(dir, 'pack.yaml'), `${readFileSync(join(dir, 'pack.yaml'), 'utf8')}# adapted by the ministry\n`);
  return dir;
}

function pairedRow(name, goal, floor, floorArgs, caseArgs) {
  const { ms, floorMs, ratio } = paired(floorArgs, caseArgs);
  return row(name, ms, floorMs, goal, { floor, ratio });
}

console.log(TABLE_HEADER);
const work = mkdtempSync(join(tmpdir(), 'gret-bench-start-'));
try {
  const score = [gret, 'score', sample];
  console.log(pairedRow('gret --help', 1.2, BARE, bare, [gret, '--help']));
  console.log(pairedRow('gret score <sample>', 2.0, BARE, bare, score));
  console.log(pairedRow('gret score <sample> --rubric <own pack>', 2.0, 'gret score <sample>', score, [...score, '--rubric', thirdPartyPack(work)]));
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const extra of ['report.js', 'aggregate.js']) {
  const file = join(root, 'bench', extra);
  if (existsSync(file)) {
    const module = await import(file);
    const run = module.benchReport ?? module.benchAggregate ?? module.default;
    for (const line of await run()) console.log(line);
  }
}
