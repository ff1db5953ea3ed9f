import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gret } from './run-gret.js';
import { INTERVIEW_PACK as PACK, KEY, newInterviewAssessment, terminalSessions } from './terminal-session.js';

const session = terminalSessions();

const newAssessment = (): string => newInterviewAssessment('gret-writers-');

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

describe('an edit made outside gret while gret assess runs', () => {
  const outside = (work: string, answers: string): void => {
    const file = join(work, 'a.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('answers: {}\n', `answers:\n${answers}`));
  };

  it('is kept, the answer given is saved on top of it with a notice, and what it answered is not asked again', async () => {
    const work = newAssessment();
    const run = session(['assess', 'a.yaml', '--rubric', PACK], work);
    await run.waitFor("Does the ministry's digital strategy set goals");
    outside(work, '  focal-unit: { answer: "yes", note: typed in an editor }\n');
    run.type('2' + KEY.enter);
    await run.waitFor('was changed outside gret');
    await run.answer('Note (optional', KEY.enter);
    await run.answer('Evidence for this answer', KEY.enter);
    await run.answer('Answering agency', KEY.enter);
    // The focal unit was answered in the file meanwhile: the interview goes past it, to the question its answer opens.
    await run.waitFor('Does the gender focal unit have its own budget line?');
    expect(run.screen).not.toContain('Is a unit or person formally responsible');
    run.type(KEY.ctrlC);
    expect(await run.exited).toBe(130);
    expect(run.screen.replace(/\s+/g, ' ')).toContain('a.yaml was changed outside gret ("A gender focal unit for digital services"). Those changes are kept');
    expect(parse(readFileSync(join(work, 'a.yaml'), 'utf8')).answers).toEqual({
      strategy: { status: 'answered', answer: 2, agency: 'Ministry of Social Affairs' },
      'focal-unit': { answer: 'yes', note: 'typed in an editor' },
    });
  });

  it('asks which answer to keep when the same one changed on both sides, and keeps the other beside the file', async () => {
    const work = newAssessment();
    const run = session(['assess', 'a.yaml', '--rubric', PACK], work);
    await run.waitFor("Does the ministry's digital strategy set goals");
    outside(work, '  strategy: { answer: 0, note: from the editor }\n');
    run.type('3' + KEY.enter);
    await run.waitFor('Which should the file');
    await run.waitFor('The answer now in the file: answer: 0, note: from the editor');
    run.type(KEY.down + KEY.enter);
    await run.waitFor('is kept in');
    await run.answer('Note (optional', KEY.ctrlC);
    expect(await run.exited).toBe(130);
    const kept = parse(readFileSync(join(work, 'a.yaml'), 'utf8')).answers.strategy;
    const other = parse(readFileSync(join(work, 'a.conflict-1.yaml'), 'utf8')).answers.strategy;
    // Whichever was chosen, both answers survive: one in the file, the other beside it.
    expect([kept.answer, other.answer].sort()).toEqual([0, 3]);
  });
});

/*
 * A real full disk under a running interview: a small tmpfs (root only; elsewhere the injected
 * failures of test/store/answers-file.test.ts stand in, and this says why it did not run).
 */
describe('a disk that fills up during gret assess', () => {
  it('stops with the cause and keeps every answer saved before', async () => {
    const disk = mkdtempSync(join(tmpdir(), 'gret-full-'));
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk], { encoding: 'utf8' });
    if (mount.status !== 0) {
      console.log(`The full-disk interview test did not run: mounting a small tmpfs was refused (${(mount.stderr || String(mount.error)).trim()}).`);
      return;
    }
    try {
      const init = gret(['init', 'a.yaml', '--rubric', PACK, '--ministry', 'Ministry of Social Affairs', '--country', 'Laos', '--date', '2025-03-01'], { cwd: disk });
      expect(init.code).toBe(0);
      const run = session(['assess', 'a.yaml', '--rubric', PACK], disk);
      await run.waitFor("Does the ministry's digital strategy set goals");
      const before = readFileSync(join(disk, 'a.yaml'), 'utf8');
      const { bavail, bsize } = statfsSync(disk);
      writeFileSync(join(disk, 'filler'), Buffer.alloc(Number(bavail) * Number(bsize)));
      run.type('2' + KEY.enter);
      expect(await run.exited).toBe(2);
      expect(run.screen.replace(/\s+/g, ' ')).toContain('Cannot write a.yaml: the disk is full. Nothing was changed in a.yaml.');
      expect(readFileSync(join(disk, 'a.yaml'), 'utf8')).toBe(before);
      expect(readdirSync(disk).sort()).toEqual(['a.yaml', 'filler']);
    } finally {
      spawnSync('umount', [disk]);
    }
  });
});
