/*
 * pdfkit maps each glyph to the characters of its first use, for copying text out of the PDF.
 * The Latin font decomposes "ị" into "i" plus a combining dot, so if "ị" came first every later
 * "i" would be copied out as "ị". Giving the plain letters and the lone combining marks their
 * own characters first prevents that. They are entered in pdfkit's tables directly, glyph by
 * glyph, as shaping each of them through fontkit would cost a tenth of a second per font.
 */

/** Printable ASCII, then the combining diacritical marks U+0300–U+036F. */
const PRIMED = [...Array.from({ length: 95 }, (_, k) => 32 + k), ...Array.from({ length: 0x70 }, (_, k) => 0x300 + k)];

/** What pdfkit's embedded font keeps per glyph (its private fields, read defensively). */
interface EmbeddedFont {
  readonly font: { glyphForCodePoint(codePoint: number): { readonly id: number; readonly advanceWidth: number } };
  readonly subset: { includeGlyph(id: number): number };
  readonly unicode: (number[] | undefined)[];
  readonly widths: (number | undefined)[];
  readonly scale: number;
}

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  if (typeof value !== 'object' || value === null) return false;
  const { font, subset, unicode, widths, scale } = value as Record<string, unknown>;
  return (
    typeof font === 'object' &&
    font !== null &&
    typeof Reflect.get(font, 'glyphForCodePoint') === 'function' &&
    typeof subset === 'object' &&
    subset !== null &&
    typeof Reflect.get(subset, 'includeGlyph') === 'function' &&
    Array.isArray(unicode) &&
    Array.isArray(widths) &&
    typeof scale === 'number'
  );
}

/** Gives each primed character's glyph that character, as pdfkit's own encode would on first use. */
export function primeCharacters(embedded: unknown): void {
  if (!isEmbeddedFont(embedded)) return;
  for (const codePoint of PRIMED) {
    const glyph = embedded.font.glyphForCodePoint(codePoint);
    // A font without the character gives glyph 0, which must keep no character of its own.
    if (glyph.id === 0) continue;
    const gid = embedded.subset.includeGlyph(glyph.id);
    embedded.unicode[gid] ??= [codePoint];
    embedded.widths[gid] ??= glyph.advanceWidth * embedded.scale;
  }
}
