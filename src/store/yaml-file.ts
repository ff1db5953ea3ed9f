import type { Words } from '../core/messages/messages.js';
import type { Document, LineCounter, Node } from 'yaml';
import { UserError } from '../core/errors.js';
import { issue, type Issue, type IssueWords } from '../core/issues.js';
import { excerpt, quoted, QUOTE_LENGTH, sanitize } from '../core/sanitize.js';
import { readText, type ReadOptions } from './read-text.js';
import { tooDeepBrackets, tooDeepNode } from './yaml-depth.js';
import { explainYamlProblem, lineNumber, quoteText, type ReaderProblem } from './yaml-guidance.js';
import { yamlLibrary } from './yaml-library.js';
import { parseYamlSubset } from './yaml-subset.js';

/** An alias bomb expands a few aliases into millions of nodes; real files need none or a few. */
const MAX_ALIAS_COUNT = 50;

export interface YamlFile {
  readonly file: string;
  readonly text: string;
  /** The text as a `yaml` Document, with its line counter: made on first use, to place an issue or edit the file. */
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  readonly data: unknown;
  /** No text in `data` holds a control character: the fast reader gives up on any file that would, so its data need not be searched again. */
  readonly controlFree: boolean;
  /** What reads well but perhaps not as meant: text cut short by a `#`. */
  readonly warnings: readonly Issue[];
}

/** Reads and parses one YAML file; a writing mistake becomes a UserError with file:line:col and plain guidance. */
export function readYaml(file: string, what: Words, options: ReadOptions = {}): YamlFile {
  return parseYaml(file, readText(file, what, options), what);
}

/**
 * Parses YAML text: with yaml-subset.ts where it is sure of the data (which it is for gret's own
 * files and most hand-edited ones), else with the `yaml` package, which also words every mistake.
 */
export function parseYaml(file: string, text: string, what: Words): YamlFile {
  const data = parseYamlSubset(text);
  return data === undefined ? parseYamlFully(file, text, what) : new SubsetYamlFile(file, text, data);
}

/** A file the fast reader was sure of: its `yaml` Document is made only when something asks for it. */
class SubsetYamlFile implements YamlFile {
  readonly controlFree = true;
  readonly warnings: readonly Issue[] = [];
  private parsed: { doc: Document.Parsed; lines: LineCounter } | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly data: unknown,
  ) {}

  get doc(): Document.Parsed {
    return this.document().doc;
  }

  get lines(): LineCounter {
    return this.document().lines;
  }

  private document(): { doc: Document.Parsed; lines: LineCounter } {
    this.parsed ??= parseYamlDocument(this.text);
    return this.parsed;
  }
}

function parseYamlDocument(text: string): { doc: Document.Parsed; lines: LineCounter } {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true }), lines };
}

/**
 * Parses YAML text with the `yaml` package. Only the first writing mistake is reported: after
 * one, the reader's understanding of the rest of the file is a guess, and a single tab would
 * otherwise bring a screenful of errors about the lines after it.
 */
export function parseYamlFully(file: string, text: string, what: Words): YamlFile {
  const { isScalar } = yamlLibrary();
  const deepBracket = tooDeepBrackets(text);
  if (deepBracket !== undefined) throw syntaxError(file, text, { code: 'TOO_DEEP', offset: deepBracket, message: '' });
  const { doc, lines } = parseYamlDocument(text);
  // Warnings count too: an unknown tag (`note: !important`) would otherwise read as an empty value.
  const problems: ReaderProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({ code: e.code, offset: e.pos[0], message: e.message }));
  if (problems.length === 0) problems.push(...unreadableNodes(doc));
  const first = problems.reduce<ReaderProblem | undefined>((a, p) => (a === undefined || p.offset < a.offset ? p : a), undefined);
  if (first !== undefined) throw syntaxError(file, text, first);
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    throw new UserError('EMPTY_FILE', { key: 'errors.yaml.empty', values: { file, what } });
  }
  const deepNode = tooDeepNode(doc);
  if (deepNode !== undefined) throw syntaxError(file, text, { code: 'TOO_DEEP', offset: deepNode, message: '' });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new UserError('YAML_ALIASES', { key: 'errors.yaml.aliases', values: { file, detail: firstLine(String(error instanceof Error ? error.message : error)) } }, { hint: { key: 'errors.yaml.aliases_hint' } });
  }
  return { file, text, doc, lines, data, controlFree: false, warnings: cutByComment(file, text, doc, lines) };
}

/**
 * `note: Circular #12 issued` keeps only "Circular": YAML reads " #" as the start of a comment.
 * A comment written as one (`# the ministry`, with a space, as gret's own sheets have them) is
 * left alone; a `#` followed at once by more text was most likely meant as part of the text.
 */
