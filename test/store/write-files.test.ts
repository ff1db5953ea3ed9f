import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caught, hinted, said } from './caught.js';
import { openFiles, writeFile, writeFiles } from '../../src/store/write-files.js';
import { faultHost, type Call } from './fault-host.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'gret-write-'));
}

const OLD = 'format: gret-assessment/1\nanswers:\n  a: { answer: 1 }\n';
const NEW = `${OLD}  b: { answer: 2 }\n`.repeat(200);

describe('writing one file', () => {
  it('replaces the file with the whole new content and leaves nothing beside it', () => {
    const dir = folder();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, OLD);
    writeFile(file, NEW);
    expect(readFileSync(file, 'utf8')).toBe(NEW);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it.each<[string, Call | 'full', number, string, RegExp]>([
    ['the disk fills up halfway through', 'full', 4096, 'ENOSPC', /the disk is full\. Nothing was changed in .*a\.yaml\./],
    ['the first write finds no room', 'writeSync', 1, 'ENOSPC', /the disk is full/],
    ['the quota runs out', 'writeSync', 1, 'EDQUOT', /your disk quota is used up/],
    ['the disk fails', 'fsyncSync', 1, 'EIO', /the disk reported a read or write error/],
    ['the temporary file cannot be created', 'openSync', 1, 'EACCES', /permission denied/],
    ['the rename fails', 'renameSync', 1, 'EIO', /read or write error/],
  ])('keeps the old file byte for byte when %s', (_what, call, nth, code, message) => {
    const dir = folder();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, OLD);
    const host = faultHost();
    if (call === 'full') host.fullAfter(nth);
    else host.fail(call, nth, code);
    const error = caught(() => writeFile(file, NEW, host));
    expect(error.code).toBe('WRITE_FAILED');
    expect(said(error)).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('says no file was written when there was none before', () => {
    const dir = folder();
    const host = faultHost();
    host.fullAfter(10);
    const error = caught(() => writeFile(join(dir, 'r.pdf'), NEW, host));
    expect(said(error)).toMatch(/the disk is full\. No file was written\./);
    expect(hinted(error)).toMatch(/Free some space/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the mode of the file it replaces', () => {
    const dir = folder();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, OLD);
    chmodSync(file, 0o600);
    writeFile(file, NEW);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses to replace a read-only file, by its own check of the mode (root may write anything)', () => {
    const dir = folder();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, OLD);
    chmodSync(file, 0o444);
    const error = caught(() => writeFile(file, NEW));
    expect(error.code).toBe('READ_ONLY');
    expect(said(error)).toMatch(/a\.yaml is read-only/);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('refuses to write over a folder', () => {
    const dir = folder();
    expect(caught(() => writeFile(dir, NEW)).code).toBe('NOT_A_FILE');
  });

  it('syncs the folder after the rename, so the new name survives a power cut', () => {
    const dir = folder();
    const host = faultHost();
    writeFile(join(dir, 'a.yaml'), NEW, host);
    expect(host.calls.filter((c) => c === 'fsyncSync')).toHaveLength(2);
    expect(host.calls.lastIndexOf('fsyncSync')).toBeGreaterThan(host.calls.indexOf('renameSync'));
  });
});

describe('writing on Windows', () => {
  it.each(['EPERM', 'EISDIR', 'EINVAL'])('does not fail the save when the folder cannot be synced (%s)', (code) => {
    const dir = folder();
    const host = faultHost();
    host.fail('fsyncSync', 2, code);
    writeFile(join(dir, 'a.yaml'), NEW, host);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(NEW);
  });

  it('does not try to sync a folder at all', () => {
    const dir = folder();
    const host = faultHost({ platform: 'win32' });
    writeFile(join(dir, 'a.yaml'), NEW, host);
    expect(host.calls.filter((c) => c === 'fsyncSync')).toHaveLength(1);
  });

  it.each(['EPERM', 'EACCES', 'EBUSY'])('retries a rename that a scanner blocks for a moment (%s)', (code) => {
    const dir = folder();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, OLD);
    const waits: number[] = [];
    const host = faultHost({ platform: 'win32', sleep: (ms) => waits.push(ms) });
    host.fail('renameSync', 1, code);
    writeFile(file, NEW, host);
    expect(readFileSync(file, 'utf8')).toBe(NEW);
    expect(waits).toEqual([10]);
  });

  it('gives up after about a second, with the old file intact and a message that names the likely cause', () => {
    const dir = folder();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, OLD);
    const waits: number[] = [];
    const host = faultHost({ platform: 'win32', sleep: (ms) => waits.push(ms) });
    host.fail('renameSync', 0, 'EBUSY');
    const error = caught(() => writeFile(file, NEW, host));
    expect(said(error)).toMatch(/another program is holding the file open\. Nothing was changed/);
    expect(hinted(error)).toMatch(/antivirus/);
    const total = waits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(900);
    expect(total).toBeLessThanOrEqual(1500);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('does not retry a permission error where it means what it says', () => {
    const dir = folder();
    const waits: number[] = [];
    const host = faultHost({ sleep: (ms) => waits.push(ms) });
    host.fail('renameSync', 1, 'EACCES');
    caught(() => writeFile(join(dir, 'a.yaml'), NEW, host));
    expect(waits).toEqual([]);
  });
});

describe('writing a set of files', () => {
  const set = (dir: string) => ['r.md', 'r.json', 'r.plan.csv', 'r.pdf'].map((n) => ({ path: join(dir, n), content: `${n} new\n`.repeat(500) }));

  function withOldFiles(): string {
    const dir = folder();
    for (const f of set(dir)) writeFileSync(f.path, `${f.path} old\n`);
    return dir;
  }

  function oldFilesIntact(dir: string): void {
    expect(readdirSync(dir).sort()).toEqual(['r.json', 'r.md', 'r.pdf', 'r.plan.csv']);
    for (const f of set(dir)) expect(readFileSync(f.path, 'utf8')).toBe(`${f.path} old\n`);
  }

  it('writes all of them', () => {
    const dir = withOldFiles();
    writeFiles(set(dir));
    for (const f of set(dir)) expect(readFileSync(f.path, 'utf8')).toBe(f.content);
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it.each<[string, Call | 'full', number]>([
    ['the disk fills while writing the third', 'full', 2 * 4000 + 100],
    ['the second temporary file fails', 'openSync', 2],
    ['the last rename fails after three are in place', 'renameSync', 4],
    ['the second rename fails', 'renameSync', 2],
  ])('changes none of them when %s', (_what, call, nth) => {
    const dir = withOldFiles();
    const host = faultHost();
    if (call === 'full') host.fullAfter(nth);
    else host.fail(call, nth, call === 'openSync' ? 'ENOSPC' : 'EIO');
    const error = caught(() => writeFiles(set(dir), host));
    expect(said(error)).toMatch(/None of the 4 files was written or changed\./);
    oldFilesIntact(dir);
  });

  it('leaves no new file behind when none existed before', () => {
    const dir = folder();
    const host = faultHost();
    host.fail('renameSync', 3, 'EIO');
    caught(() => writeFiles(set(dir), host));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('falls back to copying where the disk has no hard links (a FAT USB stick)', () => {
    const dir = withOldFiles();
    const host = faultHost();
    host.fail('linkSync', 0, 'EPERM');
    host.fail('renameSync', 4, 'EIO');
    caught(() => writeFiles(set(dir), host));
    oldFilesIntact(dir);
  });
});

describe('writing files as their content is produced', () => {
  // Larger than the store's write buffer, so that every chunk reaches the disk as it comes.
  const ROW = `${'x'.repeat(99)}\n`;
  const CHUNK = ROW.repeat(15_000);

  function stream(dir: string, host = faultHost()): { csv: string; json: string; write: (chunks: number) => void; commit: () => void } {
    const csv = join(dir, 'all.csv');
    const json = join(dir, 'all.json');
    const set = openFiles([{ path: csv }, { path: json }], host);
    return {
      csv,
      json,
      write: (chunks) => {
        for (let k = 0; k < chunks; k++) {
          set.write(csv, CHUNK);
          set.write(json, CHUNK);
        }
      },
      commit: () => set.commit(),
    };
  }

  it('puts the whole content in place only at the end, with nothing left beside it', () => {
    const dir = folder();
    writeFileSync(join(dir, 'all.csv'), OLD);
    const s = stream(dir);
    s.write(3);
    expect(readFileSync(s.csv, 'utf8')).toBe(OLD);
    s.commit();
    expect(readFileSync(s.csv, 'utf8')).toBe(CHUNK.repeat(3));
    expect(readFileSync(s.json, 'utf8')).toBe(CHUNK.repeat(3));
    expect(readdirSync(dir).sort()).toEqual(['all.csv', 'all.json']);
  });

  it('keeps the old files byte for byte and leaves no temporary file when the disk fills up halfway through', () => {
    const dir = folder();
    writeFileSync(join(dir, 'all.csv'), OLD);
    writeFileSync(join(dir, 'all.json'), OLD);
    const host = faultHost();
    const s = stream(dir, host);
    s.write(2);
    host.fullAfter(CHUNK.length / 2);
    const error = caught(() => s.write(2));
    expect(error.code).toBe('WRITE_FAILED');
    expect(said(error)).toMatch(/the disk is full\. None of the 2 files was written or changed\./);
    expect(readFileSync(s.csv, 'utf8')).toBe(OLD);
    expect(readFileSync(s.json, 'utf8')).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(['all.csv', 'all.json']);
  });

  it('keeps the old files when the last of the content finds no room', () => {
    const dir = folder();
    writeFileSync(join(dir, 'all.csv'), OLD);
    const host = faultHost();
    const csv = join(dir, 'all.csv');
    const set = openFiles([{ path: csv }], host);
    set.write(csv, CHUNK);
    // The tail waits in the buffer until the set is committed.
    set.write(csv, ROW);
    host.fullAfter(0);
    expect(said(caught(() => set.commit()))).toMatch(/the disk is full\. Nothing was changed in .*all\.csv\./);
    expect(readFileSync(csv, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['all.csv']);
  });

  it('writes row after row of text in any script, with bytes between them, exactly in the order given', () => {
    const dir = folder();
    const csv = join(dir, 'all.csv');
    const set = openFiles([{ path: csv }]);
    // Khmer and Thai take three bytes a character, so rows end at every offset of the buffer.
    const rows = Array.from({ length: 40_000 }, (_, k) => (k % 3 === 0 ? `ក្រសួង,${k}\r\n` : k % 3 === 1 ? `กระทรวง,${k}\r\n` : `ministry,${k}\r\n`));
    const bytes = Buffer.from('bytes as they are\n', 'utf8');
    rows.forEach((row, k) => {
      set.write(csv, row);
      if (k === 20_000) set.write(csv, bytes);
    });
    set.commit();
    expect(readFileSync(csv, 'utf8')).toBe([...rows.slice(0, 20_001), bytes.toString('utf8'), ...rows.slice(20_001)].join(''));
  });

  it('keeps the old file when the disk fills up while rows are being written', () => {
    const dir = folder();
    writeFileSync(join(dir, 'all.csv'), OLD);
    const host = faultHost();
    const csv = join(dir, 'all.csv');
    const set = openFiles([{ path: csv }], host);
    host.fullAfter(100_000);
    const error = caught(() => {
      for (let k = 0; k < 200_000; k++) set.write(csv, ROW);
    });
    expect(said(error)).toMatch(/the disk is full\. Nothing was changed in .*all\.csv\./);
    expect(readFileSync(csv, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['all.csv']);
  });

  it('leaves the old files as they were when the writer gives up', () => {
    const dir = folder();
    writeFileSync(join(dir, 'all.csv'), OLD);
    const set = openFiles([{ path: join(dir, 'all.csv') }]);
    set.write(join(dir, 'all.csv'), CHUNK);
    set.abort();
    expect(readFileSync(join(dir, 'all.csv'), 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['all.csv']);
  });
});
