import type { Rubric } from '../types.js';
import { listTexts, PACK_TARGET, type TextKey } from './map-texts.js';
import type { Overlay, OverlayEntry } from './overlay.js';
import { textHash } from './text-hash.js';

/** How far an overlay covers its pack's English, text by text. */
export interface OverlayCoverage {
  /** Every text the pack has to translate. */
  readonly total: number;
  /** Entries whose English has not changed since they were made: these are shown. */
  readonly current: readonly OverlayEntry[];
  /** Texts with no entry at all. */
  readonly missing: readonly TextKey[];
  /** Entries made from an English text that has changed since: the English is shown instead. */
  readonly stale: readonly OverlayEntry[];
  /** Entries for texts the pack no longer has (an indicator removed, a recommendation renamed). */
  readonly unknown: readonly OverlayEntry[];
}

export function contextOf(key: TextKey): string {
  return `${key.target}|${key.field}`;
}

export function compareOverlay(rubric: Rubric, overlay: Overlay): OverlayCoverage {
  const english = new Map(listTexts(rubric).map((t) => [contextOf(t.key), t]));
  const byContext = new Map(overlay.entries.map((e) => [contextOf(e.key), e]));
  const current: OverlayEntry[] = [];
  const stale: OverlayEntry[] = [];
  const unknown: OverlayEntry[] = [];
  for (const entry of overlay.entries) {
    const source = english.get(contextOf(entry.key));
    if (source === undefined) unknown.push(entry);
    else if (textHash(source.english) === entry.hash) current.push(entry);
    else stale.push(entry);
  }
  const missing = [...english.values()].filter((t) => !byContext.has(contextOf(t.key))).map((t) => t.key);
  return { total: english.size, current, missing, stale, unknown };
}

/** Where an entry sits in the overlay file's data, for file:line:col. */
export function overlayPath(key: TextKey): (string | number)[] {
  return key.target === PACK_TARGET ? ['texts', key.field] : ['indicators', key.target, key.field];
}
