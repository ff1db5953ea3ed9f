import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { overlayChain, PSEUDO_LOCALE } from '../core/translation/language-chain.js';
import type { Overlay } from '../core/translation/overlay.js';
import { parseOverlay } from '../core/translation/parse-overlay.js';
import { pseudoOverlay } from '../core/translation/pseudo-locale.js';
import type { Rubric } from '../core/types.js';
import { readOverlayFile } from '../store/overlay-file.js';
import { placeIssue } from '../store/yaml-file.js';

export interface LoadedOverlay {
  readonly overlay: Overlay;
  readonly file: string;
  /** Stale entries and entries for texts the pack no longer has, placed at file:line:col. */
  readonly warnings: readonly Issue[];
}

/**
 * The overlays to show a pack in `language`, most specific first (fr-CA, then fr). For the pack's
 * own language nothing is read at all: an English run never opens a translation file.
 */
export function loadOverlays(rubric: Rubric, packRoot: string, language: string): LoadedOverlay[] {
  return overlayChain(rubric, language).flatMap((tag) => {
    if (tag === PSEUDO_LOCALE) return [{ overlay: pseudoOverlay(rubric), file: '', warnings: [] }];
    const loaded = loadOverlay(rubric, packRoot, tag);
    return loaded === undefined ? [] : [loaded];
  });
}

/** One overlay file, validated against its pack; undefined when the pack has none for the language. */
export function loadOverlay(rubric: Rubric, packRoot: string, language: string): LoadedOverlay | undefined {
  const yaml = readOverlayFile(packRoot, language);
  if (yaml === undefined) return undefined;
  const parsed = parseOverlay(yaml.file, yaml.data, rubric, language);
  if (!parsed.ok) {
    const errors = parsed.issues.length;
    throw new UserError('TRANSLATION_INVALID', { key: 'errors.translation.invalid', values: { file: yaml.file, count: errors } }, {
      issues: parsed.issues.map((i) => placeIssue(yaml, i)),
      hint: { key: 'errors.translation.invalid_hint' },
    });
  }
  return { overlay: parsed.value, file: yaml.file, warnings: [...yaml.warnings, ...parsed.warnings.map((i) => placeIssue(yaml, i))] };
}

/** The languages a pack has overlays for, from the names of the files in its i18n folder. */
export function overlayLanguages(packRoot: string): string[] {
  const folder = join(packRoot, 'i18n');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}
