// Build step (npm run build): runs the command-line program for every way of asking for help or
// the version, and stores what it printed in dist/cli/help-texts.json for help-texts.ts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELP_TEXTS_FILE, type HelpAnswer } from './help-texts.js';

const program = fileURLToPath(new URL('./main.js', import.meta.url));
// Wide enough that commander wraps nothing; set as a terminal's width, which is all it reads.
const UNWRAPPED_COLUMNS = 10_000;

function run(words: readonly string[], columns?: number): { out: string; code: number } {
  const terminal = columns === undefined ? [] : ['--import', `data:text/javascript,process.stdout.isTTY=true;process.stdout.columns=${columns};`];
  const result = spawnSync(process.execPath, [...terminal, program, ...words], { encoding: 'utf8' });
  if (result.status === null || result.stderr !== '') throw new Error(`gret ${words.join(' ')} printed on standard error: ${result.stderr}`);
  return { out: result.stdout, code: result.status };
}

function answer(words: readonly string[]): HelpAnswer {
  const at80 = run(words);
  const unwrapped = run(words, UNWRAPPED_COLUMNS);
  return { code: at80.code, at80: at80.out, unwrapped: unwrapped.out, unwrappedWidth: Math.max(...unwrapped.out.split('\n').map((l) => l.length)) };
}

/** The subcommands a help text lists under "Commands:", `help` among them where commander adds it. */
function subcommands(help: string): string[] {
  const section = /\nCommands:\n([\s\S]*?)\n\n/.exec(help)?.[1] ?? '';
  return [...section.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1] ?? '');
}

const answers: Record<string, HelpAnswer> = {};
const add = (words: readonly string[]): HelpAnswer => (answers[JSON.stringify(words)] = answer(words));
for (const words of [['--version'], ['-V']]) add(words);

/** A command's help, asked for in each way commander answers: `--help`, `-h`, and `help <name>` where its parent has that command. */
function addCommand(path: readonly string[], parentHasHelp: boolean): void {
  const help = add([...path, '--help']);
  add([...path, '-h']);
  if (parentHasHelp) add([...path.slice(0, -1), 'help', ...path.slice(-1)]);
  if (parentHasHelp && path.length > 1) add(['help', ...path]);
  const names = subcommands(help.at80);
  for (const name of names.filter((n) => n !== 'help')) addCommand([...path, name], names.includes('help'));
}
addCommand([], true);

writeFileSync(HELP_TEXTS_FILE, `${JSON.stringify({ en: answers })}\n`);