function cutByComment(file: string, text: string, doc: Document.Parsed, lines: LineCounter): Issue[] {
  const found: Issue[] = [];
  yamlLibrary().visit(doc, {
    Scalar(_, node) {
      const [, valueEnd] = node.range ?? [];
      const comment = node.comment ?? '';
      if (node.type !== 'PLAIN' || !/^\S/.test(comment) || valueEnd === undefined) return;
      const hash = text.indexOf('#', valueEnd);
      if (hash === -1 || text.slice(valueEnd, hash).includes('\n')) return;
      const end = text.indexOf('\n', hash);
      const lost = text.slice(hash, end === -1 ? undefined : end).trimEnd();
      const words: IssueWords<'COMMENT_CUTS_TEXT'> =
        node.value === null ? { key: 'issues.COMMENT_CUTS_TEXT.blank', values: { comment: quoted(lost) } } : { key: 'issues.COMMENT_CUTS_TEXT.kept', values: { comment: quoted(lost), kept: quoted(String(node.value)) } };
      found.push({ ...issue(file, [], 'COMMENT_CUTS_TEXT', words, 'warning'), position: lines.linePos(hash) });
    },
  });
  return found;
}

/**
 * What the reader accepts but gret must not: an alias to an anchor that does not exist
 * (`note: *bold*`, meant as text), and a key that is a list or mapping (`[draft]: x`), which
 * the conversion to data would turn into a garbled string, with a warning printed by Node.
 */
function unreadableNodes(doc: Document.Parsed): ReaderProblem[] {
  const { isCollection, visit } = yamlLibrary();
  const found: ReaderProblem[] = [];
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) found.push({ code: 'UNRESOLVED_ALIAS', offset: node.range?.[0] ?? 0, message: '' });
    },
    Pair(_, pair) {
      if (isCollection(pair.key)) found.push({ code: 'COLLECTION_KEY', offset: pair.key.range?.[0] ?? 0, message: '' });
    },
  });
  return found;
}

function syntaxError(file: string, text: string, problem: ReaderProblem): UserError {
  const guidance = explainYamlProblem(text, problem);
  const line = lineNumber(text, guidance.offset);
  const lineStart = text.lastIndexOf('\n', guidance.offset - 1) + 1;
  const col = guidance.offset - lineStart + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const written = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  return new UserError('YAML_SYNTAX', { key: 'errors.yaml.syntax', values: { file, line } }, {
    issues: [{ file, path: [], code: guidance.code, words: guidance.words, severity: 'error', position: { line, col } }],
    excerpt: { line, written: lineExcerpt(written, col), ...(guidance.example === undefined ? {} : { mended: lineExcerpt(guidance.example, col) }) },
    hint: { key: 'errors.yaml.syntax_hint' },
  });
}

/**
 * A line of the file as shown under a message: tabs made visible, nothing raw printed, and a
 * long line cut to a window around the column of the mistake.
 */
function lineExcerpt(line: string, col: number): string {
  const before = sanitize(line.slice(0, col - 1).replace(/\t/g, '<tab>'));
  const chars = Array.from(sanitize(line.replace(/\t/g, '<tab>')));
  const at = Array.from(before).length;
  const start = chars.length <= QUOTE_LENGTH ? 0 : Math.max(0, Math.min(at - QUOTE_LENGTH / 2, chars.length - QUOTE_LENGTH));
  const end = Math.min(chars.length, start + QUOTE_LENGTH);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}

/**
 * An issue found in the data, placed at its file:line:col. Where the data alone cannot tell
 * what went wrong but the YAML can, the message says so: an "unknown key" that is really the
 * end of a text cut off by a comma inside `{ }`.
 */
export function placeIssue(yaml: YamlFile, found: Issue): Issue {
  const position = found.position ?? locate(yaml, found.path);
  const comma = found.code === 'UNKNOWN_KEY' ? commaCutKey(yaml, found.path) : undefined;
  return { ...found, position, ...(comma === undefined ? {} : { code: 'COMMA_IN_TEXT', words: comma }) };
}

/** `{ note: Done, mostly }`: "mostly" stands between commas with no colon, so it became a key with no value. */
function commaCutKey(yaml: YamlFile, path: readonly (string | number)[]): IssueWords<'COMMA_IN_TEXT'> | undefined {
  const { isMap, isScalar } = yamlLibrary();
  const key = String(path.at(-1));
  const parent = yaml.doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent) || parent.flow !== true) return undefined;
  const index = parent.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
  // Only a key after a comma, with no colon of its own (`answer:2` is a missing space instead).
  if (index < 1 || key.includes(':') || parent.items[index]?.value !== null) return undefined;
  const before = parent.items[index - 1];
  const values = { key: quoted(key), braces: '{ }' };
  if (before === undefined || !isScalar(before.key) || !isScalar(before.value) || typeof before.value.value !== 'string') return { key: 'issues.COMMA_IN_TEXT.plain', values };
  return { key: 'issues.COMMA_IN_TEXT.mended', values: { ...values, mended: excerpt(`${String(before.key.value)}: ${quoteText(`${before.value.value}, ${key}`)}`) } };
}

/** Where a data path points in the YAML text: the key of a mapping entry, or the item of a list. */
export function locate(yaml: YamlFile, path: readonly (string | number)[]): { line: number; col: number } {
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  let node: unknown = yaml.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return yaml.lines.linePos(offset);
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
