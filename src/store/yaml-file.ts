import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { readText, type ReadOptions } from './read-text.js';

/** An alias bomb expands a few aliases into millions of nodes; real files need none or a few. */
const MAX_ALIAS_COUNT = 50;

export interface YamlFile {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  readonly data: unknown;
}

/** Reads and parses one YAML file; any syntax problem becomes a UserError with file:line:col. */
export function readYaml(file: string, what: string, options: ReadOptions = {}): YamlFile {
  return parseYaml(file, readText(file, what, options), what);
}

export function parseYaml(file: string, text: string, what: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const issues: Issue[] = doc.errors.map((e) => ({
    file,
    path: [],
    code: 'YAML_SYNTAX',
    message: firstLine(e.message),
    severity: 'error' as const,
    position: lines.linePos(e.pos[0]),
  }));
  if (issues.length > 0) {
    throw new UserError('YAML_SYNTAX', `${file} is not valid YAML.`, { issues });
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    throw new UserError('EMPTY_FILE', `${file} is empty; ${what} must hold a YAML mapping.`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new UserError('YAML_ALIASES', `${file} uses YAML aliases too heavily to be read safely (${firstLine(String(error instanceof Error ? error.message : error))}).`, {
      hint: 'Write the repeated content out instead of using many * aliases.',
    });
  }
  return { file, text, doc, lines, data };
}

/** Where a data path points in the YAML text: the key of a mapping entry, or the item of a list. */
export function locate(yaml: YamlFile, path: readonly (string | number)[]): { line: number; col: number } {
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
