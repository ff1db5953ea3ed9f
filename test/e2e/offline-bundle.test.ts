import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gret, ROOT } from './run-gret.js';

const PACK = join(ROOT, 'scripts', 'pack-offline.js');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(join(tmpdir(), 'gret-bundle-'));
// The bundle and its installed copy take some 110 MB.
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  // npm is a .cmd file on Windows, which only a shell can start.
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 180_000, shell: command === 'npm' && process.platform === 'win32' });
}

/** The same npm that runs the tests, when `npm test` started them. */
function npm(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const execPath = process.env['npm_execpath'];
  return execPath?.endsWith('.js') === true ? run(process.execPath, [execPath, ...args], cwd) : run('npm', args, cwd);
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

// Packing and installing take a while: the bundle is built once, from the dist/ that `npm test` built.
describe('the offline bundle', () => {
  const prefix = join(work, 'prefix');
  const installed = join(prefix, ...(process.platform === 'win32' ? ['node_modules', 'gret'] : ['lib', 'node_modules', 'gret']));
  const bin = process.platform === 'win32' ? join(prefix, 'gret.cmd') : join(prefix, 'bin', 'gret');
  let pack: SpawnSyncReturns<string>;
  let install: SpawnSyncReturns<string>;

  beforeAll(() => {
    pack = run(process.execPath, [PACK, '--destination', join(work, 'out')], ROOT);
    const cache = join(work, 'empty-cache');
    mkdirSync(cache);
    mkdirSync(prefix);
    // --offline and a registry address where nothing answers: any attempt to fetch fails the install.
    install = npm(
      ['install', '--global', '--prefix', prefix, '--offline', '--cache', cache, '--registry', 'http://127.0.0.1:9/', '--no-audit', '--no-fund', join(work, 'out', `gret-${version}.tgz`)],
      work,
    );
  }, 300_000);

  it('is written, with its size, under 60 MB', () => {
    expect({ status: pack.status, stderr: pack.stderr }).toMatchObject({ status: 0 });
    const [, size] = /gret-[\d.]+\.tgz: ([\d.]+) MB \(\d+ files/.exec(pack.stdout) ?? [];
    expect(Number(size)).toBeGreaterThan(1);
    expect(Number(size)).toBeLessThan(60);
  });

  it('installs with no registry and an empty cache, without asking to run any script', () => {
    expect({ status: install.status, stderr: install.stderr }).toMatchObject({ status: 0 });
    expect(install.stderr).not.toMatch(/install-scripts|ERR/);
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'))).not.toHaveProperty('scripts');
  });

  it('carries the runtime dependencies and the report fonts, not the font packages or the tools', () => {
    const modules = readdirSync(join(installed, 'node_modules'));
    expect(modules).toEqual(expect.arrayContaining(['pdfkit', 'docx', 'fflate', 'yaml', 'zod', 'commander', 'chalk', '@inquirer', '@resvg']));
    expect(modules).not.toContain('@expo-google-fonts');
    expect(modules).not.toContain('typescript');
    expect(readdirSync(join(installed, 'dist', 'fonts'))).toEqual(expect.arrayContaining(['NotoSans_400Regular.ttf', 'NotoSansSC_700Bold.ttf', 'NotoSansSC-OFL.txt']));
  });

  it('runs: its version, and the sample report byte for byte as the checkout renders it', () => {
    const shell = process.platform === 'win32';
    const versionRun = spawnSync(bin, ['--version'], { cwd: work, encoding: 'utf8', shell });
    expect(versionRun.stdout.trim()).toBe(version);

    const reportRun = spawnSync(bin, ['report', join(installed, 'templates', 'sample-assessment.yaml'), '-o', join(work, 'installed.pdf')], { cwd: work, encoding: 'utf8', shell });
    expect({ status: reportRun.status, stderr: reportRun.stderr }).toEqual({ status: 0, stderr: '' });
    expect(gret(['report', join(ROOT, 'templates', 'sample-assessment.yaml'), '-o', join(work, 'checkout.pdf')]).code).toBe(0);
    expect(readFileSync(join(work, 'installed.pdf')).equals(readFileSync(join(work, 'checkout.pdf')))).toBe(true);
  });

  it('writes the Word report byte for byte as the checkout does, its charts drawn by the bundled WebAssembly', () => {
    const docxRun = spawnSync(bin, ['report', join(installed, 'templates', 'sample-assessment.yaml'), '-o', join(work, 'installed.docx')], { cwd: work, encoding: 'utf8', shell: process.platform === 'win32' });
    expect({ status: docxRun.status, stderr: docxRun.stderr }).toEqual({ status: 0, stderr: '' });
    expect(gret(['report', join(ROOT, 'templates', 'sample-assessment.yaml'), '-o', join(work, 'checkout.docx')]).code).toBe(0);
    expect(readFileSync(join(work, 'installed.docx')).equals(readFileSync(join(work, 'checkout.docx')))).toBe(true);
  });
});

describe('packing the offline bundle', () => {
  it('refuses a runtime dependency with native code, naming each problem', () => {
    const project = join(work, 'native-project');
    const addon = join(project, 'node_modules', 'addon');
    write(join(project, 'package.json'), JSON.stringify({ name: 'native-project', version: '1.0.0', files: ['index.js'], dependencies: { addon: '1.0.0' }, bundleDependencies: true }));
    write(join(project, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'native-project' }, 'node_modules/addon': { version: '1.0.0', inBundle: true } } }));
    write(join(project, 'index.js'), "import 'addon';\n");
    write(join(addon, 'package.json'), JSON.stringify({ name: 'addon', version: '1.0.0', scripts: { install: 'node-gyp rebuild' } }));
    write(join(addon, 'binding.gyp'), '{}');
    write(join(addon, 'build', 'Release', 'addon.node'), 'compiled');

    const result = run(process.execPath, [PACK, '--destination', join(project, 'out')], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('node_modules/addon/build/Release/addon.node: compiled or compiles native code');
    expect(result.stderr).toContain('node_modules/addon/binding.gyp: compiled or compiles native code');
    expect(result.stderr).toContain('node_modules/addon/package.json: runs install on install');
    expect(existsSync(join(project, 'out', 'native-project-1.0.0.tgz'))).toBe(false);
  });
});
