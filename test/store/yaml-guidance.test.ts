import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { loadMessages } from '../../src/cli/load-messages.js';
import { formatUserError } from '../../src/cli/report-error.js';
import { QUOTE_LENGTH } from '../../src/core/sanitize.js';
import { MAX_DEPTH } from '../../src/store/yaml-depth.js';
import { parseYaml } from '../../src/store/yaml-file.js';
import { entry, yamlMistakes as cases } from './yaml-mistakes.js';
import { inEnglish } from '../in-english.js';

interface Reported {
  readonly code: string;
  readonly at: string;
  readonly message: string;
  /** The hint's lines: the line as written, and as mended where gret can tell. */
  readonly shown: readonly string[];
  readonly issues: number;
}

/** The lines of the error that show the line as written and as mended, as the terminal prints them. */
function shownLines(error: UserError): string[] {
  return formatUserError(error, loadMessages('en'))
    .split('\n')
    .filter((line) => /^ {2}(line \d+:|mended:)/.test(line));
}

function mistake(text: string): Reported {
  try {
    parseYaml('a.yaml', text, { key: 'files.assessment' });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const [first] = error.issues;
    if (first === undefined) throw new Error(`no issue in ${error.code}: ${error.message}`);
    return {
      code: first.code,
      at: `${first.position?.line}:${first.position?.col}`,
      message: inEnglish(first) ?? '',
      shown: shownLines(error),
      issues: error.issues.length,
    };
  }
  throw new Error('the text was accepted');
}

describe('guidance for YAML writing mistakes', () => {
  it.each(cases)('%s', (_name, text, code, at, message, written, mended) => {
    const label = `line ${at.split(':')[0]}:`;
    const width = Math.max(label.length, 'mended:'.length) + 1;
    expect(mistake(text)).toEqual({
      code,
      at,
      message,
      shown: [`  ${label.padEnd(width)}${written}`, ...(mended === undefined ? [] : [`  ${'mended:'.padEnd(width)}${mended}`])],
      issues: 1,
    });
  });
});

describe('reading a file that cannot be read as meant', () => {
  it('stops at the first bracket nested too deeply, at once, even in 2 MB of brackets', () => {
    const started = Date.now();
    const found = mistake(`a: ${'['.repeat(2 * 1024 * 1024 - 4)}\n`);
    expect(found.code).toBe('YAML_TOO_DEEP');
    expect(found.at).toBe(`1:${3 + MAX_DEPTH + 1}`);
    // The YAML reader alone took some 20 seconds over this file.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses nesting by indentation deeper than any gret file needs', () => {
    const text = Array.from({ length: MAX_DEPTH + 3 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1\n';
    const found = mistake(text);
    expect(found.code).toBe('YAML_TOO_DEEP');
    expect(found.at).toBe(`${MAX_DEPTH + 1}:${2 * MAX_DEPTH + 1}`);
    expect(found.message).toContain(`nested more than ${MAX_DEPTH} levels deep`);
  });

  it('accepts nesting as deep as the limit', () => {
    const text = Array.from({ length: MAX_DEPTH }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(() => parseYaml('a.yaml', text, { key: 'files.assessment' })).not.toThrow();
  });

  it('shows a long line as a window of about 80 characters around the mistake, with nothing raw in it', () => {
    const words = 'word '.repeat(60);
    const found = mistake(entry(`    note: \u001b[31mred ${words}and then: a colon\n`));
    expect(found.code).toBe('YAML_COLON_IN_TEXT');
    const shownLine = `    note: \\x1b[31mred ${words}`.slice(0, QUOTE_LENGTH);
    expect(found.shown[0]).toBe(`  line 3: ${shownLine}…`);
    // Where the mistake lies far along a long line, the window moves there.
    const far = mistake(entry(`    note: "${words}" and ${words}\n`));
    expect(far.code).toBe('YAML_TEXT_AFTER_QUOTE');
    expect(far.at).toBe('3:314');
    expect(far.shown[0]).toBe(`  line 3: …rd ${'word '.repeat(7)}" and ${'word '.repeat(7)}w…`);
    for (const line of [...found.shown, ...far.shown]) expect(Array.from(line).length).toBeLessThanOrEqual('  mended: '.length + QUOTE_LENGTH + 2);
  });

  it('says that only the first mistake is shown', () => {
    let hint: string | undefined;
    try {
      parseYaml('a.yaml', 'a: [\n', { key: 'files.assessment' });
    } catch (error) {
      if (error instanceof UserError) hint = formatUserError(error, loadMessages('en'));
    }
    expect(hint).toMatch(/\nOnly the first mistake is shown: mend it, then run the command again\.\n$/);
  });

  it.each([
    ['a "#" inside text', entry('    note: Circular #12 issued\n'), '3:20', 'YAML reads "#12 issued" as a comment, so only "Circular" is kept: if it belongs to the text, put the whole text in quotes'],
    ['a "#" right after the key', entry('    note: #3 priority\n'), '3:11', 'YAML reads "#3 priority" as a comment, so the value is left blank: if it belongs to the text, put the whole text in quotes'],
  ])('warns when %s cuts the text short', (_name, text, at, message) => {
    const { warnings } = parseYaml('a.yaml', text, { key: 'files.assessment' });
    expect(warnings.map((w) => [`${w.position?.line}:${w.position?.col}`, w.code, inEnglish(w)])).toEqual([[at, 'COMMENT_CUTS_TEXT', message]]);
  });

  it('leaves comments written as comments alone', () => {
    const { warnings } = parseYaml('a.yaml', 'meta:\n  ministry: Health      # the ministry or agency assessed\n  note: "Circular #12"\n', { key: 'files.assessment' });
    expect(warnings).toEqual([]);
  });
});
