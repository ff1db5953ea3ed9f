import { sanitize } from '../../core/sanitize.js';
import type { Glyphs } from './style.js';

/** Shortens text to at most `width` characters, ending in the ellipsis when it had to cut. */
export function clip(text: string, width: number, ellipsis: string): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - ellipsis.length))}${ellipsis}` : text;
}

/** A table cell of exactly `width` characters: text from a file, made safe, shortened or padded. */
export function fitCell(text: string, width: number, g: Glyphs): string {
  return clip(sanitize(text), width, g.ellipsis).padEnd(width);
}
