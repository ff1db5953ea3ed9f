/** An image's type and size in pixels, read from its header. */
interface ImageSize {
  readonly type: 'png' | 'jpg';
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

function u16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

function u32(bytes: Uint8Array, at: number): number {
  return u16(bytes, at) * 0x10000 + u16(bytes, at + 2);
}

/**
 * The size of a PNG (from its IHDR chunk) or JPEG (from its start-of-frame segment), or null
 * for anything else: the logo keeps its proportions in its box.
 */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  if (PNG_SIGNATURE.every((b, k) => bytes[k] === b)) return { type: 'png', width: u32(bytes, 16), height: u32(bytes, 20) };
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0;
    // SOF0 to SOF15 hold the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    }
    at += 2 + u16(bytes, at + 2);
  }
  return null;
}
