import type { Words } from '../core/messages/messages.js';
import type { Stats } from 'node:fs';
import { UserError } from '../core/errors.js';
import { errorCode, fsCause } from './fs-cause.js';
import { nodeHost, type Host } from './host.js';
import { backupName, tempName } from './side-files.js';

interface OutputFile {
  readonly path: string;
  readonly content: string | Uint8Array;
  /** The permissions it must have, whatever it had before or the umask says: 0o600 for a file of secrets. */
  readonly mode?: number;
}

/** Waits between tries of a rename that another program blocks: about a second in all. */
const RENAME_RETRY_MS = [10, 20, 40, 80, 160, 320, 400];

/**
 * Text is encoded straight into a buffer of this size, written out when it is full: a file
 * written row by row is then neither a write call nor a buffer per row.
 */
const BUFFER_BYTES = 1 << 20;

interface Planned {
  readonly path: string;
  readonly before: Stats | undefined;
  readonly mode: number | undefined;
  temp?: string;
  fd?: number;
  /** Made at the first text written; bytes up to `used` wait to be written. */
  buffer?: Buffer;
  used: number;
  backup?: string;
  placed?: boolean;
}

/** A set of files being written, chunk by chunk, to temporary files beside them. */
export interface FileSet {
  /** Adds to the end of the file's new content. */
  write(path: string, chunk: string | Uint8Array): void;
  /** Puts every file of the set in place, all or none. */
  commit(): void;
  /** Removes what was written; the old files stay as they were. */
  abort(): void;
}

/**
 * Opens files to be written all or nothing, however long their content takes to produce. Each
 * is written to a temporary file beside it as it comes (each byte count checked), keeping the
 * old file's mode and owner; `commit` syncs them and only then renames them into place and
 * syncs their folders. If any step fails, the old files are left (or put back) byte for byte,
 * no temporary file remains, and the error names the cause. `size`, where known, goes into the
 * temporary file's name (see side-files.ts).
 */
export function openFiles(files: readonly { readonly path: string; readonly size?: number; readonly mode?: number }[], host: Host = nodeHost): FileSet {
  const plan: Planned[] = files.map((f) => ({ path: f.path, before: existing(f.path, host), mode: f.mode, used: 0 }));
  let current: Planned | undefined;
  let done = false;
  const fail = (error: unknown): never => {
    done = true;
    rollBack(plan, host);
    throw writeError(current ?? plan[0], plan.length, error);
  };
  try {
    plan.forEach((p, k) => {
      current = p;
      openTemp(p, files[k]?.size, host);
    });
  } catch (error) {
    fail(error);
  }
  return {
    write(path, chunk) {
      const p = plan.find((q) => q.path === path);
      if (p === undefined || done) throw new Error(`${path} is not open for writing`);
      try {
        current = p;
        append(p, chunk, host);
      } catch (error) {
        fail(error);
      }
    },
    commit() {
      if (done) throw new Error('the files were already committed or given up');
      try {
        for (const p of plan) {
          current = p;
          finishTemp(p, host);
        }
        // Only a set needs backups: a single rename either happens or leaves the old file alone.
        for (const p of plan) {
          current = p;
          if (plan.length > 1 && p.before !== undefined) {
            p.backup = backupName(p.path, host);
            keepCopy(p.path, p.backup, host);
          }
        }
        for (const p of plan) {
          current = p;
          renameWithRetry(p.temp ?? '', p.path, host);
          p.placed = true;
        }
      } catch (error) {
        fail(error);
      }
      done = true;
      for (const p of plan) if (p.backup !== undefined) remove(p.backup, host);
      for (const dir of new Set(plan.map((p) => host.path.dirname(p.path)))) syncFolder(dir, host);
    },
    abort() {
      if (done) return;
      done = true;
      rollBack(plan, host);
    },
  };
}

/** Writes one or more files all or nothing (see openFiles). */
export function writeFiles(files: readonly OutputFile[], host: Host = nodeHost): void {
  const contents = files.map((f) => ({ path: f.path, mode: f.mode, bytes: typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content }));
  const set = openFiles(
    contents.map((c) => ({ path: c.path, size: c.bytes.length, ...(c.mode === undefined ? {} : { mode: c.mode }) })),
    host,
  );
  for (const c of contents) set.write(c.path, c.bytes);
  set.commit();
}

export function writeFile(path: string, content: string | Uint8Array, host: Host = nodeHost): void {
  writeFiles([{ path, content }], host);
}

/** A file's mode says nobody may write it: the store's own check, since root ignores mode bits. */
export function isReadOnly(stat: Stats): boolean {
  return (stat.mode & 0o222) === 0;
}

function existing(path: string, host: Host): Stats | undefined {
  let stat: Stats;
  try {
    stat = host.fs.statSync(path);
  } catch {
    return undefined;
  }
  if (stat.isDirectory()) throw new UserError('NOT_A_FILE', { key: 'errors.write.is_folder', values: { path } }, { hint: { key: 'errors.write.is_folder_hint' } });
  if (!stat.isFile()) throw new UserError('NOT_A_FILE', { key: 'errors.write.not_ordinary', values: { path } });
  if (isReadOnly(stat)) {
    throw new UserError('READ_ONLY', { key: 'errors.write.read_only', values: { path } }, { hint: { key: 'errors.write.read_only_hint' } });
  }
  return stat;
}

function openTemp(p: Planned, size: number | undefined, host: Host): void {
  const temp = tempName(p.path, size, host);
  p.fd = host.fs.openSync(temp, 'wx', p.mode ?? (p.before === undefined ? 0o666 : p.before.mode & 0o777));
  p.temp = temp;
}

