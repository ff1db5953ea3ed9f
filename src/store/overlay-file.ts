import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareOverlay, contextOf } from '../core/translation/compare-overlay.js';
import { listTexts, PACK_TARGET } from '../core/translation/map-texts.js';
import type { Overlay, OverlayEntry } from '../core/translation/overlay.js';
import type { Rubric } from '../core/types.js';
import { writeFile } from './write-files.js';
import { readYaml, type YamlFile } from './yaml-file.js';
import { yamlLibrary } from './yaml-library.js';

/** Where a pack keeps its translation into a language: `<pack>/i18n/<lang>.yaml`. */
export function overlayFile(packRoot: string, language: string): string {
  return join(packRoot, 'i18n', `${language}.yaml`);
}

/** The overlay's YAML, or undefined when the pack has no translation into that language. */
export function readOverlayFile(packRoot: string, language: string): YamlFile | undefined {
  const file = overlayFile(packRoot, language);
  return existsSync(file) ? readYaml(file, { key: 'files.translation' }) : undefined;
}

/** Long texts fold as the pack's own files do; shorter ones stay on their line. */
const FOLD_FROM = 80;

/**
 * An overlay as gret writes it: header first, then the entries in the pack's order (entries
 * for texts the pack no longer has last, in their own order), every hash quoted so that YAML
 * never reads 12345678 as a number. The same overlay always gives the same bytes, which is
 * what lets an overlay go to PO and back unchanged.
 */
export function overlayText(rubric: Rubric, overlay: Overlay): string {
  const { Document, Scalar } = yamlLibrary();
  const byContext = new Map(overlay.entries.map((e) => [contextOf(e.key), e]));
  const ordered: OverlayEntry[] = listTexts(rubric).flatMap((t) => byContext.get(contextOf(t.key)) ?? []);
  ordered.push(...compareOverlay(rubric, overlay).unknown);

  const entry = (e: OverlayEntry): Record<string, unknown> => {
    const hash = new Scalar(e.hash);
    hash.type = Scalar.QUOTE_DOUBLE;
    const text = new Scalar(e.text);
    if (e.text.length > FOLD_FROM || e.text.includes('\n')) text.type = Scalar.BLOCK_FOLDED;
    return { hash, text };
  };
  const texts: Record<string, unknown> = {};
  const indicators: Record<string, Record<string, unknown>> = {};
  for (const e of ordered) {
    if (e.key.target === PACK_TARGET) texts[e.key.field] = entry(e);
    else (indicators[e.key.target] ??= {})[e.key.field] = entry(e);
  }
  const data = {
    language: overlay.language,
    pack: overlay.pack,
    status: overlay.status,
    ...(overlay.reviewer === undefined ? {} : { reviewer: overlay.reviewer }),
    ...(overlay.reviewed === undefined ? {} : { reviewed: overlay.reviewed }),
    texts,
    indicators,
  };
  const doc = new Document(data);
  doc.commentBefore = ` ${overlay.language} translation of the ${overlay.pack} pack. See docs/translating.md: a hash is that of the English\n text an entry translates; gret writes it, and marks the entry stale when the English changes.`;
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

/** Writes the overlay atomically: a crash mid-write leaves the old file whole. */
export function writeOverlay(packRoot: string, rubric: Rubric, overlay: Overlay): string {
  const file = overlayFile(packRoot, overlay.language);
  mkdirSync(dirname(file), { recursive: true });
  writeFile(file, overlayText(rubric, overlay));
  return file;
}
