interface Glyph {
  readonly advanceWidth: number;
}

/** The part of a fontkit font that lays out text, as pdfkit calls it. */
interface ShapingFont {
  readonly familyName: string;
  layout(text: string, ...rest: unknown[]): unknown;
  glyphsForString(text: string): readonly Glyph[];
}

function isShapingFont(value: unknown): value is ShapingFont {
  return (
    typeof value === 'object' &&
    value !== null &&
    'familyName' in value &&
    typeof value.familyName === 'string' &&
    'layout' in value &&
    typeof value.layout === 'function' &&
    'glyphsForString' in value &&
    typeof value.glyphsForString === 'function'
  );
}

/** Text the font engine could not shape, by the family of the font that failed. */
interface ShapingFailure {
  readonly font: string;
  readonly text: string;
}

/**
 * The text's glyphs straight from the font's character map, one after the other at their own
 * widths: no ligatures, reordering or mark positioning, but every character the font has is
 * drawn and copies out as itself. This is the run shape pdfkit reads from fontkit's layout.
 */
function unshapedRun(font: ShapingFont, text: string) {
  const glyphs = font.glyphsForString(text);
  const positions = glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  return {
    glyphs,
    positions,
    // pdfkit scales the positions in place before it reads the width, so it is summed on demand.
    get advanceWidth() {
      return positions.reduce((sum, p) => sum + p.xAdvance, 0);
    },
  };
}

/**
 * Makes a fontkit font lay out text it cannot shape without shaping it, instead of throwing out
 * of the whole report: one bad word in an answer must not cost the ministry its report. pdfkit
 * measures and draws through the same layout call, so widths and drawing stay consistent.
 * Each failure is passed to `onFailure`, so the caller can say which text looks plainer.
 */
export function fallBackToUnshaped(font: unknown, onFailure: (failure: ShapingFailure) => void): void {
  if (!isShapingFont(font)) return;
  const layout = font.layout;
  font.layout = function (text, ...rest) {
    try {
      return layout.call(this, text, ...rest);
    } catch {
      onFailure({ font: font.familyName, text });
      return unshapedRun(font, text);
    }
  };
}