/** Bytes go to the file as they are, after what waits; text waits in the buffer while there is room. */
function append(p: Planned, chunk: string | Uint8Array, host: Host): void {
  if (typeof chunk !== 'string') {
    flush(p, host);
    writeAll(p, chunk, host);
    return;
  }
  // UTF-8 takes at most three bytes for each UTF-16 unit of text.
  const most = chunk.length * 3;
  if (p.used + most > BUFFER_BYTES) flush(p, host);
  if (most > BUFFER_BYTES) {
    writeAll(p, Buffer.from(chunk, 'utf8'), host);
    return;
  }
  p.buffer ??= Buffer.allocUnsafe(BUFFER_BYTES);
  p.used += p.buffer.write(chunk, p.used, 'utf8');
}

function flush(p: Planned, host: Host): void {
  if (p.buffer === undefined || p.used === 0) return;
  const waiting = p.buffer.subarray(0, p.used);
  p.used = 0;
  writeAll(p, waiting, host);
}

function writeAll(p: Planned, bytes: Uint8Array, host: Host): void {
  let offset = 0;
  while (offset < bytes.length) {
    const n = host.fs.writeSync(p.fd ?? -1, bytes, offset, bytes.length - offset);
    // A write that makes no progress will never finish: the disk has no room left.
    if (n <= 0) throw Object.assign(new Error('no progress writing'), { code: 'ENOSPC' });
    offset += n;
  }
}

function finishTemp(p: Planned, host: Host): void {
  const fd = p.fd ?? -1;
  flush(p, host);
  if (p.before !== undefined) keepOwnership(fd, p.before, host);
  // Set outright, so that neither the umask nor a looser old file widens it.
  if (p.mode !== undefined && host.platform !== 'win32') host.fs.fchmodSync(fd, p.mode);
  host.fs.fsyncSync(fd);
  closeTemp(p, host);
}

function closeTemp(p: Planned, host: Host): void {
  if (p.fd === undefined) return;
  const fd = p.fd;
  p.fd = undefined;
  host.fs.closeSync(fd);
}

/** The new file gets the old one's permissions (answers carry people's names) and, where allowed, its owner. */
function keepOwnership(fd: number, before: Stats, host: Host): void {
  if (host.platform === 'win32') return;
  host.fs.fchmodSync(fd, before.mode & 0o7777);
  try {
    host.fs.fchownSync(fd, before.uid, before.gid);
  } catch {
    // Only root may give a file away; an ordinary user's file keeps that user as owner anyway.
  }
}

function keepCopy(path: string, backup: string, host: Host): void {
  try {
    host.fs.linkSync(path, backup);
  } catch {
    // Some file systems (FAT on USB sticks) have no hard links.
    host.fs.copyFileSync(path, backup);
  }
}

/**
 * On Windows, antivirus scanners and cloud-sync clients hold files open for a moment after a write,
 * and a rename over them fails with EPERM, EACCES or EBUSY until they let go.
 */
function renameWithRetry(from: string, to: string, host: Host): void {
  for (let attempt = 0; ; attempt += 1) {
    try {
      host.fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const transient = code === 'EBUSY' || (host.platform === 'win32' && (code === 'EPERM' || code === 'EACCES'));
      const wait = RENAME_RETRY_MS[attempt];
      if (!transient || wait === undefined) throw error;
      host.sleep(wait);
    }
  }
}

/** Makes the rename itself durable. Windows cannot sync a folder, and some file systems refuse to: the save stands either way. */
function syncFolder(dir: string, host: Host): void {
  if (host.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = host.fs.openSync(dir, 'r');
    host.fs.fsyncSync(fd);
  } catch {
    // EPERM, EISDIR or EINVAL: the file system does not sync folders.
  } finally {
    if (fd !== undefined) host.fs.closeSync(fd);
  }
}

function rollBack(plan: readonly Planned[], host: Host): void {
  for (const p of plan) {
    try {
      closeTemp(p, host);
    } catch {
      // The descriptor is gone either way; the file is removed below.
    }
    if (p.placed === true) {
      if (p.backup !== undefined) {
        try {
          host.fs.renameSync(p.backup, p.path);
          p.backup = undefined;
        } catch {
          // Leave the backup where it is: the next run finds it and says so.
        }
      } else if (p.before === undefined) {
        remove(p.path, host);
      }
    }
    if (p.temp !== undefined && p.placed !== true) remove(p.temp, host);
    if (p.backup !== undefined) remove(p.backup, host);
  }
}

function remove(path: string, host: Host): void {
  try {
    host.fs.unlinkSync(path);
  } catch {
    // Already gone, or never made.
  }
}

function writeError(failed: Planned | undefined, count: number, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const path = failed?.path ?? '';
  const code = errorCode(error);
  const cause: Words = code === 'ENOENT' ? { key: 'errors.cause.no_folder' } : fsCause(error);
  const unchanged: Words =
    count > 1 ? { key: 'errors.write.none_written', values: { count } } : failed?.before !== undefined ? { key: 'errors.write.unchanged', values: { path } } : { key: 'errors.write.nothing_written' };
  return new UserError('WRITE_FAILED', { key: 'errors.write.failed', values: { path, cause, unchanged } }, { hint: writeHint(code) });
}

function writeHint(code: string | undefined): Words {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { key: 'errors.write.hint_space' };
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return { key: 'errors.write.hint_permission' };
    case 'ENOENT':
      return { key: 'errors.write.hint_folder' };
    default:
      return { key: 'errors.write.hint_other' };
  }
}
