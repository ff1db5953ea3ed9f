// Every speed goal against its floor, measured in the same run: `npm run bench`. One row per goal.
// Start-up, scoring and the report are CPU times of paired runs (see measure.js); then the size of
// the YAML readers' agreement corpus, the aggregate growth table of aggregate.js, and the workshop load of workshop-load.js.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAggregate } from './aggregate.js';
import { paired, row, TABLE_HEADER } from './measure.js';
import { benchReport } from './report.js';
import { benchWorkshopLoad } from './workshop-load.js';
import { benchWorkshopLive } from './workshop-live.js';

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

/** Start-up runs last a tenth of a second, and a shared machine's speed drifts within one: 21 pairs, so that a few drifts do not move the median. */
function pairedRow(name, goal, floor, floorArgs, caseArgs) {
  const { ms, floorMs, ratio } = paired(floorArgs, caseArgs, { runs: 21 });
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

/** The agreement corpus of the fast YAML reader and the `yaml` package: run here, so the size printed is the one that passed. */
function parserAgreement() {
  const jest = spawnSync(process.execPath, ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', join(root, 'node_modules', 'jest', 'bin', 'jest.js'), 'test/store/yaml-subset.test.ts', '--json'], { cwd: root, encoding: 'utf8' });
  const results = JSON.parse(jest.stdout).testResults.flatMap((file) => file.assertionResults);
  const corpus = results.find((r) => /agrees on \d+/.test(r.title));
  if (corpus === undefined) throw new Error(`no agreement corpus among ${results.map((r) => r.title).join('; ')}`);
  const size = Number(/agrees on (\d+)/.exec(corpus.title)[1]);
  return `YAML reader agreement corpus ${String(size).padStart(18)} cases (fast reader and yaml package, same data and messages; goal ≥ 2000) ${corpus.status === 'passed' && size >= 2000 ? 'ok' : 'FAILED'}`;
}

for (const line of await benchReport()) console.log(line);
console.log(parserAgreement());
for (const line of await benchAggregate()) console.log(line);
for (const line of benchWorkshopLoad()) console.log(line);
for (const line of await benchWorkshopLive()) console.log(line);
