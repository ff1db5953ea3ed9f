import type { Words } from '../core/messages/messages.js';
import { isUtf8 } from 'node:buffer';
import type { Stats } from 'node:fs';
import { UserError } from '../core/errors.js';
import { errorCode, fsCause } from './fs-cause.js';
import { nodeHost, type Host } from './host.js';

/** Large enough for any real rubric or assessment, small enough to refuse a runaway file. */
const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export interface ReadOptions {
  readonly maxBytes?: number;
  readonly host?: Host;
}

/**
 * Reads a whole file, refusing anything that is not an ordinary file before reading a byte (a
 * named pipe would block for ever, /dev/zero never ends), and stopping one byte past the limit
 * however large the file claims or turns out to be.
 */
export function readBytes(file: string, what: Words, options: ReadOptions = {}): Uint8Array {
  const { fs } = options.host ?? nodeHost;
  const max = options.maxBytes ?? MAX_TEXT_BYTES;
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe with no writer returns at once instead of waiting.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openError(file, what, error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new UserError('NOT_A_FILE', { key: 'errors.read.is_folder', values: { file, what } });
    if (!stat.isFile()) {
      throw new UserError('NOT_A_FILE', { key: 'errors.read.special', values: { file, what, kind: specialKind(stat) } });
    }
    if (stat.size > max) throw tooLarge(file, what, max, stat.size);
    // Room for the size the file claims and one byte more, which shows whether it has grown since.
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const larger = Buffer.allocUnsafe(Math.min(2 * buffer.length, max + 1));
        buffer.copy(larger, 0, 0, total);
        buffer = larger;
      }
      const n = fs.readSync(fd, buffer, total, buffer.length - total, null);
      total += n;
      if (total > max) throw tooLarge(file, what, max, undefined);
      // A read that stops short at the size the file claims has met its end: no need to ask again.
      if (n === 0 || total === stat.size) break;
    }
    return buffer.subarray(0, total);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('CANNOT_READ', { key: 'errors.read.cannot', values: { what, file, reason: fsCause(error) } });
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a text file as UTF-8 (a byte-order mark, as Notepad writes, is accepted and dropped). */
export function readText(file: string, what: Words, options: ReadOptions = {}): string {
  return decodeText(file, what, readBytes(file, what, options));
}

/**
 * Whether a file still reads as `text`: how a compiled copy made at build time is known to be
 * current. An unreadable file is simply not that text; reading it afresh reports why.
 */
export function readsAs(file: string, text: string, what: Words): boolean {
  try {
    return readText(file, what) === text;
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}

export function decodeText(file: string, what: Words, bytes: Uint8Array): string {
  // Checked, then decoded, by Node's own code: many times faster than a fatal TextDecoder. UTF-16
  // never passes (its byte-order marks are not UTF-8, its Latin text is half NULs), so what it is
  // need only be asked of a file that fails.
  if (bytes.includes(0) || !isUtf8(bytes)) throw notUtf8(file, what, bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

function notUtf8(file: string, what: Words, bytes: Uint8Array): UserError {
  if (isUtf16(bytes)) return new UserError('NOT_UTF8', { key: 'errors.read.utf16', values: { file, what } }, { hint: { key: 'errors.read.utf16_hint' } });
  if (bytes.includes(0)) return new UserError('NOT_TEXT', { key: 'errors.read.not_text', values: { file, what } });
  return new UserError('NOT_UTF8', { key: 'errors.read.not_utf8', values: { file } }, { hint: { key: 'errors.read.not_utf8_hint' } });
}

/** A UTF-16 byte-order mark, or the NUL in every other byte that UTF-16 gives Latin text. */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, 200);
  if (sample.length < 8) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNuls += 1;
    else oddNuls += 1;
  }
  const half = sample.length / 2;
  return evenNuls > half * 0.8 || oddNuls > half * 0.8;
}

function openError(file: string, what: Words, error: unknown): UserError {
  switch (errorCode(error)) {
    case 'EISDIR':
      return new UserError('NOT_A_FILE', { key: 'errors.read.is_folder', values: { file, what } });
    case 'ELOOP':
      return new UserError('SYMLINK_LOOP', { key: 'errors.read.cannot', values: { what, file, reason: { key: 'errors.cause.symlink_loop' } } }, { hint: { key: 'errors.read.symlink_hint' } });
    case 'ENOENT':
      return new UserError('FILE_NOT_FOUND', { key: 'errors.read.cannot', values: { what, file, reason: { key: 'errors.cause.no_file' } } }, { hint: { key: 'errors.read.not_found_hint' } });
    default:
      return new UserError('CANNOT_READ', { key: 'errors.read.cannot', values: { what, file, reason: fsCause(error) } });
  }
}

function specialKind(stat: Stats): Words {
  if (stat.isFIFO()) return { key: 'errors.read.kind_pipe' };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { key: 'errors.read.kind_device' };
  if (stat.isSocket()) return { key: 'errors.read.kind_socket' };
  return { key: 'errors.read.kind_other' };
}

function tooLarge(file: string, what: Words, max: number, size: number | undefined): UserError {
  const words: Words =
    size === undefined ? { key: 'errors.read.larger_than', values: { file, what, most: formatMb(max) } } : { key: 'errors.read.too_large', values: { file, what, size: formatMb(size), most: formatMb(max) } };
  return new UserError('FILE_TOO_LARGE', words, { hint: { key: 'errors.read.too_large_hint' } });
}

function formatMb(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes >= 1024 * 1024 ? `${(bytes / 1048576).toFixed(bytes % 1048576 === 0 ? 0 : 1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
