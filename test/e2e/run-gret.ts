import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const GRET = join(ROOT, 'bin', 'gret.js');

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node <nodeArgs> bin/gret.js <args>`, without a terminal; the environment is this one unless given. */
function runGret(nodeArgs: readonly string[], args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Run {
  const result = spawnSync(process.execPath, [...nodeArgs, GRET, ...args], { cwd: options.cwd, env: options.env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the built CLI as a user would, without a terminal and without colour settings leaking in. */
export function gret(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...options.env };
  return runGret([], args, { cwd: options.cwd ?? ROOT, env });
}

/**
 * Runs the CLI with a loader hook that makes importing (or requiring) any of `modules` fail, which
 * shows exactly which commands load them: the way to keep heavy modules off paths that do not need them.
 */
export function gretWithout(modules: readonly string[], args: readonly string[], options: { cwd: string }): Run {
  const hooks = join(options.cwd, `without-${modules.join('-').replace(/[^a-z0-9-]/gi, '')}.mjs`);
  const list = JSON.stringify(modules);
  // A package the build bundles into the program (scripts/bundle-program.js) is a file of its own
  // under dist/program/packages, which the program requires as ./packages/<name>-<hash>.cjs.
  const named = `((request) => ${list}.find((m) => request === m || request.includes('/packages/' + m + '-')))`;
  const resolve = `export async function resolve(s, c, next) { const r = await next(s, c); const m = ${named}(s); if (m !== undefined) throw new Error(m + " was loaded"); return r; }`;
  writeFileSync(
    hooks,
    [
      "import { createRequire, register } from 'node:module';",
      `register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(resolve)}));`,
      "const Module = createRequire(import.meta.url)('node:module');",
      'const load = Module._load;',
      `Module._load = function (request, ...rest) { const m = ${named}(request); if (m !== undefined) throw new Error(m + ' was loaded'); return load.call(this, request, ...rest); };`,
      '',
    ].join('\n'),
  );
  return runGret(['--import', hooks], args, options);
}

/**
 * The built-in modules a run of the CLI loads beyond those node loads for any script, however
 * they are loaded (import, require or process.getBuiltinModule): Node's own list of the modules it
 * has loaded, read as the process exits.
 */
export function builtinsLoadedBy(args: readonly string[], options: { cwd: string }): string[] {
  const probe = join(options.cwd, 'builtins-probe.cjs');
  const list = join(options.cwd, 'builtins-loaded.json');
  writeFileSync(
    probe,
    [
      "const { writeFileSync } = require('node:fs');",
      'const before = new Set(process.moduleLoadList);',
      `process.on('exit', () => writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));`,
      '',
    ].join('\n'),
  );
  const result = runGret(['-r', probe], args, options);
  if (result.code !== 0) throw new Error(`gret ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  const loaded = JSON.parse(readFileSync(list, 'utf8')) as string[];
  return loaded.flatMap((m) => (m.startsWith('NativeModule ') ? [m.slice('NativeModule '.length)] : []));
}
