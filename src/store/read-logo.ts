import { UserError } from '../core/errors.js';
import { nodeHost, type Host } from './host.js';
import { readBytes } from './read-text.js';
import { resolveInside } from './resolve-inside.js';

/** A logo is a small image on the cover: these caps refuse a file that would bloat or stall the report. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const MAX_LOGO_SIDE = 4000;

/** Reads the logo a report template names: inside the template folder, a PNG or JPEG within the caps. */
export function readLogo(dir: string, name: string, lookFile: string, host: Host = nodeHost): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readBytes(resolveInside(dir, name, { key: 'files.logo' }, host), { key: 'files.logo' }, { host, maxBytes: MAX_LOGO_BYTES });
  } catch (error) {
    if (error instanceof UserError && error.code === 'OUTSIDE_FOLDER') {
      throw new UserError('TEMPLATE_LOGO_OUTSIDE', { key: 'errors.logo.outside', values: { name, file: lookFile } }, { hint: { key: 'errors.logo.outside_hint' } });
    }
    if (error instanceof UserError) throw new UserError('TEMPLATE_LOGO_UNREADABLE', { key: 'errors.logo.unusable', values: { name, file: lookFile, reason: error.words } }, error.hint === undefined ? {} : { hint: error.hint });
    throw error;
  }
  const size = imageSize(bytes);
  if (size === undefined) throw new UserError('TEMPLATE_LOGO_FORMAT', { key: 'errors.logo.format', values: { name } }, { hint: { key: 'errors.logo.format_hint' } });
  if (size.width > MAX_LOGO_SIDE || size.height > MAX_LOGO_SIDE) {
    throw new UserError('TEMPLATE_LOGO_TOO_LARGE', { key: 'errors.logo.too_large', values: { name, width: size.width, height: size.height, most: MAX_LOGO_SIDE } }, { hint: { key: 'errors.logo.too_large_hint' } });
  }
  return bytes;
}

/** Width and height from a PNG's header or a JPEG's frame header; undefined for anything else. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, k) => bytes[k] === b)) {
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    // Start-of-frame markers C0–CF, except C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}
