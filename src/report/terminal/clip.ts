import { sanitize } from '../../core/sanitize.js';
import { displayWidth, padColumns, sliceColumns } from './display-width.js';
import type { Glyphs } from './style.js';

/** Shortens text to at most `width` columns, ending in the ellipsis when it had to cut. */
export function clip(text: string, width: number, ellipsis: string): string {
  return displayWidth(text) > width ? `${sliceColumns(text, Math.max(0, width - displayWidth(ellipsis)))}${ellipsis}` : text;
}

/** A table cell of exactly `width` columns: text from a file, made safe, shortened or padded. */
export function fitCell(text: string, width: number, g: Glyphs): string {
  return padColumns(clip(sanitize(text), width, g.ellipsis), width);
}
