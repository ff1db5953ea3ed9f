import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { caught, hinted, said } from './caught.js';
import { acquireLock, lockPathOf } from '../../src/store/file-lock.js';
import { nodeHost, processAlive, type Host } from '../../src/store/host.js';
import { backupName, freeName, tempName } from '../../src/store/side-files.js';

function other(pid: number, overrides: Partial<Host> = {}): Host {
  return { ...nodeHost, pid, now: () => new Date('2026-03-04T09:05:00Z'), ...overrides };
}

function file(): string {
  const f = join(mkdtempSync(join(tmpdir(), 'gret-lock-')), 'a.yaml');
  writeFileSync(f, 'answers: {}\n');
  return f;
}

describe('the writer lock', () => {
  it('writes who holds it beside the file and removes it on release', () => {
    const f = file();
    const lock = acquireLock(f, 'gret assess a.yaml', other(4242, { isAlive: () => true }));
    const holder = JSON.parse(readFileSync(lockPathOf(f), 'utf8'));
    expect(holder).toEqual({ pid: 4242, host: nodeHost.hostname, started: '2026-03-04T09:05:00.000Z', command: 'gret assess a.yaml' });
    expect(lock.notice).toBeUndefined();
    lock.release();
    expect(existsSync(lockPathOf(f))).toBe(false);
  });

  it('refuses a second writer, saying who holds the file and since when', () => {
    const f = file();
    acquireLock(f, 'gret assess a.yaml', other(4242));
    const error = caught(() => acquireLock(f, 'gret assess a.yaml', other(5151, { isAlive: (pid) => pid === 4242 })));
    expect(error.code).toBe('FILE_LOCKED');
    expect(said(error)).toMatch(/a\.yaml is open in another gret \(gret assess a\.yaml, process 4242 on this computer, since 2026-03-04 09:05 UTC\)/);
    expect(hinted(error)).toContain(`delete ${lockPathOf(f)}`);
  });

  it('takes over a lock whose process has ended, and says so', () => {
    const f = file();
    acquireLock(f, 'gret assess a.yaml', other(4242));
    const lock = acquireLock(f, 'gret assess a.yaml', other(5151, { isAlive: () => false }));
    expect(said(lock.notice ?? { key: 'none' })).toMatch(/Took over .*a\.yaml\.lock: the gret that held it \(process 4242, since 2026-03-04 09:05 UTC\) is no longer running/);
    expect(JSON.parse(readFileSync(lockPathOf(f), 'utf8')).pid).toBe(5151);
  });

  it('takes over a lock cut short when its writer was stopped', () => {
    const f = file();
    writeFileSync(lockPathOf(f), '{"pid": 42');
    expect(said(acquireLock(f, 'gret assess', other(5151)).notice ?? { key: 'none' })).toMatch(/an unreadable lock/);
  });

  it('never takes over a lock held on another computer (a shared folder), where nobody can tell whether it still runs', () => {
    const f = file();
    acquireLock(f, 'gret assess a.yaml', other(4242, { hostname: 'laptop-7' }));
    const error = caught(() => acquireLock(f, 'gret assess a.yaml', other(4242, { isAlive: () => false })));
    expect(said(error)).toMatch(/on the computer "laptop-7"/);
  });

  it('counts a process the system will not report on (another user\'s) as running, and only a missing one as ended', () => {
    const raising = (code: string) => () => {
      throw Object.assign(new Error(code), { code });
    };
    expect(processAlive(4242, raising('EPERM'))).toBe(true);
    expect(processAlive(4242, raising('ESRCH'))).toBe(false);
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(2 ** 22 + 12345)).toBe(false);
  });

  it('does not release a lock that another run has taken over meanwhile', () => {
    const f = file();
    const first = acquireLock(f, 'gret assess', other(4242));
    acquireLock(f, 'gret assess', other(5151, { isAlive: () => false }));
    first.release();
    expect(JSON.parse(readFileSync(lockPathOf(f), 'utf8')).pid).toBe(5151);
  });
});

describe('names beside a file, with Windows paths', () => {
  const host: Host = { ...nodeHost, path: win32, pid: 77 };
  it.each([
    ['a drive letter', 'C:\\Users\\Ana\\Documents\\health.yaml', 'C:\\Users\\Ana\\Documents\\'],
    ['forward slashes', 'C:/Users/Ana/health.yaml', 'C:\\Users\\Ana\\'],
    ['a UNC share', '\\\\ministry-server\\shared\\gret\\health.yaml', '\\\\ministry-server\\shared\\gret\\'],
    ['a relative name', 'assessments\\health.yaml', 'assessments\\'],
  ])('keeps them in the same folder for %s', (_what, path, folder) => {
    expect(tempName(path, 120, host)).toMatch(new RegExp(`^${folder.replace(/\\/g, '\\\\')}\\.health\\.yaml\\.77-[0-9a-f]{8}-120\\.tmp$`));
    expect(backupName(path, host)).toMatch(new RegExp(`^${folder.replace(/\\/g, '\\\\')}\\.health\\.yaml\\.77-[0-9a-f]{8}\\.old$`));
    expect(freeName(path, 'conflict', host)).toBe(`${folder}health.conflict-1.yaml`);
    expect(lockPathOf(path)).toBe(`${path}.lock`);
  });
});
