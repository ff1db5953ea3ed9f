import type { TextKey } from './map-texts.js';

/** A validated translation overlay: what parse-overlay.ts builds and everything after it reads. */
export interface Overlay {
  readonly language: string;
  readonly pack: string;
  readonly status: TranslationStatus;
  readonly reviewer?: string;
  readonly reviewed?: string;
  /** In the order of the file; the writer puts them in the pack's order. */
  readonly entries: readonly OverlayEntry[];
}

export type TranslationStatus = 'draft' | 'reviewed';

export interface OverlayEntry {
  readonly key: TextKey;
  /** textHash of the English the translation was made from. */
  readonly hash: string;
  readonly text: string;
}
