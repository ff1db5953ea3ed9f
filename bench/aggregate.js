// `gret aggregate` over 1,000 generated assessments of the bundled pack, against a floor that only
// reads and YAML-parses the same files, plus the peak memory of the aggregate run.
// Run alone (`node bench/aggregate.js`) or from bench/run.js; needs a build (dist/).
// `node bench/aggregate.js --generate <empty folder>` writes the files alone, to try by hand.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure, row } from './measure.js';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const gret = join(root, 'bin', 'gret.js');
const node = process.execPath;
const COUNT = 1000;
const GOAL = 2;
const MEMORY_GOAL_MB = 300;

/** A small deterministic generator, so every run aggregates the same files. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

function answerFor(indicator, maxLevel, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  switch (indicator.type) {
    case 'level':
      return Math.floor(next() * (maxLevel + 1));
    case 'yes-no':
      return pick(['yes', 'no']);
    case 'choice':
      return pick(indicator.options).id;
    case 'checklist':
      return indicator.items.filter(() => next() < 0.5).map((i) => i.id);
    case 'number': {
      const low = indicator.min ?? 0;
      const high = indicator.max ?? Math.max(low + 10, ...indicator.thresholds.map((t) => t.min * 1.5));
      return Math.round(low + next() * (high - low));
    }
    case 'percent':
      return Math.round(next() * 100);
  }
}

/** Answers files shaped like real ones: a note and a piece of evidence on most answers. */
async function generate(dir) {
  const { loadRubric } = await import(pathToFileURL(join(root, 'dist', 'cli', 'load-rubric.js')).href);
  const { stringify } = await import('yaml');
  const { rubric } = await loadRubric();
  const next = random(20260301);
  const countries = ['Karavia', 'Osterlich', 'Veldoria', 'Marendia', 'Soltana'];
  const ministries = ['Health', 'Education', 'Labour', 'Finance', 'Interior', 'Agriculture', 'Justice', 'Women and Family'];
  for (let k = 0; k < COUNT; k++) {
    const answers = {};
    for (const d of rubric.dimensions) {
      for (const i of d.indicators) {
        const roll = next();
        if (roll < 0.05) answers[i.id] = { status: 'dont-know' };
        else if (roll < 0.08) answers[i.id] = { status: 'not-applicable', na_reason: 'outside-mandate' };
        else {
          answers[i.id] = {
            answer: answerFor(i, rubric.maxLevel, next),
            note: `Discussed with the unit on ${i.title.toLowerCase()}; the figures come from the latest annual report and interviews.`,
            evidence: [{ title: `Annual report ${2024 + (k % 3)}, chapter ${1 + (k % 9)}`, verification: 'document-seen' }],
          };
        }
      }
    }
    const file = {
      format: 'gret-assessment/1',
      meta: {
        ministry: `Ministry of ${ministries[k % ministries.length]}`,
        country: `Republic of ${countries[k % countries.length]}`,
        assessors: ['A. Assessor', 'B. Assessor'],
        date: `2026-0${1 + (k % 9)}-1${k % 10}`,
        language: 'en',
        pack: { id: rubric.id, version: rubric.version },
      },
      answers,
    };
    writeFileSync(join(dir, `assessment-${String(k).padStart(4, '0')}.yaml`), stringify(file));
  }
}

/** The floor: read and YAML-parse every file, nothing else. */
async function floor(dir) {
  const { parse } = await import('yaml');
  let keys = 0;
  for (const name of readdirSync(dir).sort()) keys += Object.keys(parse(readFileSync(join(dir, name), 'utf8')).answers).length;
  if (keys === 0) throw new Error('nothing parsed');
}

/** Runs gret in this process and reports its peak resident memory on standard error. */
async function withPeakMemory(args) {
  process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
  process.argv = [node, gret, ...args];
  await import(pathToFileURL(gret).href);
}

export async function benchAggregate() {
  const work = mkdtempSync(join(tmpdir(), 'gret-bench-aggregate-'));
  try {
    const dir = join(work, 'assessments');
    (await import('node:fs')).mkdirSync(dir);
    await generate(dir);
    const aggregateMs = measure(node, [gret, 'aggregate', dir], { runs: 5 });
    const floorMs = measure(node, [self, '--floor', dir], { runs: 5 });
    const csvMs = measure(node, [gret, 'aggregate', dir, '--by', 'country', '-o', join(work, 'all.csv')], { runs: 3 });
    const probe = spawnSync(node, [self, '--peak-memory', 'aggregate', dir, '--by', 'ministry', '--format', 'json,csv', '-o', join(work, 'all')], { encoding: 'utf8' });
    const kb = Number(/peak-rss-kb (\d+)/.exec(probe.stderr)?.[1] ?? NaN);
    const mb = kb / 1024;
    return [
      row(`gret aggregate (${COUNT} files)`, aggregateMs, floorMs, GOAL),
      row(`gret aggregate --by country csv`, csvMs, floorMs, GOAL),
      `aggregate peak memory ${mb.toFixed(0).padStart(25)} MB  (goal < ${MEMORY_GOAL_MB} MB) ${mb < MEMORY_GOAL_MB ? 'ok' : 'OVER GOAL'}`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === self) {
  if (process.argv[2] === '--floor') await floor(process.argv[3]);
  else if (process.argv[2] === '--generate') await generate(process.argv[3]);
  else if (process.argv[2] === '--peak-memory') await withPeakMemory(process.argv.slice(3));
  else for (const line of await benchAggregate()) console.log(line);
}
