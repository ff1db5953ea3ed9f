import { issue, type Issue, type Parsed } from '../issues.js';
import { quoted } from '../sanitize.js';
import type { Rubric } from '../types.js';
import { compareOverlay, contextOf } from './compare-overlay.js';
import { listTexts, type TextKey } from './map-texts.js';
import type { Overlay, OverlayEntry, TranslationStatus } from './overlay.js';
import { textHash } from './text-hash.js';

/**
 * An overlay as a translator's catalog: every text of the pack in its order, the English as the
 * source, the translation (empty where there is none) and the hash of the English the
 * translation was made from. What gettext's PO format holds, without its syntax.
 */
export interface PoCatalog {
  readonly language: string;
  readonly pack: string;
  readonly status: TranslationStatus;
  readonly reviewer?: string;
  readonly reviewed?: string;
  readonly entries: readonly PoEntry[];
}

export interface PoEntry {
  /** `indicator-id|field`, or `(pack)|field`: where the text sits. */
  readonly context: string;
  readonly english: string;
  readonly translation: string;
  /** Of the English the translation was made from: the current English's unless fuzzy. */
  readonly hash: string;
  /** The English has changed since it was translated (gettext's own word for it). */
  readonly fuzzy: boolean;
}

export function toPoCatalog(rubric: Rubric, overlay: Overlay): PoCatalog {
  const stale = new Set(compareOverlay(rubric, overlay).stale.map((e) => contextOf(e.key)));
  const byContext = new Map(overlay.entries.map((e) => [contextOf(e.key), e]));
  const entries = listTexts(rubric).map(({ key, english }): PoEntry => {
    const context = contextOf(key);
    const found = byContext.get(context);
    return { context, english, translation: found?.text ?? '', hash: found?.hash ?? textHash(english), fuzzy: stale.has(context) };
  });
  return { ...header(overlay), entries };
}

/**
 * The overlay a translator's catalog stands for. A translation is taken as made from the English
 * beside it, unless it is still marked fuzzy: then from the English it was first made from, so
 * an entry stays stale until someone has looked at it. An empty translation is no entry.
 */
export function fromPoCatalog(file: string, rubric: Rubric, catalog: PoCatalog): Parsed<Overlay> {
  const problems: Issue[] = [];
  if (catalog.pack !== rubric.id) problems.push(issue(file, ['X-Gret-Pack'], 'PO_WRONG_PACK', { key: 'issues.PO_WRONG_PACK', values: { translated: quoted(catalog.pack), pack: quoted(rubric.id) } }));
  const known = new Map(listTexts(rubric).map((t) => [contextOf(t.key), t.key]));
  const entries: OverlayEntry[] = [];
  for (const e of catalog.entries) {
    if (e.translation === '') continue;
    const key: TextKey | undefined = known.get(e.context);
    if (key === undefined) {
      problems.push(issue(file, [e.context], 'PO_UNKNOWN_TEXT', { key: 'issues.PO_UNKNOWN_TEXT', values: { context: quoted(e.context), pack: rubric.id, version: rubric.version } }));
      continue;
    }
    entries.push({ key, hash: e.fuzzy ? e.hash : textHash(e.english), text: e.translation.trim() });
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  return { ok: true, value: { ...header(catalog), entries }, warnings: [] };
}

function header(h: Omit<PoCatalog, 'entries'>): Omit<PoCatalog, 'entries'> {
  return {
    language: h.language,
    pack: h.pack,
    status: h.status,
    ...(h.reviewer === undefined ? {} : { reviewer: h.reviewer }),
    ...(h.reviewed === undefined ? {} : { reviewed: h.reviewed }),
  };
}
