import type { EmbeddedFont } from './embedded-font.js';

/*
 * pdfkit maps each glyph to the characters of its first use, for copying text out of the PDF.
 * The Latin font decomposes "ị" into "i" plus a combining dot, so if "ị" came first every later
 * "i" would be copied out as "ị". Giving the plain letters and the lone combining marks their
 * own characters first prevents that. They are entered in pdfkit's tables directly, glyph by
 * glyph, as shaping each of them through fontkit would cost a tenth of a second per font.
 */

/** Printable ASCII, then the combining diacritical marks U+0300–U+036F. */
const PRIMED = [...Array.from({ length: 95 }, (_, k) => 32 + k), ...Array.from({ length: 0x70 }, (_, k) => 0x300 + k)];

/** Gives each primed character's glyph that character, as pdfkit's own encode would on first use. */
export function primeCharacters(embedded: EmbeddedFont): void {
  for (const codePoint of PRIMED) {
    const glyph = embedded.font.glyphForCodePoint(codePoint);
    // A font without the character gives glyph 0, which must keep no character of its own.
    if (glyph.id === 0) continue;
    const gid = embedded.subset.includeGlyph(glyph.id);
    embedded.unicode[gid] ??= [codePoint];
    embedded.widths[gid] ??= glyph.advanceWidth * embedded.scale;
  }
}
