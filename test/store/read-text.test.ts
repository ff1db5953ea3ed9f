import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caught, said } from './caught.js';
import { readText } from '../../src/store/read-text.js';
import { resolveInside } from '../../src/store/resolve-inside.js';

const dir = mkdtempSync(join(tmpdir(), 'gret-read-'));

describe('reading text', () => {
  it('reads CRLF line endings and drops a byte-order mark, as Notepad writes them', () => {
    writeFileSync(join(dir, 'notepad.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: 1\r\nb: 2\r\n')]));
    expect(readText(join(dir, 'notepad.yaml'), { key: 'files.assessment' })).toBe('a: 1\r\nb: 2\r\n');
  });

  it('refuses a UTF-16 file and says how to save it as UTF-8', () => {
    writeFileSync(join(dir, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('format: x\n', 'utf16le')]));
    const error = caught(() => readText(join(dir, 'utf16.yaml'), { key: 'files.assessment' }));
    expect(said(error)).toMatch(/is saved as UTF-16 text; an assessment must be saved as UTF-8/);
    writeFileSync(join(dir, 'utf16-nobom.yaml'), Buffer.from('format: gret-assessment/1\n', 'utf16le'));
    expect(said(caught(() => readText(join(dir, 'utf16-nobom.yaml'), { key: 'files.assessment' })))).toMatch(/UTF-16/);
  });

  it('refuses /dev/zero at once instead of reading without end', () => {
    const started = Date.now();
    const error = caught(() => readText('/dev/zero', { key: 'files.assessment' }));
    expect(error.code).toBe('NOT_A_FILE');
    expect(said(error)).toMatch(/is a device, not a file saved on disk/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a named pipe at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipe.yaml');
    // mkfifo is part of coreutils, on every system that has a shell; Node has no call for it.
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const error = caught(() => readText(fifo, { key: 'files.assessment' }));
    expect(said(error)).toMatch(/is a named pipe/);
  });

  it('caps the size while reading, whatever the file system said its size was', () => {
    writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(5000));
    expect(caught(() => readText(join(dir, 'big.yaml'), { key: 'files.assessment' }, { maxBytes: 4096 })).code).toBe('FILE_TOO_LARGE');
    // /proc files claim a size of 0 and are read to their end.
    expect(said(caught(() => readText('/proc/self/maps', { key: 'files.assessment' }, { maxBytes: 16 })))).toMatch(/larger than 16 bytes/);
  });

  it('names a symbolic link loop as such', () => {
    symlinkSync(join(dir, 'loop-b.yaml'), join(dir, 'loop-a.yaml'));
    symlinkSync(join(dir, 'loop-a.yaml'), join(dir, 'loop-b.yaml'));
    expect(caught(() => readText(join(dir, 'loop-a.yaml'), { key: 'files.assessment' })).code).toBe('SYMLINK_LOOP');
  });
});

describe('files inside a folder', () => {
  const pack = join(dir, 'pack');
  mkdirSync(pack);
  writeFileSync(join(pack, 'inside.yaml'), 'a: 1\n');
  writeFileSync(join(dir, 'secret.txt'), 'secret\n');
  symlinkSync(join(dir, 'secret.txt'), join(pack, 'link-out.yaml'));
  symlinkSync(join(pack, 'inside.yaml'), join(pack, 'link-in.yaml'));
  symlinkSync(join(pack, 'self-loop.yaml'), join(pack, 'self-loop.yaml'));

  it.each([
    ['a file inside', 'inside.yaml', undefined],
    ['a link to a file inside', 'link-in.yaml', undefined],
    ['a name that climbs out', '../secret.txt', 'OUTSIDE_FOLDER'],
    ['an absolute name', join(dir, 'secret.txt'), 'OUTSIDE_FOLDER'],
    ['a link that points out', 'link-out.yaml', 'OUTSIDE_FOLDER'],
    ['a link loop', 'self-loop.yaml', 'SYMLINK_LOOP'],
    ['a missing file', 'missing.yaml', 'FILE_NOT_FOUND'],
  ])('%s', (_what, name, code) => {
    if (code === undefined) expect(resolveInside(pack, name, { key: 'files.dimension' })).toBe(join(pack, 'inside.yaml'));
    else expect(caught(() => resolveInside(pack, name, { key: 'files.dimension' })).code).toBe(code);
  });
});
