import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The workshop load test (test/e2e/workshop-load.test.ts) at its full length: 40 devices for 60
 * seconds against the built server. Run through jest, so that the figures printed are those of
 * the run whose checks passed.
 */
export function benchWorkshopLoad(seconds = 60) {
  const work = mkdtempSync(join(tmpdir(), 'gret-bench-load-'));
  const report = join(work, 'load.json');
  try {
    const jest = spawnSync(process.execPath, ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', join(root, 'node_modules', 'jest', 'bin', 'jest.js'), 'test/e2e/workshop-load.test.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GRET_LOAD_SECONDS: String(seconds), GRET_LOAD_REPORT: report },
    });
    const f = JSON.parse(readFileSync(report, 'utf8'));
    // The test holds what must always be true (every answer saved, none refused); pace and memory are the bench's to judge.
    const verdict = (met) => (jest.status === 0 && met ? 'ok' : 'OVER GOAL');
    return [
      `workshop load: ${f.devices} devices, ${f.seconds} s, ${f.saved} of ${f.offered} answers saved, ${f.onDisk} on disk as given ${jest.status === 0 ? 'ok' : 'FAILED'}`,
      `workshop load: save p50 ${f.p50Ms.toFixed(0)} ms, p95 ${f.p95Ms.toFixed(0)} ms; saves/s first third ${f.firstRate.toFixed(1)}, last third ${f.lastRate.toFixed(1)} (goal within 10 %) ${verdict(Math.abs(f.lastRate - f.firstRate) / f.firstRate <= 0.1)}`,
      `workshop load: server peak memory ${f.peakMb.toFixed(0)} MB (goal < 200 MB) ${verdict(f.peakMb < 200)}`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
