import type { Words } from '../core/messages/messages.js';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { fsCause } from './fs-cause.js';
import { readText } from './read-text.js';
import { resolveInside } from './resolve-inside.js';
import { locate, readYaml, type YamlFile } from './yaml-file.js';

export interface PackText {
  readonly path: string;
  readonly text: string;
  readonly what: Words;
}

/** A pack's files as read from disk, before any validation: what the hash and the validator work from. */
export interface PackFiles {
  readonly dir: string;
  readonly root: string;
  readonly pack: YamlFile;
  readonly dimensionTexts: readonly (PackText | undefined)[];
  readonly bibliographyText: PackText | undefined;
  /** Files the pack names that could not be read. */
  readonly issues: readonly Issue[];
}

/** Reads pack.yaml and the files it names; parsing and validating them is validate-pack.ts's job. */
export function readPack(dir: string): PackFiles {
  const root = resolve(dir);
  assertFolder(root, dir);
  const issues: Issue[] = [];
  const pack = readPackFile(root, dir);

  // The pack is not validated yet: take the file names it gives, where it gives them as text.
  const listed = field(pack.data, 'dimensions');
  const names = Array.isArray(listed) ? listed.map((d: unknown) => stringField(d, 'file')) : [];
  const bibliographyName = stringField(pack.data, 'bibliography');

  const readNamed = (name: string, what: Words, path: (string | number)[]): PackText | undefined => {
    const problem = (code: string, words: Words): undefined => {
      issues.push({ file: pack.file, path, code, words, severity: 'error', position: locate(pack, path) });
      return undefined;
    };
    try {
      // Checked through links first, then read under the name the pack gives, which the hash and messages use.
      resolveInside(root, name, what);
      return { path: join(root, name), text: readText(join(root, name), what), what };
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      if (error.code === 'OUTSIDE_FOLDER') return problem('OUTSIDE_PACK', { key: 'issues.OUTSIDE_PACK', values: { name } });
      // The error names the file and why it cannot be read, in the words any read of a file has.
      return problem(error.code, error.words);
    }
  };
  const dimensionTexts = names.map((name, i) => (name === undefined ? undefined : readNamed(name, { key: 'files.dimension' }, ['dimensions', i, 'file'])));
  const bibliographyText = bibliographyName === undefined ? undefined : readNamed(bibliographyName, { key: 'files.bibliography' }, ['bibliography']);

  return { dir, root, pack, dimensionTexts, bibliographyText, issues };
}

function assertFolder(root: string, dir: string): void {
  try {
    if (!statSync(root).isDirectory()) {
      throw new UserError('NOT_A_FOLDER', { key: 'errors.pack.not_a_folder', values: { dir } });
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('RUBRIC_NOT_FOUND', { key: 'errors.pack.cannot_open', values: { dir, reason: fsCause(error) } }, { hint: { key: 'errors.pack.cannot_open_hint' } });
  }
}

function readPackFile(root: string, dir: string): YamlFile {
  try {
    resolveInside(root, 'pack.yaml', { key: 'files.pack' });
    return readYaml(join(root, 'pack.yaml'), { key: 'files.pack' });
  } catch (error) {
    // A pack.yaml that exists but does not parse is a problem of the pack, reported like the others.
    if (error instanceof UserError && error.issues.length > 0) throw invalid(dir, error.issues);
    throw error;
  }
}

/** Every file the pack consists of, pack.yaml first, each named relative to the pack folder. */
export function packContents(files: PackFiles): { readonly name: string; readonly text: string }[] {
  const texts = [{ path: files.pack.file, text: files.pack.text }, ...files.dimensionTexts, files.bibliographyText];
  return texts.flatMap((t) => (t === undefined ? [] : [{ name: t.path.slice(files.root.length), text: t.text }]));
}

export function invalid(dir: string, issues: readonly Issue[]): UserError {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return new UserError('RUBRIC_INVALID', { key: 'errors.pack.invalid', values: { dir, count: errors } }, { issues, hint: { key: 'errors.pack.invalid_hint' } });
}

function field(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null && key in data ? (data as Record<string, unknown>)[key] : undefined;
}

function stringField(data: unknown, key: string): string | undefined {
  const value = field(data, key);
  return typeof value === 'string' ? value : undefined;
}
