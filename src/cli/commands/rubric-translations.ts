import type { Messages } from '../../core/messages/messages.js';
import { displayWidth, padColumns, padColumnsStart } from '../../report/terminal/display-width.js';
import { loadMessages } from '../load-messages.js';
import { runLanguage } from '../run-language.js';
import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import type { Issue } from '../../core/issues.js';
import { sanitize } from '../../core/sanitize.js';
import { compareOverlay } from '../../core/translation/compare-overlay.js';
import { canonicalTag } from '../../core/translation/language-chain.js';
import type { Overlay } from '../../core/translation/overlay.js';
import { parseOverlay } from '../../core/translation/parse-overlay.js';
import { fromPoCatalog, toPoCatalog } from '../../core/translation/po-catalog.js';
import type { Rubric } from '../../core/types.js';
import { overlayFile, overlayText, writeOverlay } from '../../store/overlay-file.js';
import { poText, readPoCatalog } from '../../store/po-file.js';
import { writeFile } from '../../store/write-files.js';
import { parseYaml } from '../../store/yaml-file.js';
import { formatIssue } from '../format-issue.js';
import type { Io } from '../io.js';
import { loadRubric } from '../load-rubric.js';
import { loadOverlay, overlayLanguages } from '../load-translation.js';
import { bundledPackNames, packageRoot } from '../package-root.js';
import { packFolder } from '../pack-folder.js';

/**
 * Per pack and language: texts translated, missing and stale, and whether the translation is a
 * draft. With `check`, exit 1 when any entry is stale or names a text the pack no longer has,
 * each named with its file:line:col, so a pack edit cannot leave translations behind unseen.
 */
export async function rubricTranslations(io: Io, pack: string | undefined, opts: { check?: boolean }): Promise<number> {
  const dirs = pack === undefined ? bundledPackNames.map((name) => join(packageRoot, 'rubrics', name)) : [packFolder(pack)];
  const behind: Issue[] = [];
  const messages = loadMessages(runLanguage(undefined));
  const { t } = messages;
  for (const dir of dirs) {
    const { rubric, dir: root } = await loadRubric(dir);
    const rows = overlayLanguages(root).map((language) => {
      const loaded = loadOverlay(rubric, root, language);
      if (loaded === undefined) throw new Error(`${language} was listed but not found`);
      behind.push(...loaded.warnings);
      const c = compareOverlay(rubric, loaded.overlay);
      return [language, statusOf(loaded.overlay, messages), String(c.current.length), String(c.missing.length), String(c.stale.length), String(c.unknown.length)];
    });
    io.out(`${t('translations.pack', { pack: rubric.id, version: rubric.version, texts: countTexts(rubric), language: rubric.language, count: rows.length })}\n`);
    const head = ['language', 'status', 'translated', 'missing', 'stale', 'unknown'].map((column) => t(`translations.column.${column}`));
    if (rows.length > 0) io.out(table([head, ...rows]));
  }
  for (const w of behind) io.err(`${formatIssue(w, messages)}\n`);
  if (opts.check !== true) return 0;
  if (behind.length === 0) return 0;
  io.err(`${t('translations.behind', { count: behind.length })}\n`);
  return 1;
}

function statusOf(o: Overlay, messages: Messages): string {
  return o.status === 'reviewed' ? messages.t('translations.reviewed', { reviewer: o.reviewer ?? '', date: o.reviewed ?? '' }) : messages.t('translations.draft');
}

function countTexts(rubric: Rubric): number {
  return compareOverlay(rubric, { language: '', pack: rubric.id, status: 'draft', entries: [] }).total;
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, col) => Math.max(...rows.map((r) => displayWidth(r[col] ?? ''))));
  return rows.map((r) => `  ${r.map((cell, col) => (col >= 2 ? padColumnsStart(cell, widths[col] ?? 0) : padColumns(cell, widths[col] ?? 0))).join('  ').trimEnd()}\n`).map(sanitize).join('');
}

/** Writes a pack's translation into a language as a PO file: every text, translated or not. */
export async function translationsExport(io: Io, opts: { lang: string; output?: string; rubric?: string }): Promise<number> {
  const language = canonicalTag(opts.lang);
  const { rubric, dir } = await loadRubric(packFolder(opts.rubric));
  const overlay = loadOverlay(rubric, dir, language)?.overlay ?? { language, pack: rubric.id, status: 'draft', entries: [] };
  const text = poText(toPoCatalog(rubric, overlay));
  if (opts.output === undefined) io.out(text);
  else writeFile(opts.output, text);
  return 0;
}

/**
 * Turns a translator's PO file back into the pack's overlay. The overlay is checked as if read
 * from disk before it replaces the old one, which a failed write leaves whole.
 */
export async function translationsImport(io: Io, file: string, opts: { rubric?: string }): Promise<number> {
  const catalog = readPoCatalog(file);
  const { rubric, dir } = await loadRubric(packFolder(opts.rubric ?? catalog.pack));
  const converted = fromPoCatalog(file, rubric, catalog);
  if (!converted.ok) throw new UserError('PO_INVALID', { key: 'errors.po.cannot_import', values: { file, pack: rubric.id, count: converted.issues.length } }, { issues: converted.issues });
  const target = overlayFile(dir, converted.value.language);
  const yaml = parseYaml(target, overlayText(rubric, converted.value), { key: 'files.translation' });
  const checked = parseOverlay(target, yaml.data, rubric, converted.value.language);
  if (!checked.ok) {
    throw new UserError('PO_INVALID', { key: 'errors.po.would_be_invalid', values: { file } }, { issues: checked.issues.map((i) => ({ ...i, file })) });
  }
  const written = writeOverlay(dir, rubric, checked.value);
  const c = compareOverlay(rubric, checked.value);
  const { t } = loadMessages(runLanguage(undefined));
  const status = t(checked.value.status === 'reviewed' ? 'translations.status_reviewed' : 'translations.draft');
  io.out(sanitize(`${t('translations.wrote', { file: written, translated: c.current.length, total: c.total, stale: c.stale.length, status })}\n`));
  return 0;
}
