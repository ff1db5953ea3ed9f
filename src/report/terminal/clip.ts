/** Shortens text to at most `width` characters, ending in the ellipsis when it had to cut. */
export function clip(text: string, width: number, ellipsis: string): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - ellipsis.length))}${ellipsis}` : text;
}
