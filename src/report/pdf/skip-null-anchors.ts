/*
 * fontkit 2.0.4 (the newest release, which pdfkit shapes text with) reads the coordinates of
 * every anchor a mark attaches to. The OpenType spec lets a MarkBase, MarkLig or MarkMark subtable
 * leave an anchor NULL where a mark class does not attach to a glyph; HarfBuzz then skips the
 * record, but fontkit dereferences the NULL and throws
 * (https://github.com/foliojs/fontkit/issues/367). Noto Sans Khmer has 835 such anchors (Noto
 * Sans Thai one), so everyday words such as អំពី ("about") crashed the report.
 *
 * This patches fontkit's GPOS processor class to skip an attachment to a NULL anchor, leaving the
 * mark for the next lookup that covers it to place. (HarfBuzz would also let a later subtable of
 * the same lookup try; every mark lookup in the shipped fonts has a single subtable.) When fontkit
 * fixes the bug, test/report/skip-null-anchors.test.ts fails and this module can go.
 */

interface Anchor {
  readonly xCoordinate: number;
  readonly yCoordinate: number;
}

interface GposProcessor {
  applyAnchor(markRecord: unknown, baseAnchor: Anchor | null, baseGlyphIndex: number): void;
}

function isGposProcessor(value: unknown): value is GposProcessor {
  return typeof value === 'object' && value !== null && 'applyAnchor' in value && typeof value.applyAnchor === 'function';
}

/** fontkit's font → layout engine → OpenType engine → GPOS processor; absent in fonts without GPOS. */
function gposProcessor(font: unknown): GposProcessor | null {
  let value: unknown = font;
  for (const key of ['_layoutEngine', 'engine', 'GPOSProcessor']) {
    if (typeof value !== 'object' || value === null) return null;
    value = Reflect.get(value, key);
  }
  return isGposProcessor(value) ? value : null;
}

const patched = new WeakSet<object>();

/**
 * Makes fontkit skip mark attachments to NULL anchors, as HarfBuzz does. Call it with each
 * fontkit font before it lays out text; the class is patched once, for every font.
 * Returns whether the font has a GPOS processor, now patched.
 */
export function skipNullAnchors(font: unknown): boolean {
  const processor = gposProcessor(font);
  if (processor === null) return false;
  const prototype: unknown = Object.getPrototypeOf(processor);
  if (!isGposProcessor(prototype)) return false;
  if (patched.has(prototype)) return true;
  const applyAnchor = prototype.applyAnchor;
  prototype.applyAnchor = function (this: GposProcessor, markRecord, baseAnchor, baseGlyphIndex) {
    if (baseAnchor !== null) applyAnchor.call(this, markRecord, baseAnchor, baseGlyphIndex);
  };
  patched.add(prototype);
  return true;
}
