import { afterEach, describe, expect, it } from '@jest/globals';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINI_PACK, miniAssessment } from '../fixtures/mini-assessment.js';
import { gret, ROOT } from './run-gret.js';
import { TerminalSession } from './terminal-session.js';

const work = mkdtempSync(join(tmpdir(), 'gret-hand-'));
const ESC = '\u001b';

function write(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

/** The lines of a `file:line:col: message [CODE]` kind, as gret prints each problem. */
function problemLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^ {2}\S+:\d+:\d+: /.test(l));
}

/** Splits a command line as a POSIX shell would, for the quoting gret writes ('…' and bare words). */
function words(line: string): string[] {
  return [...line.matchAll(/(?:'[^']*'|\\'|[^\s'\\])+/g)].map((m) => m[0].replace(/'([^']*)'/g, '$1').replace(/\\'/g, "'"));
}

/** Runs a command gret suggested, exactly as printed after "Next: ". */
function runSuggested(output: string, cwd: string): ReturnType<typeof gret> {
  const line = /^Next: (gret .*)$/m.exec(output)?.[1];
  if (line === undefined) throw new Error(`no Next: line in\n${output}`);
  const [command, ...args] = words(line);
  expect(command).toBe('gret');
  return gret(args, { cwd });
}

describe('a hand-edited answers file with a writing mistake', () => {
  const body = (answers: string): string => miniAssessment(answers);

  it.each([
    [
      'a tab used for indenting on every line of an entry',
      body('  strategy:\n\tanswer: 1\n\tnote: Draft\n\tagency: Planning\n\tevidence: []\n'),
      'score.yaml:11:1: this line is indented with a tab, but YAML files are indented with spaces only: replace the tab with spaces [YAML_TAB]',
    ],
    [
      'a ": " inside a note',
      body('  strategy:\n    answer: 1\n    note: Status: draft\n'),
      'score.yaml:12:11: the text after "note:" holds ": ", which YAML reads as the start of another key: put the whole text in quotes [YAML_COLON_IN_TEXT]',
    ],
    [
      'no space after a colon',
      body('  strategy:\n    answer:1\n    note: Draft\n'),
      'score.yaml:11:12: put a space after the colon: "answer:" must be followed by a space before its value [YAML_COLON_SPACE]',
    ],
    [
      'an unclosed quote',
      body('  strategy:\n    note: "Draft\n    answer: 1\n  data-kept: { answer: "no" }\n'),
      'score.yaml:11:11: the quote " that begins this text is never closed: add a closing " where the text ends, or delete it if it is a slip [YAML_UNCLOSED_QUOTE]',
    ],
    [
      'nesting far deeper than an answers file needs',
      body(`  strategy: { answer: ${'['.repeat(40)} }\n`),
      'score.yaml:10:34: the lists and mappings here are nested more than 12 levels deep, far more than any gret file needs: check the indentation and the brackets from this line on [YAML_TOO_DEEP]',
    ],
  ])('%s: one problem, in plain words, at its place', (_name, text, expected) => {
    write('score.yaml', text);
    const run = gret(['score', 'score.yaml', '--rubric', MINI_PACK], { cwd: work });
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([`  ${expected}`]);
    expect(run.stderr).toContain('Only the first mistake is shown');
    expect(run.stderr).not.toContain('gret assess');
    expect(run.stdout).toBe('');
  });

  it('shows the line as written and as mended', () => {
    write('score.yaml', body('  strategy:\n    answer: 1\n    note: Status: draft\n'));
    const run = gret(['score', 'score.yaml', '--rubric', MINI_PACK], { cwd: work });
    expect(run.stderr).toContain('  line 12:     note: Status: draft\n  mended:      note: "Status: draft"\n');
  });

  it.each([
    ['with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body(''), 'utf16le')])],
    ['without a byte order mark', Buffer.from(body(''), 'utf16le')],
  ])('says that a file saved as UTF-16 %s must be saved as UTF-8', (_name, bytes) => {
    write('utf16.yaml', bytes);
    const run = gret(['score', 'utf16.yaml', '--rubric', MINI_PACK], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gret: utf16.yaml is saved as UTF-16 text; an assessment must be saved as UTF-8.\nIn the editor, choose "Save as" and the encoding "UTF-8", then try again.\n',
    );
  });

  it('reads a UTF-8 file with a byte order mark, as Notepad saves it', () => {
    write('bom.yaml', `\uFEFF${body('  strategy: { answer: 1 }\n')}`);
    expect(gret(['score', 'bom.yaml', '--rubric', MINI_PACK], { cwd: work }).code).toBe(0);
  });
});

describe('a hand-edited answers file that reads, but with problems', () => {
  const broken = miniAssessment(
    '  strategy: { answer: 9, notes: Draft }\n' +
      '  data-kept: { status: dontknow, answer: maybe }\n' +
      '  moderaton: active\n' +
      '  share-women: { answer: 41, note: Up, mostly }\n',
  ).replace('date: 2026-02-01', 'date: 1 Feb 2026');
  const mended = miniAssessment(
    '  strategy: { answer: 2, note: Draft }\n' + '  data-kept: { status: dont-know }\n' + '  moderation: { answer: active }\n' + '  share-women: { answer: 41, note: "Up, mostly" }\n',
  );

  it('lists every problem in one run, and none is left once they are mended', () => {
    write('many.yaml', broken);
    const run = gret(['score', 'many.yaml', '--rubric', MINI_PACK], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gret: The assessment many.yaml has 8 problems.\n');
    expect(problemLines(run.stderr).map((l) => /\[(\w+)\]$/.exec(l)?.[1])).toEqual([
      'WRONG_FORMAT',
      'ANSWER_INVALID',
      'UNKNOWN_KEY',
      'NOT_ALLOWED',
      'ANSWER_INVALID',
      'WRONG_TYPE',
      'UNKNOWN_INDICATOR',
      'COMMA_IN_TEXT',
    ]);
    expect(run.stderr).toContain('Mend each problem at the position shown, in any text editor, then run the command again.');
    write('many.yaml', mended);
    expect(gret(['score', 'many.yaml', '--rubric', MINI_PACK], { cwd: work }).code).toBe(0);
  });
});

describe('the commands gret suggests', () => {
  const sessions: TerminalSession[] = [];
  afterEach(() => {
    for (const s of sessions.splice(0)) s.close();
  });

  it('does not suggest `gret assess` for a file that `gret assess` refuses', async () => {
    const dir = mkdtempSync(join(work, 'assess-'));
    writeFileSync(join(dir, 'bad.yaml'), miniAssessment('  strategy: { answer: 9 }\n'));
    const score = gret(['score', 'bad.yaml', '--rubric', MINI_PACK], { cwd: dir });
    expect(score.stderr).not.toContain('gret assess');
    const assess = new TerminalSession(['assess', 'bad.yaml', '--rubric', MINI_PACK], dir);
    sessions.push(assess);
    expect(await assess.exited).toBe(2);
    expect(assess.screen).toContain('The assessment bad.yaml has 1 problem.');
  });

  it('after score, suggests a report with the same pack and targets, quoting a name with spaces, and that command works', () => {
    const dir = mkdtempSync(join(work, 'next-'));
    writeFileSync(join(dir, 'my answers.yaml'), miniAssessment('  strategy: { answer: 1 }\n'));
    writeFileSync(join(dir, 'my targets.yaml'), 'default: 2\n');
    const run = gret(['score', 'my answers.yaml', '--rubric', MINI_PACK, '--targets', 'my targets.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`\nNext: gret report 'my answers.yaml' -o report.pdf --rubric ${MINI_PACK} --targets 'my targets.yaml'\n`);
    const next = runSuggested(run.stdout, dir);
    expect([next.code, next.stdout]).toEqual([0, 'Wrote report.pdf\n']);
  });

  it('names no pack for the bundled one', () => {
    const dir = mkdtempSync(join(work, 'bundled-'));
    copyFileSync(join(ROOT, 'templates', 'sample-assessment.yaml'), join(dir, 'sample.yaml'));
    // The sample names its national profile, which sits beside it.
    copyFileSync(join(ROOT, 'templates', 'sample-national-profile.yaml'), join(dir, 'sample-national-profile.yaml'));
    for (const rubric of [[], ['--rubric', join(ROOT, 'rubrics', 'egov-women')]]) {
      const run = gret(['score', 'sample.yaml', ...rubric, '--target', '3'], { cwd: dir });
      expect(run.stdout).toContain('\nNext: gret report sample.yaml -o report.pdf --target 3\n');
    }
  });

  it('after compare, suggests the report with the same pack, and that command works', () => {
    const dir = mkdtempSync(join(work, 'compare-'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'compare', 'baseline.yaml'), join(dir, 'base line.yaml'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'compare', 'follow-up.yaml'), join(dir, 'follow-up.yaml'));
    const run = gret(['compare', 'base line.yaml', 'follow-up.yaml', '--rubric', MINI_PACK, '--target', '2'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`\nNext: gret compare 'base line.yaml' follow-up.yaml -o compare.pdf --rubric ${MINI_PACK} --target 2\n`);
    const next = runSuggested(run.stdout, dir);
    expect([next.code, next.stdout]).toEqual([0, 'Wrote compare.pdf\n']);
  });

  it('after init and template, suggests commands that open the new file with its pack', () => {
    const dir = mkdtempSync(join(work, 'init-'));
    const init = gret(['init', 'new file.yaml', '--rubric', MINI_PACK, '--ministry', 'Ministry of Tests', '--country', 'Testland', '--date', '2026-01-01'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`Next: gret assess 'new file.yaml' --rubric ${MINI_PACK}\n`);
    const template = gret(['template', '--rubric', MINI_PACK, '-o', 'blank sheet.yaml'], { cwd: dir });
    expect(template.stderr).toContain(`check and score it with: gret score 'blank sheet.yaml' --rubric ${MINI_PACK}\n`);
  });

  it('suggests carrying on with an existing file only when it loads', () => {
    const dir = mkdtempSync(join(work, 'exists-'));
    writeFileSync(join(dir, 'good.yaml'), miniAssessment('  strategy: { answer: 1 }\n'));
    writeFileSync(join(dir, 'bad.yaml'), miniAssessment('  strategy: { answer: 9 }\n'));
    const good = gret(['init', 'good.yaml', '--rubric', MINI_PACK], { cwd: dir });
    expect(good.stderr).toContain(`To carry on with it: gret assess good.yaml --rubric ${MINI_PACK}. To start again from nothing, add --force.`);
    const bad = gret(['init', 'bad.yaml', '--rubric', MINI_PACK], { cwd: dir });
    expect(bad.stderr).toContain(`It cannot be carried on with as it is: gret score bad.yaml --rubric ${MINI_PACK} shows why. To start again from nothing, add --force.`);
    expect(bad.stderr).not.toContain('gret assess');
  });
});

describe('file names with terminal escapes in them', () => {
  const dir = mkdtempSync(join(work, 'escapes-'));
  const groups = join(dir, 'groups');
  mkdirSync(groups);
  const red = `${ESC}[31mred.yaml`;
  copyFileSync(join(ROOT, 'test', 'fixtures', 'aggregate', 'workshop', 'red.yaml'), join(groups, red));
  writeFileSync(join(groups, `${ESC}[2Jbad.yaml`), 'format: [\n');

  const clean = (text: string): void => {
    expect(text).not.toContain(ESC);
    expect(text).not.toMatch(/[\u0080-\u009f]/);
  };

  it('reach neither the terminal nor the reports of aggregate', () => {
    const run = gret(['aggregate', 'groups', '--rubric', MINI_PACK], { cwd: dir });
    expect(run.code).toBe(0);
    clean(run.stdout);
    clean(run.stderr);
    expect(run.stderr).toContain('  groups/\\x1b[2Jbad.yaml could not be read because of a writing mistake on line 1.\n');
    const files = gret(['aggregate', 'groups', '--rubric', MINI_PACK, '-o', 'all', '--format', 'md,csv,json'], { cwd: dir });
    expect(files.code).toBe(0);
    // Markdown escapes the bracket and the backslash as well.
    for (const [name, shown] of [['all.md', '\\\\x1b\\[31mred.yaml'], ['all.csv', '\\x1b[31mred.yaml'], ['all.json', '\\\\x1b[31mred.yaml']]) {
      const text = readFileSync(join(dir, name ?? ''), 'utf8');
      clean(text);
      expect(text).toContain(shown);
    }
  });

  it('reach neither the terminal nor the suggested command of score, compare and report', () => {
    const path = join('groups', red);
    const score = gret(['score', path, '--rubric', MINI_PACK], { cwd: dir });
    expect(score.code).toBe(0);
    clean(score.stdout);
    // Pasted into the shell, $'…' names the same file.
    expect(score.stdout).toContain(`\nNext: gret report $'groups/\\x1b[31mred.yaml' -o report.pdf --rubric ${MINI_PACK}\n`);
    const compare = gret(['compare', path, path, '--rubric', MINI_PACK], { cwd: dir });
    expect(compare.code).toBe(0);
    clean(compare.stdout);
    const report = gret(['report', path, '--rubric', MINI_PACK, '-o', `${ESC}[31mout.md`], { cwd: dir });
    expect(report.stdout).toBe('Wrote \\x1b[31mout.md\n');
    const broken = gret(['score', join('groups', `${ESC}[2Jbad.yaml`), '--rubric', MINI_PACK], { cwd: dir });
    expect(broken.code).toBe(2);
    clean(broken.stderr);
  });

  it('reach neither rubric list nor the usage errors that quote what was typed', () => {
    const packs = join(dir, `${ESC}[31mpacks`);
    cpSync(MINI_PACK, join(packs, 'mini'), { recursive: true });
    for (const json of [[], ['--json']]) {
      const list = gret(['rubric', 'list', '--rubrics', packs, ...json], { cwd: dir });
      expect(list.code).toBe(0);
      clean(list.stdout);
      expect(list.stdout).toContain('x1b[31mpacks');
    }
    const usage = gret(['score', `--${ESC}[2J`], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('There is no option --\\x1b[2J.');
    clean(usage.stderr);
  });
});
