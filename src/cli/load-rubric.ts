import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { parseRubric } from '../core/rubric/parse-rubric.js';
import type { Rubric } from '../core/types.js';
import { describeFsError, locate, readYaml, type YamlFile } from './files.js';
import { bundledRubric } from './package-root.js';

export interface LoadedRubric {
  readonly rubric: Rubric;
  readonly warnings: readonly Issue[];
  readonly dir: string;
}

/** Reads a pack folder, validates everything in it and reports all problems with positions. */
export function loadRubric(dir: string = bundledRubric): LoadedRubric {
  const root = resolve(dir);
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
  const files = new Map<string, YamlFile>();
  const issues: Issue[] = [];
  /** Reads one file of the pack; a file that cannot be read is reported where the pack names it. */
  const read = (name: string, what: string, namedAt?: { yaml: YamlFile; path: (string | number)[] }): YamlFile | undefined => {
    const path = join(root, name);
    try {
      const yaml = readYaml(path, what);
      files.set(path, yaml);
      return yaml;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      if (error.issues.length > 0) issues.push(...error.issues);
      else if (namedAt !== undefined) {
        issues.push({ file: namedAt.yaml.file, path: namedAt.path, code: error.code, message: `${name} cannot be read (${error.code.toLowerCase().replace(/_/g, ' ')})`, severity: 'error', position: locate(namedAt.yaml, namedAt.path) });
      } else issues.push({ file: path, path: [], code: error.code, message: error.message, severity: 'error' });
      return undefined;
    }
  };

  const pack = read('pack.yaml', 'a rubric pack file');
  if (pack === undefined) throw invalid(dir, issues);
  // The pack is not validated yet: take the file names it gives, if it gives them as text.
  const listed = field(pack.data, 'dimensions');
  const dimensionNames = Array.isArray(listed) ? listed.map((d: unknown) => stringField(d, 'file')) : [];
  const dimensions = dimensionNames.map((name, i) => {
    if (name === undefined) return { file: pack.file, data: undefined };
    const yaml = read(name, 'a rubric dimension file', { yaml: pack, path: ['dimensions', i, 'file'] });
    return { file: yaml?.file ?? join(root, name), data: yaml?.data };
  });
  const bibliographyName = stringField(pack.data, 'bibliography');
  const bibliography = bibliographyName === undefined ? undefined : read(bibliographyName, 'a rubric bibliography', { yaml: pack, path: ['bibliography'] });
  if (issues.length > 0) throw invalid(dir, issues);

  const hash = createHash('sha256');
  for (const yaml of files.values()) hash.update(yaml.file.slice(root.length)).update('\0').update(yaml.text).update('\0');

  const parsed = parseRubric({
    pack: { file: pack.file, data: pack.data },
    dimensions,
    bibliography: { file: bibliography?.file ?? pack.file, data: bibliography?.data },
    hash: `sha256:${hash.digest('hex').slice(0, 16)}`,
  });
  const place = (i: Issue): Issue => {
    const yaml = files.get(i.file);
    return yaml === undefined || i.position !== undefined ? i : { ...i, position: locate(yaml, i.path) };
  };
  if (!parsed.ok) throw invalid(dir, parsed.issues.map(place));
  return { rubric: parsed.value, warnings: parsed.warnings.map(place), dir: root };
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
