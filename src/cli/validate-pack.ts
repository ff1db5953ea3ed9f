import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { parseRubric } from '../core/rubric/parse-rubric.js';
import { parseYaml, placeIssue, type YamlFile } from '../store/yaml-file.js';
import type { LoadedRubric } from './load-rubric.js';
import { invalid, type PackFiles, type PackText } from '../store/read-pack.js';
import { packHash } from '../store/pack-hash.js';

/** Parses and validates a pack's files with the zod schema and the checks across files. */
export function validatePack(read: PackFiles): LoadedRubric {
  const { dir, root, pack, dimensionTexts, bibliographyText, issues: readIssues } = read;
  const issues: Issue[] = [...readIssues];
  const files = new Map<string, YamlFile>([[pack.file, pack]]);
  const parse = (t: PackText | undefined): YamlFile | undefined => {
    if (t === undefined) return undefined;
    try {
      const yaml = parseYaml(t.path, t.text, t.what);
      files.set(t.path, yaml);
      return yaml;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      issues.push(...(error.issues.length > 0 ? error.issues : [{ file: t.path, path: [], code: error.code, words: error.words, severity: 'error' as const }]));
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
    hash: packHash(read),
  });
  const place = (i: Issue): Issue => {
    const yaml = files.get(i.file);
    return yaml === undefined ? i : placeIssue(yaml, i);
  };
  if (!parsed.ok) throw invalid(dir, parsed.issues.map(place));
  return { rubric: parsed.value, warnings: parsed.warnings.map(place), dir: root };
}
