// `gret aggregate` over 1,000, 5,000 and 20,000 generated assessments of the bundled pack (written
// as gret writes answers files, long notes folded over lines), against a floor that only reads and
// YAML-parses the same files, with the peak memory of each output format. A PDF must also be
// typeset, which no reading can stand for: its floor reads and parses, then has pdfkit write the
// report's text over the same pages in the same fonts, as the report's own floor does (floors.js);
// its ratio to reading and parsing alone is printed beside it.
// Run alone (`node bench/aggregate.js`) or from bench/run.js; needs a build (dist/). The files are
// generated into a temporary folder and removed afterwards. GRET_BENCH_SIZES=1000,5000 picks sizes.
// `node bench/aggregate.js --generate <empty folder> [count]` writes the files alone, to try by hand.
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, paired, usageOf } from './measure.js';
import { pageCount } from './report.js';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const gret = join(root, 'bin', 'gret.js');
const floors = join(root, 'bench', 'floors.js');
const SIZES = (process.env.GRET_BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const TIME_GOAL = 1.4;
const MEMORY_GOAL_MB = 250;
const FORMATS = ['csv', 'json', 'md', 'pdf'];

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
    case 'parity': {
      const women = 50 + Math.floor(next() * 5000);
      const men = 50 + Math.floor(next() * 5000);
      return { women_eligible: women, women_users: Math.floor(next() * women), men_eligible: men, men_users: 1 + Math.floor(next() * (men - 1)) };
    }
    default:
      // A new kind of indicator must be answered here too, or the bench measures files gret skips.
      throw new Error(`no generated answer for indicators of type ${indicator.type}`);
  }
}

/** Valid answers files shaped like real ones: a note and a piece of evidence on most answers. */
async function generate(dir, count) {
  const { loadRubric } = await import(pathToFileURL(join(root, 'dist', 'cli', 'load-rubric.js')).href);
  const { stringify } = await import('yaml');
  const { rubric } = await loadRubric();
  const next = random(20260301);
  const countries = ['Karavia', 'Osterlich', 'Veldoria', 'Marendia', 'Soltana'];
  const ministries = ['Health', 'Education', 'Labour', 'Finance', 'Interior', 'Agriculture', 'Justice', 'Women and Family'];
  for (let k = 0; k < count; k++) {
    const answers = {};
    for (const d of rubric.dimensions) {
      for (const i of d.indicators) {
        const roll = next();
        if (roll < 0.05) answers[i.id] = { status: 'dont-know' };
        // A critical indicator cannot be set aside as outside the mandate.
        else if (roll < 0.08 && !i.critical) answers[i.id] = { status: 'not-applicable', na_reason: 'outside-mandate' };
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
    writeFileSync(join(dir, `assessment-${String(k).padStart(5, '0')}.yaml`), stringify(file));
  }
}

/**
 * One run of gret as the bench measures it, which also makes the files the PDF's floor needs. A
 * file gret skipped would make the pair measure less than the floor reads.
 */
function checkedRun(args) {
  const { stderr } = usageOf([gret, ...args]);
  if (stderr.includes('skipped')) throw new Error(`${args.join(' ')} skipped files: ${stderr.slice(-2000)}`);
}

/**
 * What each file beyond the smallest size costs, gret against the floor: the growth of the medians
 * from the smallest size to the largest, over the files added. Start-up and the optimising
 * compiler's warm-up, which any run pays once, drop out of it.
 */
function growthLines(timesOf) {
  const lines = ['  cost of one more file, from the smallest size to the largest (ms per file):'];
  for (const [output, times] of Object.entries(timesOf)) {
    const first = times[0];
    const last = times[times.length - 1];
    const files = last.size - first.size;
    const ours = (last.ms - first.ms) / files;
    const floor = (last.floorMs - first.floorMs) / files;
    lines.push(`         ${output.padEnd(9)} ${ours.toFixed(3).padStart(9)} ${floor.toFixed(3).padStart(9)} ${`${(ours / floor).toFixed(2)}×`.padStart(6)}`);
  }
  return lines;
}

export async function benchAggregate() {
  const work = mkdtempSync(join(tmpdir(), 'gret-bench-aggregate-'));
  const lines = [];
  try {
    const all = join(work, 'all');
    mkdirSync(all);
    const largest = Math.max(...SIZES);
    await generate(all, largest);
    const names = readdirSync(all).sort();
    lines.push(`aggregate growth (CPU ms, medians of paired runs against the floor; peak resident MB; goals: time ≤ ${TIME_GOAL}× floor, memory < ${MEMORY_GOAL_MB} MB)`);
    lines.push(`  floor: read and parse every file; for pdf, then also pdfkit writing the Markdown report's text over the same pages in the report's fonts`);
    lines.push(`${'files'.padStart(7)}  ${'output'.padEnd(9)} ${'gret'.padStart(9)} ${'floor'.padStart(9)} ${'ratio'.padStart(6)} ${'peak MB'.padStart(8)} ${'floor MB'.padStart(8)}  verdict`);
    // Per output, the medians at each size: what one more file costs, start-up and warm-up apart.
    const timesOf = {};
    for (const size of SIZES) {
      const dir = size === largest ? all : join(work, `first-${size}`);
      if (size !== largest) {
        mkdirSync(dir);
        for (const name of names.slice(0, size)) linkSync(join(all, name), join(dir, name));
      }
      // On a shared machine the CPU's speed can drift by half from one second to the next: more pairs where a pair is short.
      const runs = size <= 1000 ? 9 : size <= 5000 ? 5 : 3;
      // Every read-and-parse floor of this size, for the PDF's ratio to reading and parsing alone.
      const readAndParse = [];
      // The summary on the terminal, then each file format (with --by, which adds a breakdown to fill).
      // The Markdown report comes before the PDF: its text is what the PDF's floor writes.
      for (const output of ['summary', ...FORMATS]) {
        const file = join(work, `out-${size}.${output}`);
        const args = output === 'summary' ? ['aggregate', dir] : ['aggregate', dir, '--by', 'ministry', '-o', file];
        checkedRun(args);
        const floorArgs =
          output === 'pdf' ? [floors, 'read-and-parse+pdfkit', dir, join(work, `out-${size}.md`), String(pageCount(file)), join(work, `floor-${size}.pdf`)] : [floors, 'read-and-parse', dir];
        // The checked run has just read every file: the file cache is as warm for the floor as for gret.
        const time = paired(floorArgs, [gret, ...args], { runs, warmUp: false });
        if (output !== 'pdf') readAndParse.push(...time.floors);
        (timesOf[output] ??= []).push({ size, ms: time.ms, floorMs: time.floorMs });
        const ok = time.ratio <= TIME_GOAL && time.mb < MEMORY_GOAL_MB;
        const beside = output === 'pdf' ? `  (${(time.ms / median(readAndParse)).toFixed(2)}× reading and parsing alone)` : '';
        lines.push(
          `${String(size).padStart(7)}  ${output.padEnd(9)} ${time.ms.toFixed(0).padStart(9)} ${time.floorMs.toFixed(0).padStart(9)} ${`${time.ratio.toFixed(2)}×`.padStart(6)} ${time.mb.toFixed(0).padStart(8)} ${time.floorMb.toFixed(0).padStart(8)}  ${ok ? 'ok' : 'OVER GOAL'}${beside}`,
        );
      }
    }
    if (SIZES.length > 1) lines.push(...growthLines(timesOf));
    return lines;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === self) {
  if (process.argv[2] === '--generate') await generate(process.argv[3], Number(process.argv[4] ?? 1000));
  else for (const line of await benchAggregate()) console.log(line);
}
