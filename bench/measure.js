import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const probe = join(dirname(fileURLToPath(import.meta.url)), 'cpu-probe.cjs');

/**
 * One run of `node <args>`: its CPU time (user + system) in milliseconds and its peak resident
 * memory in MB, as the process itself counts them, with what it wrote on standard error.
 */
export function usageOf(args, { cwd } = {}) {
  const result = spawnSync(process.execPath, ['-r', probe, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const [micros, kb] = result.output[3].trim().split(' ').map(Number);
  return { ms: micros / 1000, mb: kb / 1024, stderr: result.stderr };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A case against its floor, both `node` runs, measured in pairs: each run of the case right beside
 * a run of the floor, so that both meet the same load on a shared machine, whose speed can drift
 * by half from one second to the next. Which of the two goes first alternates, so that neither
 * always meets the cooler or the warmer machine. The ratio is the median of the pairs' CPU-time
 * ratios, after one warm-up pair that fills the file cache (left out where the caller has
 * already run both).
 */
export function paired(floorArgs, caseArgs, { runs = 11, cwd, warmUp = true } = {}) {
  if (warmUp) {
    usageOf(floorArgs, { cwd });
    usageOf(caseArgs, { cwd });
  }
  const pairs = Array.from({ length: runs }, (_, k) => {
    if (k % 2 === 0) {
      const floor = usageOf(floorArgs, { cwd });
      return { floor, ours: usageOf(caseArgs, { cwd }) };
    }
    const ours = usageOf(caseArgs, { cwd });
    return { ours, floor: usageOf(floorArgs, { cwd }) };
  });
  return {
    ms: median(pairs.map((p) => p.ours.ms)),
    floorMs: median(pairs.map((p) => p.floor.ms)),
    ratio: median(pairs.map((p) => p.ours.ms / p.floor.ms)),
    floors: pairs.map((p) => p.floor.ms),
    mb: Math.max(...pairs.map((p) => p.ours.mb)),
    floorMb: Math.max(...pairs.map((p) => p.floor.mb)),
  };
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
