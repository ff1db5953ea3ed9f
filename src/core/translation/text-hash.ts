/**
 * The short hash an overlay entry keeps of the English text it translates, so that an edit of
 * the English marks exactly the entries made from the old wording. FNV-1a over the UTF-8 bytes:
 * pure, the same in every layer, and eight hex digits that a translator can read past. It only
 * has to notice a change, not resist anyone forging one.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of utf8(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function* utf8(text: string): Generator<number> {
  for (const char of text) {
    const c = char.codePointAt(0) ?? 0;
    if (c < 0x80) yield c;
    else if (c < 0x800) yield* [0xc0 | (c >> 6), 0x80 | (c & 0x3f)];
    else if (c < 0x10000) yield* [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)];
    else yield* [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)];
  }
}
