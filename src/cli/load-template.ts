import { conjunction, type Words } from '../core/messages/messages.js';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Issue, Parsed } from '../core/issues.js';
import { fillMissingWording } from '../core/template/fill-missing-wording.js';
import type { ReportTemplate } from '../report/index.js';
import { readLogo } from '../store/read-logo.js';
import { resolveInside } from '../store/resolve-inside.js';
import { placeIssue, readYaml, type YamlFile } from '../store/yaml-file.js';
import { compiledTemplate } from './compiled-wording.js';
import { packageRoot } from './package-root.js';
import { existsSync } from 'node:fs';
import { languageChain, PSEUDO_LOCALE } from '../core/translation/language-chain.js';
import { pseudoWording } from '../core/translation/pseudo-locale.js';
import { splitTranslationHeader } from './translation-header.js';
import type { WordingTranslation } from '../report/report-input.js';

export const bundledTemplate = join(packageRoot, 'templates', 'report');

/** How many of the phrases taken from the bundled wording a notice names before it counts the rest. */
const FILLED_NAMED = 8;

/**
 * Reads and validates a report template folder: wording.yaml, look.yaml and the logo it names; the
 * problems of both files are reported together. A copy made with an older gret lacks the phrases
 * added since: they come from the bundled wording, and `notice` is told which. The bundled
 * template comes from its compiled form while its files are unchanged (compiled-wording.ts).
 */
export async function loadTemplate(dir: string = bundledTemplate, notice: (words: Words) => void = () => {}, language = 'en'): Promise<ReportTemplate> {
  return (dir === bundledTemplate ? compiledTemplate(dir, language) : undefined) ?? (await readTemplate(dir, notice, language));
}

/**
 * The template read from its files and validated, as the build compiles the bundled one. The
 * validator, and zod with it, is loaded only here: the bundled template never needs it.
 */
export async function readTemplate(dir: string, notice: (words: Words) => void, language: string): Promise<ReportTemplate> {
  const { parseLook, parseWording } = await import('../core/template/parse-template.js');
  const read = (folder: string, name: string, what: Words): YamlFile => {
    resolveInside(folder, name, what);
    return readYaml(join(folder, name), what);
  };
  const bundled = bundledWording(language, read);
  const wordingYaml = dir === bundledTemplate ? bundled.yaml : read(dir, 'wording.yaml', { key: 'files.template_wording' });
  const lookYaml = read(dir, 'look.yaml', { key: 'files.template_look' });
  const own = dir === bundledTemplate ? { data: bundled.data, filled: [] } : fillMissingWording(wordingYaml.data, bundled.data);
  if (own.filled.length > 0) notice(filledNotice(wordingYaml.file, own.filled));
  const wording = parseWording(wordingYaml.file, own.data);
  const look = parseLook(lookYaml.file, lookYaml.data);
  if (!wording.ok || !look.ok) {
    const issues: Issue[] = [...problems(wordingYaml, wording), ...problems(lookYaml, look)];
    const files = [wording.ok ? [] : [wordingYaml.file], look.ok ? [] : [lookYaml.file]].flat();
    throw new UserError('TEMPLATE_INVALID', { key: 'errors.template.invalid', values: { count: files.length, files: conjunction(files) } }, {
      issues,
      hint: { key: 'errors.template.invalid_hint' },
    });
  }
  const translation = dir === bundledTemplate ? bundled.translation : undefined;
  return {
    wording: wording.value,
    look: look.value,
    logo: look.value.logo === null ? null : readLogo(dir, look.value.logo, lookYaml.file),
    ...(translation === undefined ? {} : { translation }),
  };
}

/**
 * The bundled wording in the run's language: each phrase from the most specific translation that
 * has it (templates/report/i18n/fr-CA.yaml, then fr.yaml), else the English. A translation says
 * whether it is a draft in the same header as a pack's overlay does.
 */
function bundledWording(language: string, read: (folder: string, name: string, what: Words) => YamlFile): { yaml: YamlFile; data: unknown; translation?: WordingTranslation } {
  const english = read(bundledTemplate, 'wording.yaml', { key: 'files.bundled_wording' });
  let data: unknown = english.data;
  let yaml = english;
  let translation: WordingTranslation | undefined;
  const folder = join(bundledTemplate, 'i18n');
  for (const tag of languageChain(language).reverse()) {
    if (tag === PSEUDO_LOCALE) {
      data = pseudoWording(english.data);
      translation = { language: tag, status: 'draft' };
      continue;
    }
    if (!existsSync(join(folder, `${tag}.yaml`))) continue;
    yaml = read(folder, `${tag}.yaml`, { key: 'files.wording_translation' });
    const { header, wording } = splitTranslationHeader(yaml);
    data = fillMissingWording(wording, data).data;
    translation = header;
  }
  return { yaml, data, ...(translation === undefined ? {} : { translation }) };
}

function filledNotice(file: string, filled: readonly string[]): Words {
  const named = filled.slice(0, FILLED_NAMED).join(', ');
  const more = filled.length - FILLED_NAMED;
  return { key: 'notes.template_filled', values: { file, count: filled.length, phrases: more > 0 ? { key: 'output.and_more', values: { named, count: more } } : named } };
}

function problems<T>(yaml: YamlFile, parsed: Parsed<T>): Issue[] {
  return parsed.ok ? [] : parsed.issues.map((i) => placeIssue(yaml, i));
}
