import { describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../../src/core/errors.js';
import { caught, said } from './caught.js';
import type { Answer } from '../../src/core/types.js';
import { loadRubric } from '../../src/cli/load-rubric.js';
import { openAnswersFile, type Conflict, type ConflictChoice } from '../../src/store/answers-file.js';
import { lockPathOf } from '../../src/store/file-lock.js';
import { nodeHost } from '../../src/store/host.js';
import { MINI_PACK, miniAssessment } from '../fixtures/mini-assessment.js';
import { faultHost } from './fault-host.js';

const { rubric } = await loadRubric(MINI_PACK);

// The mini pack's levels run from 0 to 2.
const level = (value: number): Answer => ({ status: 'answered', value, evidence: [] });
const never = async (): Promise<ConflictChoice> => {
  throw new Error('no conflict expected');
};

function answersFile(answers = '  strategy: { answer: 1 }\n'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gret-session-')), 'a.yaml');
  writeFileSync(file, miniAssessment(answers));
  return file;
}

function onDisk(file: string): Record<string, unknown> {
  return (parse(readFileSync(file, 'utf8')) as { answers: Record<string, unknown> }).answers;
}

describe('an answers file open for answering', () => {
  it('saves each answer and holds the lock until closed', async () => {
    const file = answersFile();
    const session = openAnswersFile(file, rubric, 'gret assess a.yaml');
    expect(existsSync(lockPathOf(file))).toBe(true);
    expect(await session.save('data-kept', { status: 'answered', value: 'yes', evidence: [] }, never)).toEqual({ merged: [] });
    expect(onDisk(file)['data-kept']).toEqual({ status: 'answered', answer: 'yes' });
    session.close();
    expect(existsSync(lockPathOf(file))).toBe(false);
  });

  it('refuses a second writer on the same file', () => {
    const file = answersFile();
    openAnswersFile(file, rubric, 'gret assess a.yaml');
    expect(caught(() => openAnswersFile(file, rubric, 'gret assess a.yaml', { ...nodeHost, pid: 99999 })).code).toBe('FILE_LOCKED');
  });

  it('refuses a read-only file before taking the lock', () => {
    const file = answersFile();
    chmodSync(file, 0o400);
    expect(caught(() => openAnswersFile(file, rubric, 'gret assess')).code).toBe('READ_ONLY');
    expect(existsSync(lockPathOf(file))).toBe(false);
  });

  it('keeps the file mode through saves', async () => {
    const file = answersFile();
    chmodSync(file, 0o600);
    const session = openAnswersFile(file, rubric, 'gret assess');
    await session.save('strategy', level(2), never);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reads a file as Notepad saves it (byte-order mark, CRLF) and writes it back with LF endings', async () => {
    const file = answersFile();
    const notepad = `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(file, notepad);
    const session = openAnswersFile(file, rubric, 'gret assess');
    expect(session.loaded.answers.answers.get('strategy')?.value).toBe(1);
    await session.save('strategy', level(2), never);
    const saved = readFileSync(file, 'utf8');
    expect(saved).not.toMatch(/\r/);
    expect(saved).toContain('  strategy: {status: answered, answer: 2}\n');
  });

  it('releases the lock when the file cannot be read as answers', () => {
    const file = answersFile('  strategy: { answer: 9 }\n');
    expect(caught(() => openAnswersFile(file, rubric, 'gret assess')).code).toBe('ANSWERS_INVALID');
    expect(existsSync(lockPathOf(file))).toBe(false);
  });
});

describe('a save that fails', () => {
  it('leaves the file as it was when the disk is full, and the next save works once there is room', async () => {
    const file = answersFile();
    const before = readFileSync(file, 'utf8');
    const host = faultHost();
    const session = openAnswersFile(file, rubric, 'gret assess', host);
    host.fullAfter(100);
    let error: unknown;
    await session.save('strategy', level(2), never).catch((e: unknown) => (error = e));
    expect(said(error as UserError)).toMatch(/the disk is full\. Nothing was changed in .*a\.yaml\./);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(join(file, '..')).sort()).toEqual(['a.yaml', 'a.yaml.lock']);
    host.fullAfter(Number.POSITIVE_INFINITY);
    await session.save('strategy', level(2), never);
    expect(onDisk(file)['strategy']).toEqual({ status: 'answered', answer: 2 });
  });
});

describe('changes made outside gret while it runs', () => {
  it('keeps an edit to another answer and applies only the answer being saved on top', async () => {
    const file = answersFile();
    const session = openAnswersFile(file, rubric, 'gret assess');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  strategy: { answer: 1 }\n', '  strategy: { answer: 2, note: from the editor }\n'));
    const report = await session.save('data-kept', { status: 'dont-know', evidence: [] }, never);
    expect(report.merged).toEqual(['strategy']);
    expect(onDisk(file)).toEqual({ strategy: { answer: 2, note: 'from the editor' }, 'data-kept': { status: 'dont-know' } });
  });

  it('asks which to keep when the same answer changed on both sides, and keeps the other beside the file', async () => {
    const file = answersFile();
    const session = openAnswersFile(file, rubric, 'gret assess');
    const outside = readFileSync(file, 'utf8').replace('answer: 1', 'answer: 0');
    writeFileSync(file, outside);
    const asked: Conflict[] = [];
    const report = await session.save('strategy', level(2), async (c) => {
      asked.push(c);
      return 'mine';
    });
    expect(asked).toEqual([{ indicatorId: 'strategy', mine: level(2), theirs: { answer: 0 } }]);
    expect(report.conflict).toEqual({ kept: 'mine', otherFile: join(file, '..', 'a.conflict-1.yaml') });
    expect(onDisk(file)['strategy']).toEqual({ status: 'answered', answer: 2 });
    expect(readFileSync(join(file, '..', 'a.conflict-1.yaml'), 'utf8')).toBe(outside);
  });

  it('leaves the file as edited when the user keeps the other answer, and keeps theirs beside it', async () => {
    const file = answersFile();
    const session = openAnswersFile(file, rubric, 'gret assess');
    const outside = readFileSync(file, 'utf8').replace('answer: 1', 'answer: 0');
    writeFileSync(file, outside);
    const report = await session.save('strategy', level(2), async () => 'theirs');
    expect(report.conflict?.kept).toBe('theirs');
    expect(readFileSync(file, 'utf8')).toBe(outside);
    expect(onDisk(join(file, '..', 'a.conflict-1.yaml'))['strategy']).toEqual({ status: 'answered', answer: 2 });
    // The next save starts from the kept file: no second conflict.
    expect((await session.save('data-kept', { status: 'dont-know', evidence: [] }, never)).merged).toEqual([]);
    expect(onDisk(file)['strategy']).toEqual({ answer: 0 });
  });

  it('does not ask when both sides gave the same answer', async () => {
    const file = answersFile();
    const session = openAnswersFile(file, rubric, 'gret assess');
    writeFileSync(file, readFileSync(file, 'utf8').replace('answer: 1', 'answer: 2'));
    expect((await session.save('strategy', level(2), never)).conflict).toBeUndefined();
  });

  it('never writes into a file an editor left broken, and keeps every answer beside it', async () => {
    const file = answersFile();
    const session = openAnswersFile(file, rubric, 'gret assess');
    writeFileSync(file, 'answers:\n  strategy: { answer: 1\n');
    let error: unknown;
    await session.save('data-kept', { status: 'answered', value: 'yes', evidence: [] }, never).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(UserError);
    expect(said(error as UserError)).toMatch(/was changed outside gret and can no longer be read \(line \d+, column \d+\)/);
    expect(readFileSync(file, 'utf8')).toBe('answers:\n  strategy: { answer: 1\n');
    expect(onDisk(join(file, '..', 'a.conflict-1.yaml'))).toEqual({ strategy: { answer: 1 }, 'data-kept': { status: 'answered', answer: 'yes' } });
  });

  it('writes the file again, with every answer, if it was deleted meanwhile', async () => {
    const file = answersFile();
    const session = openAnswersFile(file, rubric, 'gret assess');
    unlinkSync(file);
    expect((await session.save('data-kept', { status: 'answered', value: 'no', evidence: [] }, never)).recreated).toBe(true);
    expect(onDisk(file)).toEqual({ strategy: { answer: 1 }, 'data-kept': { status: 'answered', answer: 'no' } });
  });
});

describe('what a stopped run left', () => {
  it('removes an unfinished save and keeps a finished one that never replaced the file', () => {
    const file = answersFile();
    const dir = join(file, '..');
    const past = new Date(Date.now() - 60_000);
    utimesSync(file, past, past);
    writeFileSync(join(dir, '.a.yaml.99999999-0011aabb-500.tmp'), 'format: gret-assess');
    const complete = miniAssessment('  strategy: { answer: 4 }\n');
    writeFileSync(join(dir, `.a.yaml.99999998-2233ccdd-${Buffer.byteLength(complete)}.tmp`), complete);
    const session = openAnswersFile(file, rubric, 'gret assess', { ...nodeHost, isAlive: () => false });
    expect(session.notices).toHaveLength(2);
    expect(session.notices.map(said).join('\n')).toMatch(/Removed \.a\.yaml\.99999999-0011aabb-500\.tmp, an unfinished save/);
    expect(session.notices.map(said).join('\n')).toMatch(/that save is kept as .*a\.recovered-1\.yaml/);
    expect(readdirSync(dir).sort()).toEqual(['a.recovered-1.yaml', 'a.yaml', 'a.yaml.lock']);
    expect(readFileSync(join(dir, 'a.recovered-1.yaml'), 'utf8')).toBe(complete);
  });

  it('leaves alone the temporary file of a writer that is still running', () => {
    const file = answersFile();
    writeFileSync(join(file, '..', '.a.yaml.4242-0011aabb-10.tmp'), 'x');
    const session = openAnswersFile(file, rubric, 'gret assess', { ...nodeHost, isAlive: (pid) => pid === 4242 });
    expect(session.notices).toEqual([]);
  });
});
