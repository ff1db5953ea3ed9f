// Build step (npm run build): the program as bin/gret.js runs it, in a few files instead of dozens.
// Node resolves, reads and links every ES module on its own, which costs start-up more than the
// code in them. So everything that `gret score` loads (the program's definition, commander with
// it, and the score command with all it imports) goes into one file that every command starts
// from; each other command keeps its own files, still imported only when it runs. zod goes in as
// a file of its own, loaded where a pack or a targets file is validated: as a package it is some
// ninety modules. Other packages stay outside and load when a command needs them, as before.
// The files are CommonJS: Node's ES module loader alone costs a run some ten milliseconds more
// than `require` does, before any of gret's code runs (bin/package.json makes bin/gret.js one too).
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'program');
const main = join(root, 'dist', 'cli', 'main.js');
const score = join(root, 'dist', 'cli', 'commands', 'score.js');
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const INSIDE = ['commander', 'zod'];
const outside = Object.keys(dependencies).filter((name) => !INSIDE.includes(name));

/** The modules that main.js and the score command import statically, and so on down. */
function startClosure(ctx) {
  const found = new Set();
  const visit = (id) => {
    if (found.has(id)) return;
    found.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) visit(next);
  };
  visit(main);
  visit(score);
  // main.js itself stays in the entry: it runs the command, which imports this file.
  found.delete(main);
  return found;
}

/*
 * commander loads child_process, and with it net and dgram, for its executable subcommands alone,
 * which gret has none of: a few milliseconds of every command's start-up. Its file is given a
 * child_process that loads the module only if spawn is ever called. The build fails if commander
 * no longer reads as expected, so that an update cannot quietly bring the cost back.
 */
const COMMANDER_LOAD = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
    if (!code.includes(COMMANDER_LOAD)) throw new Error(`${id} no longer loads child_process as the bundle expects: look again at lazyChildProcess`);
    return code.replace(COMMANDER_LOAD, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
  },
};

let start;
rmSync(out, { recursive: true, force: true });
await build({
  input: main,
  platform: 'node',
  plugins: [lazyChildProcess],
  external: (id) => outside.some((name) => id === name || id.startsWith(`${name}/`)),
  output: {
    dir: out,
    format: 'cjs',
    entryFileNames: '[name].cjs',
    codeSplitting: {
      groups: [
        { debugName: 'start', name: (id, ctx) => ((start ??= startClosure(ctx)).has(id) ? 'start' : null) },
        { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ },
      ],
    },
    // A package's file is named after it, apart from gret's own, so that a test can tell whether a run loaded it.
    chunkFileNames: (chunk) => (chunk.name === 'zod' ? 'packages/[name]-[hash].cjs' : '[name]-[hash].cjs'),
  },
  logLevel: 'warn',
});

// What bin/gret.js answers help and the version with, in one file: it reads the run's language
// from the environment, and a module more to resolve and link costs `gret --help` more than the
// few lines in it.
await build({ input: join(root, 'dist', 'cli', 'help-texts.js'), platform: 'node', output: { file: join(out, 'help.cjs'), format: 'cjs' }, logLevel: 'warn' });
