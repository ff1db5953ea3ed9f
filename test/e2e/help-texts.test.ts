import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helpFor, helpLanguage, type HelpAnswer, type HelpTexts } from '../../src/cli/help-texts.js';
import { displayWidth } from '../../src/report/terminal/display-width.js';
import { gretWithout, ROOT, type Run } from './run-gret.js';

/*
 * Help and the version are answered from texts stored at build time (bin/gret.js → help-texts.ts),
 * a file per language; these tests hold the stored answers to what the program itself prints,
 * for every command line they answer, in every language, and on terminals of other widths than
 * the stored ones.
 */

const LANGUAGES = ['en', 'fr', 'ru', 'zh-Hans', 'th'];
const stored = (language: string): HelpTexts => JSON.parse(readFileSync(join(ROOT, 'dist', 'help', `${language}.json`), 'utf8')) as HelpTexts;
const english = stored('en');
const commandLines = Object.keys(english.answers).map((key) => JSON.parse(key) as string[]);
/** The stored text for these words at 80 columns. */
const at80 = (texts: HelpTexts, words: readonly string[] | undefined): string | undefined => helpFor(texts, words ?? [], undefined)?.text;

/** Runs an entry point with standard output posing as a terminal of `columns`, or as a pipe, in the environment's language `locale`. */
function run(entry: string, words: readonly string[], columns?: number, locale = 'C'): Run {
  const terminal = columns === undefined ? [] : ['--import', `data:text/javascript,process.stdout.isTTY=true;process.stdout.columns=${columns};`];
  const env = { PATH: process.env['PATH'] ?? '', LANG: locale };
  const result = spawnSync(process.execPath, [...terminal, join(ROOT, entry), ...words], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const fast = (words: readonly string[], columns?: number, locale?: string): Run => run('bin/gret.js', words, columns, locale);
// The program as bin/gret.js loads it: the build's bundle (scripts/bundle-program.js), commander inside.
const PROGRAM = 'dist/program/main.cjs';
const program = (words: readonly string[], columns?: number, locale?: string): Run => run(PROGRAM, words, columns, locale);

describe('help and version from stored texts', () => {
  it('covers every command `gret --help` lists, the rubric subcommands and each way of asking', () => {
    const listed = [...(/\nCommands:\n([\s\S]*?)\n\n/.exec(at80(english, ['--help']) ?? '')?.[1] ?? '').matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(expect.arrayContaining(['rubric', 'init', 'assess', 'score', 'report', 'compare', 'aggregate', 'help']));
    for (const name of listed.filter((n) => n !== 'help')) {
      expect(commandLines).toEqual(expect.arrayContaining([[name, '--help'], [name, '-h'], ['help', name]]));
    }
    expect(commandLines).toEqual(expect.arrayContaining([['--help'], ['-h'], ['help'], ['--version'], ['-V'], ['rubric', 'validate', '--help'], ['rubric', 'help', 'list'], ['help', 'rubric', 'show']]));
  });

  it.each(commandLines.map((words): [string, string[]] => [words.join(' '), words]))('gret %s prints what the program prints, with its exit code', (_, words) => {
    expect(fast(words)).toEqual(program(words));
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('in %s, every command\'s help is what the program prints, asked by LANG or by --lang', (language) => {
    const texts = stored(language);
    const locale = `${language.replace('-', '_')}.UTF-8`;
    const asking = commandLines.filter((words) => words.at(-1) === '--help');
    expect(asking.length).toBeGreaterThan(15);
    for (const words of asking) {
      const shown = fast(words, undefined, locale);
      expect([words, shown]).toEqual([words, program(words, undefined, locale)]);
      expect([words, shown.stdout]).toEqual([words, at80(texts, words)]);
      expect(shown.stdout).not.toEqual(at80(english, words));
    }
    for (const words of [['--help', '--lang', language], ['score', '--help', `--lang=${language}`], ['help', 'rubric', 'show', '--lang', language]]) {
      expect([words, fast(words)]).toEqual([words, program(words)]);
      expect([words, fast(words).stdout]).toEqual([words, at80(texts, helpLanguage(words, {})?.words)]);
    }
  });

  it.each(LANGUAGES)('in %s, fits every line in 80 columns on screen, but for an example command too long to break', (language) => {
    const texts = stored(language);
    const over = Object.values(texts.answers).flatMap((answer) => (texts.texts[answer.at80] ?? '').split('\n').filter((line) => displayWidth(line) > 80 && !/^ {2}\$ gret [^#]*$/.test(line)));
    expect(over).toEqual([]);
  });

  it.each([[40], [60], [79], [81], [100], [132], [400]])('agrees with the program on a terminal %i columns wide', (columns) => {
    for (const words of [['--help'], ['score', '--help'], ['rubric', 'help', 'show'], ['-V']]) {
      expect([words, fast(words, columns)]).toEqual([words, program(words, columns)]);
    }
  });

  it('leaves --lang anywhere but at the end, and a tag that is none, to the program', () => {
    const work = mkdtempSync(join(tmpdir(), 'gret-help-'));
    try {
      for (const words of [['--lang', 'th', '--help'], ['score', '--lang', 'th', '--help'], ['--help', '--lang', 'français'], ['--help', '--lang']]) {
        expect([words, gretWithout([`../${PROGRAM}`], words, { cwd: work }).stderr]).toEqual([words, expect.stringContaining(`../${PROGRAM} was loaded`)]);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
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
  const answer: HelpAnswer = { code: 0, at80: 0, unwrapped: 1, unwrappedWidth: 90 };
  const texts: HelpTexts = { answers: { '["--help"]': answer }, texts: ['at 80\n', 'unwrapped\n'] };

  it.each([
    [undefined, 'at 80\n'],
    [80, 'at 80\n'],
    [90, 'unwrapped\n'],
    [200, 'unwrapped\n'],
    [79, undefined],
    [81, undefined],
    [89, undefined],
  ])('on a terminal %p columns wide gives %p', (width, text) => {
    expect(helpFor(texts, ['--help'], width)?.text).toBe(text);
  });

  it('knows only the command lines it stores', () => {
    expect(helpFor(texts, ['--help', 'score'], undefined)).toBeUndefined();
    expect(helpFor(texts, ['--help'], undefined)).toEqual({ text: 'at 80\n', code: 0 });
  });
});

describe('helpLanguage', () => {
  it.each([
    [['--help'], {}, 'en', ['--help']],
    [['--help'], { LANG: 'th_TH.UTF-8' }, 'th-TH', ['--help']],
    [['--help'], { LANG: 'C' }, 'en', ['--help']],
    [['score', '--help', '--lang', 'ZH-hans'], { LANG: 'th_TH.UTF-8' }, 'zh-Hans', ['score', '--help']],
    [['score', '--help', '--lang=fr'], {}, 'fr', ['score', '--help']],
    [['--lang', 'fr', '--help'], {}, 'en', ['--lang', 'fr', '--help']],
  ])('%j with %j asks in %s for %j', (words, env, language, rest) => {
    expect(helpLanguage(words, env)).toEqual({ language, words: rest });
  });

  it('gives nothing for a tag that is none', () => {
    expect(helpLanguage(['--help', '--lang', 'français'], {})).toBeUndefined();
  });
});
