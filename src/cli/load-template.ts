import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Issue, Parsed } from '../core/issues.js';
import { parseLook, parseWording } from '../core/template/parse-template.js';
import type { ReportTemplate } from '../report/index.js';
import { readLogo } from '../store/read-logo.js';
import { resolveInside } from '../store/resolve-inside.js';
import { placeIssue, readYaml, type YamlFile } from '../store/yaml-file.js';
import { packageRoot } from './package-root.js';

export const bundledTemplate = join(packageRoot, 'templates', 'report');

/** Reads and validates a report template folder: wording.yaml, look.yaml and the logo it names; the problems of both files are reported together. */
export function loadTemplate(dir: string = bundledTemplate): ReportTemplate {
  const read = (name: string, what: string): YamlFile => {
    resolveInside(dir, name, what);
    return readYaml(join(dir, name), what);
  };
  const wordingYaml = read('wording.yaml', 'a report template wording file');
  const lookYaml = read('look.yaml', 'a report template look file');
  const wording = parseWording(wordingYaml.file, wordingYaml.data);
  const look = parseLook(lookYaml.file, lookYaml.data);
  if (!wording.ok || !look.ok) {
    const issues: Issue[] = [...problems(wordingYaml, wording), ...problems(lookYaml, look)];
    const files = [wording.ok ? [] : [wordingYaml.file], look.ok ? [] : [lookYaml.file]].flat();
    throw new UserError('TEMPLATE_INVALID', `The report template file${files.length === 1 ? '' : 's'} ${files.join(' and ')} ${files.length === 1 ? 'has' : 'have'} problems.`, {
      issues,
      hint: 'Compare it with the bundled templates/report folder; every key there is required and no other key is allowed.',
    });
  }
  return { wording: wording.value, look: look.value, logo: look.value.logo === null ? null : readLogo(dir, look.value.logo, lookYaml.file) };
}

function problems<T>(yaml: YamlFile, parsed: Parsed<T>): Issue[] {
  return parsed.ok ? [] : parsed.issues.map((i) => placeIssue(yaml, i));
}
