import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalTag, languageChain, PSEUDO_LOCALE } from '../core/translation/language-chain.js';
import type { ReportTemplate } from '../report/index.js';
import { readsAs } from '../store/read-text.js';
import { packageRoot } from './package-root.js';

/**
 * The bundled report template as loadTemplate gives it, per language, kept by the build as JSON
 * (compile-bundled-wording.ts) with the very text of every file it was loaded from. A report then
 * skips parsing and validating some 40 KB of wording, and never loads zod for it.
 */
export interface CompiledTemplate {
  /** Each file loadTemplate reads or looks for, relative to the template folder; null for a translation it looked for and did not find. */
  readonly files: readonly { readonly name: string; readonly text: string | null }[];
  readonly template: ReportTemplate;
}

export const COMPILED_WORDING = join(packageRoot, 'dist', 'wording');

/** The files of the bundled template that the wording in this language is made from. */
export function wordingFiles(language: string): string[] {
  const translations = languageChain(language).filter((tag) => tag !== PSEUDO_LOCALE);
  return ['wording.yaml', 'look.yaml', ...translations.map((tag) => join('i18n', `${tag}.yaml`))];
}

/** The compiled template in this language, when every file in `folder` is still the text it was compiled from. */
export function compiledTemplate(folder: string, language: string): ReportTemplate | undefined {
  const tag = canonicalTag(language);
  // A language from an answers file names a file here: only a tag's letters, digits and hyphens may.
  if (!/^[A-Za-z0-9-]+$/.test(tag)) return undefined;
  const file = join(COMPILED_WORDING, `${tag}.json`);
  if (!existsSync(file)) return undefined;
  const compiled = JSON.parse(readFileSync(file, 'utf8')) as CompiledTemplate;
  return compiled.files.every((f) => (f.text === null ? !existsSync(join(folder, f.name)) : readsAs(join(folder, f.name), f.text, { key: 'files.bundled_wording' }))) ? compiled.template : undefined;
}
