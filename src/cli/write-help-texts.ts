// Build step (npm run build): runs the command-line program for every way of asking for help or
// the version, in every language there is a catalog for, and stores what it printed in
// dist/help/<language>.json for help-texts.ts.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { displayWidth } from '../report/terminal/display-width.js';
import { helpTextsFile, type HelpAnswer, type HelpTexts } from './help-texts.js';
import { messagesFolder } from './load-messages.js';

const program = fileURLToPath(new URL('./main.js', import.meta.url));
// Wide enough that commander wraps nothing; set as a terminal's width, which is all it reads.
const UNWRAPPED_COLUMNS = 10_000;
// Runs at a time: each is mostly Node starting up.
const AT_ONCE = 4;
const spawn = promisify(execFile);

async function run(words: readonly string[], language: string, columns?: number): Promise<{ out: string; code: number }> {
  const terminal = columns === undefined ? [] : ['--import', `data:text/javascript,process.stdout.isTTY=true;process.stdout.columns=${columns};`];
  // The program takes the language from the environment when no --lang is given, as a user's shell sets it.
  const env = { ...process.env, LC_ALL: language };
  try {
    const { stdout, stderr } = await spawn(process.execPath, [...terminal, program, ...words], { encoding: 'utf8', env });
    if (stderr !== '') throw new Error(`gret ${words.join(' ')} printed on standard error: ${stderr}`);
    return { out: stdout, code: 0 };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number' || failed.stderr !== '') throw error;
    return { out: failed.stdout ?? '', code: failed.code };
  }
}

/** What the program prints for these words, at 80 columns and unwrapped. */
async function answer(words: readonly string[], language: string): Promise<{ code: number; at80: string; unwrapped: string; unwrappedWidth: number }> {
  const [at80, unwrapped] = await Promise.all([run(words, language), run(words, language, UNWRAPPED_COLUMNS)]);
  return { code: at80.code, at80: at80.out, unwrapped: unwrapped.out, unwrappedWidth: Math.max(...unwrapped.out.split('\n').map(displayWidth)) };
}

/** The subcommands a help text in English lists under "Commands:", `help` among them where commander adds it. */
function subcommands(help: string): string[] {
  const section = /\nCommands:\n([\s\S]*?)\n\n/.exec(help)?.[1] ?? '';
  return [...section.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1] ?? '');
}

/**
 * The commands there is help for, each with the ways of asking for it that commander answers
 * with the same text: `--help`, `-h`, `help <name>` where its parent has that command, and
 * `gret help rubric show`, which commander answers with the help of the first name alone.
 */
async function commandsWithHelp(): Promise<{ path: string[]; asking: string[][] }[]> {
  const found: { path: string[]; asking: string[][] }[] = [];
  async function visit(path: string[], parentHasHelp: boolean): Promise<void> {
    const asking = [[...path, '--help'], [...path, '-h'], ...(parentHasHelp ? [[...path.slice(0, -1), 'help', ...path.slice(-1)]] : [])];
    found.push({ path, asking });
    const listed = subcommands((await run([...path, '--help'], 'en')).out);
    const names = listed.filter((n) => n !== 'help');
    if (path.length === 1) asking.push(...names.map((name) => ['help', ...path, name]));
    await Promise.all(names.map((name) => visit([...path, name], listed.includes('help'))));
  }
  await visit([], true);
  return found;
}

/** Runs the tasks, AT_ONCE of them at a time, and gives their results in order. */
async function inTurn<T>(tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  const queue = tasks.map((task, i) => ({ task, i }));
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) results[item.i] = await item.task();
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return results;
}

const commands = await commandsWithHelp();
const languages = readdirSync(messagesFolder).flatMap((name) => (name.endsWith('.yaml') ? [name.slice(0, -'.yaml'.length)] : []));
// The version is the same in every language.
const version = await answer(['--version'], 'en');
const answered = await inTurn(languages.flatMap((language) => commands.map(({ path, asking }) => async () => ({ language, asking, help: await answer([...path, '--help'], language) }))));

mkdirSync(new URL('.', helpTextsFile('en')), { recursive: true });
for (const language of languages) {
  const texts: string[] = [];
  const index = (text: string): number => (texts.includes(text) ? texts.indexOf(text) : texts.push(text) - 1);
  const stored = ({ code, at80, unwrapped, unwrappedWidth }: Awaited<ReturnType<typeof answer>>): HelpAnswer => ({ code, at80: index(at80), unwrapped: index(unwrapped), unwrappedWidth });
  const answers: Record<string, HelpAnswer> = { '["--version"]': stored(version), '["-V"]': stored(version) };
  for (const { asking, help } of answered.filter((a) => a.language === language)) {
    for (const words of asking) answers[JSON.stringify(words)] = stored(help);
  }
  const file: HelpTexts = { answers, texts };
  writeFileSync(helpTextsFile(language), `${JSON.stringify(file)}\n`);
}
