// Writes <name>-<version>.tgz with every runtime dependency inside, so that `npm install -g` of
// that one file needs no network: `npm run pack:offline` (which builds first). Packs the package in
// the current folder; `--destination <dir>` says where the file goes (default: that folder).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LIMIT_BYTES = 60 * 1000 * 1000;
const root = process.cwd();
const flag = process.argv.indexOf('--destination');
const destination = resolve(flag === -1 ? root : (process.argv[flag + 1] ?? root));

const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** npm itself: the one running this script under `npm run`, else the one on the PATH. */
function npm(args, cwd) {
  const execPath = process.env.npm_execpath;
  const [command, prefix] = execPath === undefined || !execPath.endsWith('.js') ? ['npm', []] : [process.execPath, [execPath]];
  return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], shell: command === 'npm' && process.platform === 'win32' });
}

const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

/**
 * Why a bundled file would not install offline on every system: compiled add-ons and build files
 * are made for one platform, install scripts may download or compile, and a package tied to one
 * `os` or `cpu` is missing on the others.
 */
function nativeParts(files, folder) {
  const problems = [];
  for (const path of files) {
    if (!path.startsWith('node_modules/')) continue;
    if (path.endsWith('.node') || path.endsWith('/binding.gyp')) problems.push(`${path}: compiled or compiles native code`);
    if (!/^node_modules\/(?:(?:@[^/]+\/)?[^/]+\/node_modules\/)*(?:@[^/]+\/)?[^/]+\/package\.json$/.test(path)) continue;
    const manifest = JSON.parse(readFileSync(join(folder, path), 'utf8'));
    const scripts = INSTALL_SCRIPTS.filter((s) => manifest.scripts?.[s] !== undefined);
    if (scripts.length > 0) problems.push(`${path}: runs ${scripts.join(', ')} on install`);
    if (manifest.gypfile === true) problems.push(`${path}: builds native code with node-gyp`);
    if (manifest.os !== undefined || manifest.cpu !== undefined) problems.push(`${path}: made for one operating system or processor only`);
  }
  return problems;
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// npm marks every package the bundle will carry in the lock file; `npm ci` installs exactly those.
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const bundled = Object.entries(lock.packages).flatMap(([path, entry]) => (entry.inBundle === true ? [path] : []));
const always = readdirSync(root).filter((name) => /^(readme|license|licence)(\.|$)/i.test(name));

/*
 * Packs a copy whose package.json has no scripts: they build gret from source and are of no use in
 * an installed copy, and npm 11 asks the user to approve a local tarball's `prepare` script. npm
 * picks the files from the copy by the same rules as from the checkout. Returns what is wrong with
 * the bundle, after removing it, or nothing.
 */
function pack(staging) {
  for (const path of [...(manifest.files ?? []), ...always, ...bundled]) {
    if (existsSync(join(root, path))) cpSync(join(root, path), join(staging, path), { recursive: true });
  }
  const installed = { ...manifest };
  delete installed.scripts;
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify(installed, null, 2)}\n`);
  mkdirSync(destination, { recursive: true });
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', destination], staging));
  const tarball = join(destination, packed.filename);
  const files = packed.files.map((f) => f.path);
  const size = statSync(tarball).size;
  const missing = (manifest.files ?? []).filter((entry) => !files.some((f) => f === entry || f.startsWith(`${entry}/`)));
  const problems = nativeParts(files, staging);
  let refusal;
  if (missing.length > 0) refusal = `nothing to pack from ${missing.join(', ')}; run npm run build first.`;
  else if (problems.length > 0) refusal = `every runtime dependency must be plain JavaScript, but:\n  ${problems.join('\n  ')}`;
  else if (size > LIMIT_BYTES) refusal = `the bundle would be ${megabytes(size)}, over the ${megabytes(LIMIT_BYTES)} limit.`;
  if (refusal !== undefined) {
    rmSync(tarball, { force: true });
    return refusal;
  }
  process.stdout.write(`${tarball}: ${megabytes(size)} (${packed.entryCount} files, ${megabytes(packed.unpackedSize)} installed)\n`);
  return undefined;
}

const staging = mkdtempSync(join(tmpdir(), 'gret-pack-'));
try {
  const refusal = pack(staging);
  if (refusal !== undefined) {
    process.stderr.write(`pack-offline: ${refusal}\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
