import { afterEach, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gret, ROOT } from './run-gret.js';
import { KEY, TerminalSession } from './terminal-session.js';

const PACK = join(ROOT, 'test', 'fixtures', 'interview-pack');
const sessions: TerminalSession[] = [];

function session(args: readonly string[], cwd: string): TerminalSession {
  const s = new TerminalSession(args, cwd);
  sessions.push(s);
  return s;
}

afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

function newAssessment(): string {
  const work = mkdtempSync(join(tmpdir(), 'gret-writers-'));
  const init = gret(['init', 'a.yaml', '--rubric', PACK, '--ministry', 'Ministry of Social Affairs', '--country', 'Laos', '--date', '2025-03-01'], { cwd: work });
  expect(init.code).toBe(0);
  return work;
}

describe('two writers on one answers file', () => {
  it('lets the second gret assess say who holds the file, and leaves the file alone', async () => {
    const work = newAssessment();
    const before = readFileSync(join(work, 'a.yaml'), 'utf8');
    const first = session(['assess', 'a.yaml', '--rubric', PACK], work);
    const pid = await first.gretPid();
    await first.waitFor("Does the ministry's digital strategy set goals");

    const second = session(['assess', 'a.yaml', '--rubric', PACK], work);
    expect(await second.exited).toBe(2);
    expect(second.screen).toMatch(new RegExp(`a\\.yaml is open in another gret \\(gret assess a\\.yaml, process ${pid} on this computer, since \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)`));
    expect(second.screen).toContain('delete a.yaml.lock');
    const init = gret(['init', 'a.yaml', '--force', '--rubric', PACK, '--ministry', 'Other', '--country', 'Laos'], { cwd: work });
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/a\.yaml is open in another gret/);
    expect(readFileSync(join(work, 'a.yaml'), 'utf8')).toBe(before);

    first.type(KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect(existsSync(join(work, 'a.yaml.lock'))).toBe(false);
  });

  it('takes over the lock of a gret that was killed, and says so', async () => {
    const work = newAssessment();
    const first = session(['assess', 'a.yaml', '--rubric', PACK], work);
    const pid = await first.gretPid();
    await first.waitFor("Does the ministry's digital strategy set goals");
    process.kill(pid, 'SIGKILL');
    await first.exited;
    expect(existsSync(join(work, 'a.yaml.lock'))).toBe(true);

    const second = session(['assess', 'a.yaml', '--rubric', PACK], work);
    await second.waitFor(`the gret that held it (process ${pid},`);
    await second.waitFor("Does the ministry's digital strategy set goals");
    second.type(KEY.ctrlC);
    expect(await second.exited).toBe(130);
  });
});

describe('a read-only answers file', () => {
  it('is refused by gret assess with a message that says so', async () => {
    const work = newAssessment();
    chmodSync(join(work, 'a.yaml'), 0o444);
    const run = session(['assess', 'a.yaml', '--rubric', PACK], work);
    expect(await run.exited).toBe(2);
    expect(run.screen).toMatch(/a\.yaml is read-only, so gret will not change it/);
  });
});
