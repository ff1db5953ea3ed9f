import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HelpTexts } from '../../src/cli/help-texts.js';
import { PSEUDO_LOCALE } from '../../src/core/translation/language-chain.js';

/*
 * Help and usage errors in the pseudo-locale: every word gret or commander says comes out
 * accented, so a word still in plain letters was never said from the catalog. What is typed
 * stays as typed: the program's and the commands' names, the flags, the arguments' names, the
 * example command lines and the values given or offered; those are taken out before looking.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const PROGRAM = join(ROOT, 'dist', 'program', 'main.cjs');
const LANGUAGES = ['en', 'fr', 'ru', 'zh-Hans', 'th'];

function gret(words: readonly string[], language: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PROGRAM, ...words], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', LC_ALL: language }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const english = JSON.parse(readFileSync(join(ROOT, 'dist', 'help', 'en.json'), 'utf8')) as HelpTexts;
const asking = Object.keys(english.answers)
  .map((key) => JSON.parse(key) as string[])
  .filter((words) => words.at(-1) === '--help');
const commandNames = new Set(asking.flatMap((words) => words.slice(0, -1)));

/** The words in two plain letters or more that are left once what is typed is taken out. */
function plainWords(text: string, typed: readonly string[] = []): string[] {
  const rest = text
    .split('\n')
    .map((line) =>
      line
        // An example: the command line as it is typed, then its comment.
        .replace(/^ {2}\$ [^#]*/, '')
        // The left column of a list: a flag, an argument's name, a command's name.
        .replace(/^ {2}(?!\$)\S+(, \S+)?( [<[][^>\]]+[>\]])?(?= {2}|$)/, '')
        // A flag with the name of its value, an argument's name, a command's name.
        .replace(/(?<![\w-])--?[a-zA-Z][\w-]*(=\S*)?( <[\w.-]+>)?/g, ' ')
        .replace(/[<[][\w.-]+(\.\.\.)?[>\]]/g, ' ')
        // A value offered or given, quoted as it is typed.
        .replace(/"[^"]*"/g, ' '),
    )
    .join('\n');
  const data = new Set(['gret', ...commandNames, ...typed]);
  return [...rest.matchAll(/[A-Za-z][\w-]*/g)].map((m) => m[0]).filter((word) => word.length > 1 && !data.has(word));
}

// One command line for each kind of usage error, and what it is about as typed.
const USAGE_ERRORS: readonly (readonly [string, readonly string[]])[] = [
  ['an unknown option', ['score', '--nope']],
  ['an unknown option near a known one', ['--versio']],
  ['an unknown command', ['frobnicate']],
  ['an unknown command near a known one', ['scor']],
  ['a missing argument', ['score']],
  ['too many arguments', ['score', 'a.yaml', 'b.yaml']],
  ['an option without its value', ['score', 'a.yaml', '--target']],
  ['a required option not given', ['rubric', 'translations', 'export']],
  ['options that cannot go together', ['score', 'a.yaml', '--target', '3', '--targets', 't.yaml']],
  ['a value not among the choices', ['template', '--format', 'docx']],
  ['a level that is not a whole number', ['score', 'a.yaml', '--target', 'high']],
  ['a percentage out of range', ['score', 'a.yaml', '--fail-under', '200']],
  ['a port out of range', ['serve', 'a.yaml', '--port', '99999']],
  ['no command at all', []],
];

describe('help and usage errors in the pseudo-locale', () => {
  it.each(asking.map((words): [string, string[]] => [words.join(' '), words]))('gret %s is said from the catalog alone', (_, words) => {
    const shown = gret(words, PSEUDO_LOCALE);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/[àéíöü]/);
    expect(plainWords(shown.stdout)).toEqual([]);
  });

  it.each(USAGE_ERRORS)('%s is said from the catalog alone, exit code 2', (_, words) => {
    const shown = gret(words, PSEUDO_LOCALE);
    expect(shown.code).toBe(2);
    expect(shown.stdout).toBe('');
    expect(shown.stderr).toMatch(/[àéíöü]/);
    expect(plainWords(shown.stderr, words)).toEqual([]);
  });
});

describe('usage errors in every language', () => {
  const said = new Map(USAGE_ERRORS.map(([kind, words]) => [kind, gret(words, 'en').stderr]));

  it.each(LANGUAGES.flatMap((language) => USAGE_ERRORS.map(([kind, words]): [string, string, readonly string[]] => [language, kind, words])))('in %s, %s exits 2 with its own words', (language, kind, words) => {
    const shown = gret(words, language);
    expect(shown.code).toBe(2);
    expect(shown.stdout).toBe('');
    expect(shown.stderr).not.toBe('');
    if (language !== 'en') expect(shown.stderr).not.toBe(said.get(kind));
  });
});
