import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';

/** Large enough for any real rubric or assessment, small enough to refuse a runaway file. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** An alias bomb expands a few aliases into millions of nodes; real files need none or a few. */
const MAX_ALIAS_COUNT = 50;

export interface YamlFile {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  readonly data: unknown;
}

export function readText(file: string, what: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UserError('NOT_A_FILE', `${file} is a folder, but ${what} must be a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('FILE_NOT_FOUND', `Cannot read ${what} ${file}: ${describeFsError(error)}.`);
  }
  if (size > MAX_YAML_BYTES) {
    throw new UserError('FILE_TOO_LARGE', `${file} is ${(size / 1048576).toFixed(1)} MB; ${what} may be at most ${MAX_YAML_BYTES / 1048576} MB.`, {
      hint: 'Check that this is the right file.',
    });
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) {
    throw new UserError('NOT_TEXT', `${file} is not a text file (it contains NUL bytes); ${what} must be YAML text.`);
  }
  try {
    // Strip a byte-order mark, which spreadsheet and Windows editors like to add.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError('NOT_UTF8', `${file} is not valid UTF-8 text; save it as UTF-8 and try again.`);
  }
}

/** Reads and parses one YAML file; any syntax problem becomes a UserError with file:line:col. */
export function readYaml(file: string, what: string): YamlFile {
  return parseYaml(file, readText(file, what), what);
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

/**
 * Writes through a temporary file in the same folder and renames it into place, so that a
 * crash leaves either the old file or the new one, never half of one.
 */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'w', 0o644);
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UserError('WRITE_FAILED', `Cannot write ${file}: ${describeFsError(error)}.`, {
      hint: 'Check that the folder exists and that you may write to it.',
    });
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'part of the path is not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
