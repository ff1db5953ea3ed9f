import { spawnSync } from 'node:child_process';

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

/** One line of the report: the case, its time, the floor's time and the ratio against the goal. */
export function row(name, ms, floorMs, goal) {
  const ratio = ms / floorMs;
  const verdict = ratio <= goal ? 'ok' : 'OVER GOAL';
  return `${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  floor ${floorMs.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2).padStart(5)}× (goal ≤ ${goal}×) ${verdict}`;
}
