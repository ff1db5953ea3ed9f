import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helpFor, type HelpAnswer, type HelpTexts } from '../../src/cli/help-texts.js';
import { gretWithout, ROOT, type Run } from './run-gret.js';

/*
 * Help and the version are answered from texts stored at build time (bin/gret.js → help-texts.ts);
 * these tests hold the stored answers to what the program itself prints, for every command line
 * they answer, and on terminals of other widths than the stored ones.
 */

const texts = JSON.parse(readFileSync(join(ROOT, 'dist', 'cli', 'help-texts.json'), 'utf8')) as HelpTexts;
const english = texts['en'] ?? {};
const commandLines = Object.keys(english).map((key) => JSON.parse(key) as string[]);

/** Runs an entry point with standard output posing as a terminal of `columns`, or as a pipe. */
function run(entry: string, words: readonly string[], columns?: number): Run {
  const terminal = columns === undefined ? [] : ['--import', `data:text/javascript,process.stdout.isTTY=true;process.stdout.columns=${columns};`];
  const result = spawnSync(process.execPath, [...terminal, join(ROOT, entry), ...words], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const fast = (words: readonly string[], columns?: number): Run => run('bin/gret.js', words, columns);
// The program as bin/gret.js loads it: the build's bundle (scripts/bundle-program.js), commander inside.
const PROGRAM = 'dist/program/main.js';
const program = (words: readonly string[], columns?: number): Run => run(PROGRAM, words, columns);

describe('help and version from stored texts', () => {
  it('covers every command `gret --help` lists, the rubric subcommands and each way of asking', () => {
    const listed = [...(/\nCommands:\n([\s\S]*?)\n\n/.exec(english['["--help"]']?.at80 ?? '')?.[1] ?? '').matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(expect.arrayContaining(['rubric', 'init', 'assess', 'score', 'report', 'compare', 'aggregate', 'help']));
    for (const name of listed.filter((n) => n !== 'help')) {
      expect(commandLines).toEqual(expect.arrayContaining([[name, '--help'], [name, '-h'], ['help', name]]));
    }
    expect(commandLines).toEqual(expect.arrayContaining([['--help'], ['-h'], ['help'], ['--version'], ['-V'], ['rubric', 'validate', '--help'], ['rubric', 'help', 'list'], ['help', 'rubric', 'show']]));
  });

  it.each(commandLines.map((words): [string, string[]] => [words.join(' '), words]))('gret %s prints what the program prints, with its exit code', (_, words) => {
    expect(fast(words)).toEqual(program(words));
  });

  it.each([[40], [60], [79], [81], [100], [132], [400]])('agrees with the program on a terminal %i columns wide', (columns) => {
    for (const words of [['--help'], ['score', '--help'], ['rubric', 'help', 'show'], ['-V']]) {
      expect([words, fast(words, columns)]).toEqual([words, program(words, columns)]);
    }
  });

  it('answers without loading the program, and leaves any other command line to it', () => {
    const withoutProgram = (words: readonly string[], cwd: string): Run => gretWithout([`../${PROGRAM}`], words, { cwd });
    const work = mkdtempSync(join(tmpdir(), 'gret-help-'));
    try {
      for (const words of [['--help'], ['help', 'report'], ['rubric', 'list', '-h'], ['--version']]) {
        expect([words, withoutProgram(words, work)]).toEqual([words, program(words)]);
      }
      for (const words of [['score', '--help', '--json'], ['--help', 'score'], ['HELP'], []]) {
        expect([words, withoutProgram(words, work).stderr]).toEqual([words, expect.stringContaining(`../${PROGRAM} was loaded`)]);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('helpFor', () => {
  const answer: HelpAnswer = { code: 0, at80: 'at 80\n', unwrapped: 'unwrapped\n', unwrappedWidth: 90 };
  const stored: HelpTexts = { en: { '["--help"]': answer } };

  it.each([
    [undefined, 'at 80\n'],
    [80, 'at 80\n'],
    [90, 'unwrapped\n'],
    [200, 'unwrapped\n'],
    [79, undefined],
    [81, undefined],
    [89, undefined],
  ])('on a terminal %p columns wide gives %p', (width, text) => {
    expect(helpFor(stored, 'en', ['--help'], width)?.text).toBe(text);
  });

  it('knows only the command lines and locales it stores', () => {
    expect(helpFor(stored, 'en', ['--help', 'score'], undefined)).toBeUndefined();
    expect(helpFor(stored, 'fr', ['--help'], undefined)).toBeUndefined();
    expect(helpFor(stored, 'en', ['--help'], undefined)).toEqual({ text: 'at 80\n', code: 0 });
  });
});
