import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const probe = join(dirname(fileURLToPath(import.meta.url)), 'cpu-probe.cjs');

/**
 * Wall-clock time of a command, as the median of `runs` runs after one warm-up, in milliseconds.
 * Medians, because a single slow run on a shared machine says nothing about the code.
 */
export function measure(command, args, { runs = 15, cwd } = {}) {
  const once = () => {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return ms;
  };
  once();
  const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The CPU time (user + system) of one run of `node <args>`, in milliseconds, as the process itself counts it. */
export function cpuTime(args, { cwd } = {}) {
  const result = spawnSync(process.execPath, ['-r', probe, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(result.output[3]) / 1000;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A case against its floor, both `node` runs, measured in pairs: each run of the case right after
 * a run of the floor, so that both meet the same load on a shared machine. The ratio is the
 * median of the pairs' CPU-time ratios, after one warm-up pair that fills the file cache.
 */
export function paired(floorArgs, caseArgs, { runs = 11, cwd } = {}) {
  cpuTime(floorArgs, { cwd });
  cpuTime(caseArgs, { cwd });
  const pairs = Array.from({ length: runs }, () => {
    const floor = cpuTime(floorArgs, { cwd });
    return { floor, ms: cpuTime(caseArgs, { cwd }) };
  });
  return { ms: median(pairs.map((p) => p.ms)), floorMs: median(pairs.map((p) => p.floor)), ratio: median(pairs.map((p) => p.ms / p.floor)) };
}

export const TABLE_HEADER = `${'goal'.padEnd(40)} ${'case'.padStart(11)}  ${'floor'.padEnd(24)} ${'floor'.padStart(10)}  ${'ratio'.padStart(6)}  ${'goal'.padEnd(7)}`;

/**
 * One row of the table: the case, its time, the floor's time and the ratio against the goal. The
 * ratio is the times' quotient unless a measured one (of paired runs) is given.
 */
export function row(name, ms, floorMs, goal, { floor = '', ratio = ms / floorMs } = {}) {
  const verdict = ratio <= goal ? 'ok' : 'OVER GOAL';
  return `${name.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms  ${floor.padEnd(24)} ${floorMs.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2).padStart(5)}×  ≤ ${`${goal}×`.padEnd(5)} ${verdict}`;
}
