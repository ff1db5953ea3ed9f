import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { parseRubric } from '../core/rubric/parse-rubric.js';
import type { Rubric } from '../core/types.js';
import { compiledPack } from './compiled-packs.js';
import { describeFsError, locate, parseYaml, readText, readYaml, type YamlFile } from './files.js';
import { bundledRubric } from './package-root.js';

export interface LoadedRubric {
  readonly rubric: Rubric;
  readonly warnings: readonly Issue[];
  readonly dir: string;
}

interface PackText {
  readonly path: string;
  readonly text: string;
  readonly what: string;
}

/**
 * Reads a pack folder, validates everything in it and reports all problems with positions.
 * A pack whose files are byte-identical to one compiled at build time (the bundled packs) is
 * taken from its compiled form, which skips parsing and validating it again.
 */
export function loadRubric(dir: string = bundledRubric, options: { compiled?: boolean } = {}): LoadedRubric {
  const root = resolve(dir);
  assertFolder(root, dir);
  const issues: Issue[] = [];
  const pack = readPackFile(root, dir);

  // The pack is not validated yet: take the file names it gives, where it gives them as text.
  const listed = field(pack.data, 'dimensions');
  const names = Array.isArray(listed) ? listed.map((d: unknown) => stringField(d, 'file')) : [];
  const bibliographyName = stringField(pack.data, 'bibliography');

  const readNamed = (name: string, what: string, path: (string | number)[]): PackText | undefined => {
    const problem = (code: string, message: string): undefined => {
      issues.push({ file: pack.file, path, code, message, severity: 'error', position: locate(pack, path) });
      return undefined;
    };
    if (isAbsolute(name) || normalize(name).startsWith('..')) {
      return problem('OUTSIDE_PACK', `${name} lies outside the pack folder; a pack's files must sit inside it`);
    }
    try {
      return { path: join(root, name), text: readText(join(root, name), what), what };
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return problem(error.code, `${name} cannot be read (${error.code.toLowerCase().replace(/_/g, ' ')})`);
    }
  };
  const dimensionTexts = names.map((name, i) => (name === undefined ? undefined : readNamed(name, 'a rubric dimension file', ['dimensions', i, 'file'])));
  const bibliographyText = bibliographyName === undefined ? undefined : readNamed(bibliographyName, 'a rubric bibliography', ['bibliography']);

  const hash = contentHash(root, [{ path: pack.file, text: pack.text, what: '' }, ...dimensionTexts, bibliographyText]);
  const compiled = issues.length === 0 && options.compiled !== false ? compiledPack(hash) : undefined;
  if (compiled !== undefined) return { rubric: compiled, warnings: [], dir: root };

  const files = new Map<string, YamlFile>([[pack.file, pack]]);
  const parse = (t: PackText | undefined): YamlFile | undefined => {
    if (t === undefined) return undefined;
    try {
      const yaml = parseYaml(t.path, t.text, t.what);
      files.set(t.path, yaml);
      return yaml;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      issues.push(...(error.issues.length > 0 ? error.issues : [{ file: t.path, path: [], code: error.code, message: error.message, severity: 'error' as const }]));
      return undefined;
    }
  };
  const dimensions = dimensionTexts.map((t) => {
    const yaml = parse(t);
    return { file: yaml?.file ?? pack.file, data: yaml?.data };
  });
  const bibliography = parse(bibliographyText);
  if (issues.length > 0) throw invalid(dir, issues);

  const parsed = parseRubric({
    pack: { file: pack.file, data: pack.data },
    dimensions,
    bibliography: { file: bibliography?.file ?? pack.file, data: bibliography?.data },
    hash,
  });
  const place = (i: Issue): Issue => {
    const yaml = files.get(i.file);
    return yaml === undefined || i.position !== undefined ? i : { ...i, position: locate(yaml, i.path) };
  };
  if (!parsed.ok) throw invalid(dir, parsed.issues.map(place));
  return { rubric: parsed.value, warnings: parsed.warnings.map(place), dir: root };
}

function assertFolder(root: string, dir: string): void {
  try {
    if (!statSync(root).isDirectory()) {
      throw new UserError('NOT_A_FOLDER', `${dir} is a file, but a rubric pack is a folder holding pack.yaml.`);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('RUBRIC_NOT_FOUND', `Cannot open rubric pack ${dir}: ${describeFsError(error)}.`, {
      hint: 'Give the folder that holds pack.yaml, or leave out --rubric to use the bundled pack.',
    });
  }
}

function readPackFile(root: string, dir: string): YamlFile {
  try {
    return readYaml(join(root, 'pack.yaml'), 'a rubric pack file');
  } catch (error) {
    // A pack.yaml that exists but does not parse is a problem of the pack, reported like the others.
    if (error instanceof UserError && error.issues.length > 0) throw invalid(dir, error.issues);
    throw error;
  }
}

/** A hash of every file the pack consists of, with their names relative to the pack folder. */
function contentHash(root: string, texts: readonly (PackText | undefined)[]): string {
  const hash = createHash('sha256');
  for (const t of texts) if (t !== undefined) hash.update(t.path.slice(root.length)).update('\0').update(t.text).update('\0');
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}

function invalid(dir: string, issues: readonly Issue[]): UserError {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return new UserError('RUBRIC_INVALID', `The rubric pack ${dir} has ${errors} problem${errors === 1 ? '' : 's'}.`, {
    issues,
    hint: 'Fix each problem at the position shown; `gret rubric validate` checks the pack again.',
  });
}

function field(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null && key in data ? (data as Record<string, unknown>)[key] : undefined;
}

function stringField(data: unknown, key: string): string | undefined {
  const value = field(data, key);
  return typeof value === 'string' ? value : undefined;
}
