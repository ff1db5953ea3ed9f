import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gret, ROOT } from './run-gret.js';

const SAMPLE = join(ROOT, 'templates', 'sample-assessment.yaml');
const work = mkdtempSync(join(tmpdir(), 'gret-store-'));

describe('files gret reads', () => {
  it.each([
    ['/dev/zero', '/dev/zero', /\/dev\/zero is a device, not a file saved on disk/],
    ['a named pipe', 'fifo', /is a named pipe/],
  ])('refuses %s at once', (_what, name, message) => {
    const path = name.startsWith('/') ? name : join(work, name);
    if (!name.startsWith('/')) expect(spawnSync('mkfifo', [path]).status).toBe(0);
    const started = Date.now();
    const run = gret(['score', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses a pack file that links out of the pack folder, and a link loop, naming each', () => {
    const pack = join(work, 'linked-pack');
    cpSync(join(ROOT, 'test', 'fixtures', 'mini-pack'), pack, { recursive: true });
    writeFileSync(join(work, 'elsewhere.yaml'), readFileSync(join(pack, 'beta.yaml')));
    rmSync(join(pack, 'beta.yaml'));
    symlinkSync(join(work, 'elsewhere.yaml'), join(pack, 'beta.yaml'));
    const out = gret(['rubric', 'validate', pack]);
    expect(out.code).toBe(1);
    expect(out.stdout + out.stderr).toMatch(/pack\.yaml:\d+:\d+: beta\.yaml lies outside the pack folder/);
    rmSync(join(pack, 'beta.yaml'));
    symlinkSync(join(pack, 'beta.yaml'), join(pack, 'beta.yaml'));
    const loop = gret(['rubric', 'validate', pack]);
    expect(loop.code).toBe(1);
    expect(loop.stdout + loop.stderr).toMatch(/pack\.yaml:\d+:\d+: Cannot read a rubric dimension file beta\.yaml in .*: it is a symbolic link that leads back to itself\. \[SYMLINK_LOOP\]/);
  });

  it('refuses a logo larger than a cover needs', () => {
    const template = join(work, 'big-logo');
    cpSync(join(ROOT, 'templates', 'report'), template, { recursive: true });
    const png = Buffer.alloc(64);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.writeUInt32BE(5000, 16);
    png.writeUInt32BE(300, 20);
    writeFileSync(join(template, 'logo.png'), png);
    writeFileSync(join(template, 'look.yaml'), readFileSync(join(template, 'look.yaml'), 'utf8').replace(/^logo: .*$/m, 'logo: logo.png'));
    const run = gret(['report', SAMPLE, '-o', join(work, 'r.md'), '--template', template]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/The logo logo\.png is 5000 × 300 pixels; a logo may be at most 4000 × 4000/);
  });
});

describe('where reports are written', () => {
  it.each([
    ['report -o out.md --format pdf', ['report', SAMPLE, '-o', 'out.md', '--format', 'pdf'], ['out.pdf']],
    ['report -o plan.csv', ['report', SAMPLE, '-o', 'plan.csv'], ['plan.csv']],
    ['report -o all --format md,csv', ['report', SAMPLE, '-o', 'all', '--format', 'md,csv'], ['all.md', 'all.plan.csv']],
    ['compare -o cmp.pdf --format md', ['compare', SAMPLE, SAMPLE, '-o', 'cmp.pdf', '--format', 'md'], ['cmp.md']],
    ['compare -o cmp --format pdf', ['compare', SAMPLE, SAMPLE, '-o', 'cmp', '--format', 'pdf'], ['cmp.pdf']],
    ['report -o notes.txt --format md', ['report', SAMPLE, '-o', 'notes.txt', '--format', 'md'], ['notes.txt']],
    ['compare --format json', ['compare', SAMPLE, SAMPLE, '--format', 'json'], ['compare.json']],
    ['aggregate --format csv -o agg.md', ['aggregate', SAMPLE, '--format', 'csv', '-o', 'agg.md'], ['agg.csv']],
    ['aggregate -o agg --format md,json', ['aggregate', SAMPLE, '-o', 'agg', '--format', 'md,json'], ['agg.json', 'agg.md']],
  ])('%s writes %j, each under its own ending', (_command, args, files) => {
    const cwd = mkdtempSync(join(work, 'out-'));
    const run = gret(args, { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(files);
    for (const f of files) expect(run.stdout).toContain(`Wrote ${f}`);
  });
});

/*
 * A real full disk: a small tmpfs. Mounting needs root (CI and these machines run as root);
 * elsewhere the injected write failures of test/store stand in, and this says why it did not run.
 */
const disk = join(work, 'small-disk');
mkdirSync(disk);
const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=160k', 'tmpfs', disk], { encoding: 'utf8' });
const mounted = mount.status === 0;
if (!mounted) console.log(`The full-disk tests did not run: mounting a small tmpfs was refused (${(mount.stderr || String(mount.error)).trim()}).`);
afterAll(() => {
  if (mounted) spawnSync('umount', [disk]);
});

describe('a full disk', () => {
  const old = (name: string): string => `${name} from last week\n`;

  it('leaves every old report as it was, and writes no new one, when one format does not fit', () => {
    if (!mounted) return;
    for (const name of ['r.md', 'r.json', 'r.plan.csv']) writeFileSync(join(disk, name), old(name));
    const run = gret(['report', SAMPLE, '-o', join(disk, 'r'), '--format', 'md,json,csv,pdf']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/the disk is full\. None of the 4 files was written or changed\./);
    expect(readdirSync(disk).sort()).toEqual(['r.json', 'r.md', 'r.plan.csv']);
    for (const name of ['r.md', 'r.json', 'r.plan.csv']) expect(readFileSync(join(disk, name), 'utf8')).toBe(old(name));
  });

  it.each([
    ['template', (out: string) => ['template', '--format', 'md', '-o', out, '--force']],
    ['compare', (out: string) => ['compare', SAMPLE, SAMPLE, '-o', out, '--format', 'md']],
  ])('gret %s keeps the old file byte for byte', (_name, args) => {
    if (!mounted) return;
    for (const f of readdirSync(disk)) rmSync(join(disk, f));
    writeFileSync(join(disk, 'filler'), Buffer.alloc(150 * 1024));
    const out = join(disk, 'x.md');
    writeFileSync(out, old('x.md'));
    const run = gret(args(out));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the disk is full\. Nothing was changed in .*x\.md\./);
    expect(readFileSync(out, 'utf8')).toBe(old('x.md'));
    expect(readdirSync(disk).sort()).toEqual(['filler', 'x.md']);
  });
});

describe('folders gret aggregate reads', () => {
  it('reads a folder once even through a link that leads back up, a file named twice once, and leaves out the copies gret keeps beside a file', () => {
    const dir = mkdtempSync(join(work, 'groups-'));
    cpSync(join(ROOT, 'test', 'fixtures', 'aggregate', 'workshop'), join(dir, 'room'), { recursive: true });
    symlinkSync(dir, join(dir, 'room', 'back-up'));
    cpSync(join(dir, 'room', 'red.yaml'), join(dir, 'room', 'red.conflict-1.yaml'));
    const run = gret(['aggregate', dir, join(dir, 'room', 'red.yaml'), '--rubric', join(ROOT, 'test', 'fixtures', 'mini-pack'), '--format', 'json', '-o', join(dir, 'all.json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/left out a copy that gret kept beside an answers file .*red\.conflict-1\.yaml/);
    const summary = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8')) as { assessments: { file: string }[] };
    expect(summary.assessments.map((a) => a.file.slice(dir.length)).sort()).toEqual(['/room/blue.yaml', '/room/green.yaml', '/room/red.yaml']);
  });
});
