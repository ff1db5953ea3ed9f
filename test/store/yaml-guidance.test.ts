import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { loadMessages } from '../../src/cli/load-messages.js';
import { formatUserError } from '../../src/cli/report-error.js';
import { QUOTE_LENGTH } from '../../src/core/sanitize.js';
import { MAX_DEPTH } from '../../src/store/yaml-depth.js';
import { parseYaml } from '../../src/store/yaml-file.js';

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
      message: first.message,
      shown: shownLines(error),
      issues: error.issues.length,
    };
  }
  throw new Error('the text was accepted');
}

const entry = (lines: string): string => `answers:\n  strategy:\n${lines}`;

// [mistake, text, code, line:col, message, the line as shown, the line as mended (or undefined)]
const cases: [string, string, string, string, string, string, string | undefined][] = [
  [
    'a ": " inside unquoted text',
    entry('    answer: 2\n    note: Done: partly\n'),
    'YAML_COLON_IN_TEXT',
    '4:11',
    'the text after "note:" holds ": ", which YAML reads as the start of another key: put the whole text in quotes',
    '    note: Done: partly',
    '    note: "Done: partly"',
  ],
  [
    'a ": " inside text that holds a double quote',
    entry('    note: Use the "Gender" tab: it lists all\n'),
    'YAML_COLON_IN_TEXT',
    '3:11',
    'the text after "note:" holds ": ", which YAML reads as the start of another key: put the whole text in quotes',
    '    note: Use the "Gender" tab: it lists all',
    `    note: 'Use the "Gender" tab: it lists all'`,
  ],
  [
    'a ": " inside text within { }',
    'answers:\n  strategy: { answer: 2, note: Done: partly }\n',
    'YAML_COLON_IN_TEXT',
    '2:32',
    'inside { }, "Done: partly" holds ": ", which YAML reads as a new key: if it is one text, put it in quotes; if a comma is missing between two entries, add it',
    '  strategy: { answer: 2, note: Done: partly }',
    undefined,
  ],
  [
    'no space after a colon, with a key below',
    entry('    answer:2\n    note: Draft\n'),
    'YAML_COLON_SPACE',
    '3:12',
    'put a space after the colon: "answer:" must be followed by a space before its value',
    '    answer:2',
    '    answer: 2',
  ],
  [
    'no space after a colon, on the last line of a section',
    'meta:\n  ministry: Health\n  country:Fiji\n',
    'YAML_COLON_SPACE',
    '3:11',
    'put a space after the colon: "country:" must be followed by a space before its value',
    '  country:Fiji',
    '  country: Fiji',
  ],
  [
    'a tab used for indenting, on three lines',
    'answers:\n  strategy:\n\tanswer: 2\n\tnote: Draft\n\tagency: Planning\n',
    'YAML_TAB',
    '3:1',
    'this line is indented with a tab, but YAML files are indented with spaces only: replace the tab with spaces',
    '<tab>answer: 2',
    undefined,
  ],
  [
    'a tab after spaces',
    entry('    answer: 2\n  \tnote: Draft\n'),
    'YAML_TAB',
    '4:3',
    'this line is indented with a tab, but YAML files are indented with spaces only: replace the tab with spaces',
    '  <tab>note: Draft',
    undefined,
  ],
  [
    'an unclosed double quote',
    entry('    note: "Draft plan\n    answer: 2\n'),
    'YAML_UNCLOSED_QUOTE',
    '3:11',
    'the quote " that begins this text is never closed: add a closing " where the text ends, or delete it if it is a slip',
    '    note: "Draft plan',
    '    note: "Draft plan"',
  ],
  [
    "an unclosed single quote with a doubled one inside",
    entry("    note: '''Draft'' plan\n    answer: 2\n"),
    'YAML_UNCLOSED_QUOTE',
    '3:11',
    "the quote ' that begins this text is never closed: add a closing ' where the text ends, or delete it if it is a slip",
    "    note: '''Draft'' plan",
    "    note: '''Draft'' plan'",
  ],
  [
    'a stray quote before a key',
    'meta:\n  ministry: Health\n  "country: Fiji\n  date: 2026-01-01\n',
    'YAML_UNCLOSED_QUOTE',
    '3:3',
    'the quote " that begins this text is never closed: add a closing " where the text ends, or delete it if it is a slip',
    '  "country: Fiji',
    undefined,
  ],
  [
    'a double quote inside double-quoted text',
    entry('    note: "He said "yes" at once"\n'),
    'YAML_TEXT_AFTER_QUOTE',
    '3:21',
    'the text goes on after its closing ": to have " inside a text, put the whole text in single quotes',
    '    note: "He said "yes" at once"',
    `    note: 'He said "yes" at once'`,
  ],
  [
    'an apostrophe inside single-quoted text',
    entry("    note: 'The ministry's plan'\n"),
    'YAML_TEXT_AFTER_QUOTE',
    '3:25',
    "the text goes on after its closing ': to have ' inside a text, put the whole text in double quotes",
    "    note: 'The ministry's plan'",
    '    note: "The ministry\'s plan"',
  ],
  [
    'a list item out of line with the one above',
    'meta:\n  assessors:\n    - A. Lima\n   - B. Ortiz\n',
    'YAML_LIST_ALIGN',
    '4:4',
    'this list item\'s "-" is in column 4, but the one above it is in column 5: put every "-" of one list in the same column',
    '   - B. Ortiz',
    '    - B. Ortiz',
  ],
  [
    'a list item among keys',
    'meta:\n  ministry: Health\n  - A. Lima\n',
    'YAML_LIST_PLACE',
    '3:3',
    'a list item ("- …") cannot stand among "key: value" lines: put it below the key it belongs to, indented further than that key',
    '  - A. Lima',
    undefined,
  ],
  [
    'a key out of line with the one above',
    entry('    answer: 2\n   note: Draft\n'),
    'YAML_INDENT',
    '4:4',
    'this line starts in column 4 and the one above it in column 5: the keys of one section must start in the same column',
    '   note: Draft',
    '    note: Draft',
  ],
  [
    'a key indented under one that has its value',
    entry('    answer: 2\n      note: Draft\n'),
    'YAML_INDENT',
    '4:7',
    'this line is indented further than "answer:" above it, which already has its value: line it up with it (column 5) or with the key it belongs to',
    '      note: Draft',
    '    note: Draft',
  ],
  [
    'a key given twice',
    entry('    answer: 2\n    note: Draft\n    answer: 1\n'),
    'YAML_DUPLICATE_KEY',
    '5:5',
    '"answer" is given twice in the same section (first on line 3): keep only one of them',
    '    answer: 1',
    undefined,
  ],
  [
    'a line with no colon',
    entry('    answer 2\n    note: Draft\n'),
    'YAML_NO_KEY',
    '3:5',
    'this line has no "key:" where one is expected: write it as "key: value" (such as "answer: 2"), or, if it continues the text of the line above, indent it further than that line\'s key',
    '    answer 2',
    undefined,
  ],
  [
    'text continued on a line at the indentation of its key',
    entry('    note: The plan was drafted\n    and adopted in May\n    answer: 2\n'),
    'YAML_NO_KEY',
    '4:5',
    'this line has no "key:" where one is expected: write it as "key: value" (such as "answer: 2"), or, if it continues the text of the line above, indent it further than that line\'s key',
    '    and adopted in May',
    undefined,
  ],
  [
    'text that begins with "*"',
    entry('    note: *urgent* before May\n'),
    'YAML_SPECIAL_START',
    '3:11',
    'text that begins with "*" is read as a reference to another part of the file: put the whole text in quotes',
    '    note: *urgent* before May',
    '    note: "*urgent* before May"',
  ],
  [
    'text that begins with "&"',
    entry('    agency: & partners\n'),
    'YAML_SPECIAL_START',
    '3:13',
    'text that begins with "&" is read as a name for a part of the file: put the whole text in quotes',
    '    agency: & partners',
    '    agency: "& partners"',
  ],
  [
    'text that begins with "!"',
    entry('    note: !important\n'),
    'YAML_SPECIAL_START',
    '3:11',
    'text that begins with "!" is read as a YAML type tag: put the whole text in quotes',
    '    note: !important',
    '    note: "!important"',
  ],
  [
    'text that begins with "@"',
    entry('    agency: @ministry\n'),
    'YAML_SPECIAL_START',
    '3:13',
    'text that begins with "@" is read as a character YAML keeps for itself: put the whole text in quotes',
    '    agency: @ministry',
    '    agency: "@ministry"',
  ],
  [
    'text that begins with "["',
    entry('    note: [draft] awaiting sign-off\n'),
    'YAML_SPECIAL_START',
    '3:11',
    'text that begins with "[" is read as a list: put the whole text in quotes',
    '    note: [draft] awaiting sign-off',
    '    note: "[draft] awaiting sign-off"',
  ],
  [
    'text that begins with "- "',
    entry('    note: - see the annex\n'),
    'YAML_SPECIAL_START',
    '3:11',
    'text that begins with "-" is read as a list item: put the whole text in quotes',
    '    note: - see the annex',
    '    note: "- see the annex"',
  ],
  [
    'a stray character before a key',
    'meta:\n  ministry: Health\n  %country: Fiji\n',
    'YAML_SPECIAL_START',
    '3:3',
    'the "%" before this key is read as a YAML directive: delete it if it is a slip, or put the whole key in quotes',
    '  %country: Fiji',
    undefined,
  ],
  [
    'a key written in brackets',
    'answers:\n  [strategy]: { answer: 2 }\n',
    'YAML_COMPLEX_KEY',
    '2:3',
    'this key is read as a list or a mapping (it begins with "[", "{" or "?"), but a key must be a plain word: delete the bracket, or put the whole key in quotes',
    '  [strategy]: { answer: 2 }',
    undefined,
  ],
  [
    'a "{" never closed',
    'answers:\n  strategy: { answer: 2\n  data-kept: { answer: "no" }\n',
    'YAML_UNCLOSED_BRACKET',
    '2:13',
    'the "{" here is never closed: end the mapping with "}" on the same line, or if the text itself begins with "{", put it in quotes',
    '  strategy: { answer: 2',
    undefined,
  ],
  [
    'a "]" that closes nothing',
    entry('    evidence: [Plan, Minutes]]\n'),
    'YAML_EXTRA_BRACKET',
    '3:30',
    'this "]" closes nothing that was opened: delete it, or put the text around it in quotes',
    '    evidence: [Plan, Minutes]]',
    undefined,
  ],
  [
    'a second document pasted below the first',
    entry('    answer: 2\n---\nanswers:\n  strategy: { answer: 1 }\n'),
    'YAML_SECOND_DOCUMENT',
    '4:1',
    'a line "---" here starts a second document, but the file must hold one: delete the "---" line (and what follows it, if that is a pasted copy)',
    '---',
    undefined,
  ],
  [
    'a "#" with no space before it',
    entry('    note: >-#\n      The plan.\n'),
    'YAML_COMMENT_SPACE',
    '3:13',
    'this "#" follows other text without a space, but " #" is how a comment starts: put a space before the "#" if a comment is meant, or put the whole text in quotes',
    '    note: >-#',
    undefined,
  ],
  [
    'a slip no rule recognises, in general words',
    entry('    answer\n: 1\n    note: Draft\n'),
    'YAML_SYNTAX',
    '4:3',
    'this is not written the way YAML files must be: check this line and the one above it for a missing space after ":", a quote that is not closed, or an indentation that does not line up with the lines around it',
    ': 1',
    undefined,
  ],
  [
    'Windows line ends',
    'answers:\r\n  strategy:\r\n    note: Done: partly\r\n',
    'YAML_COLON_IN_TEXT',
    '3:11',
    'the text after "note:" holds ": ", which YAML reads as the start of another key: put the whole text in quotes',
    '    note: Done: partly',
    '    note: "Done: partly"',
  ],
];

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
    expect(warnings.map((w) => [`${w.position?.line}:${w.position?.col}`, w.code, w.message])).toEqual([[at, 'COMMENT_CUTS_TEXT', message]]);
  });

  it('leaves comments written as comments alone', () => {
    const { warnings } = parseYaml('a.yaml', 'meta:\n  ministry: Health      # the ministry or agency assessed\n  note: "Circular #12"\n', { key: 'files.assessment' });
    expect(warnings).toEqual([]);
  });
});
