import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Issue, Parsed } from '../core/issues.js';
import { parseLook, parseWording } from '../core/template/parse-template.js';
import type { ReportTemplate } from '../report/index.js';
import { readLogo } from '../store/read-logo.js';
import { resolveInside } from '../store/resolve-inside.js';
import { locate, readYaml, type YamlFile } from '../store/yaml-file.js';
import { packageRoot } from './package-root.js';

export const bundledTemplate = join(packageRoot, 'templates', 'report');

/** Reads and validates a report template folder: wording.yaml, look.yaml and the logo it names. */
export function loadTemplate(dir: string = bundledTemplate): ReportTemplate {
  const read = (name: string, what: string): YamlFile => {
    resolveInside(dir, name, what);
    return readYaml(join(dir, name), what);
  };
  const wordingYaml = read('wording.yaml', 'a report template wording file');
  const lookYaml = read('look.yaml', 'a report template look file');
  const wording = checked(wordingYaml, parseWording(wordingYaml.file, wordingYaml.data));
  const look = checked(lookYaml, parseLook(lookYaml.file, lookYaml.data));
  return { wording, look, logo: look.logo === null ? null : readLogo(dir, look.logo, lookYaml.file) };
}

function checked<T>(yaml: YamlFile, parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  const issues: Issue[] = parsed.issues.map((i) => ({ ...i, position: locate(yaml, i.path) }));
  throw new UserError('TEMPLATE_INVALID', `The report template file ${yaml.file} has problems.`, {
    issues,
    hint: 'Compare it with the bundled templates/report folder; every key there is required and no other key is allowed.',
  });
}
