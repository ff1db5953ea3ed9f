import type { Words } from '../core/messages/messages.js';
import { UserError } from '../core/errors.js';
import { errorCode, fsCause } from './fs-cause.js';
import { nodeHost, type Host } from './host.js';
import { readText } from './read-text.js';

interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
  readonly command: string;
}

export interface FileLock {
  readonly path: string;
  /** Said when the lock was taken over from a run that had ended without letting go. */
  readonly notice: Words | undefined;
  release(): void;
}

export function lockPathOf(file: string): string {
  return `${file}.lock`;
}

/**
 * Takes the one writer's lock on a user's file: `<file>.lock`, created only if absent, holding
 * who took it. A lock whose process has ended on this machine is taken over; one held by a live
 * process, or by another machine (where nobody can tell whether its process still runs), is not.
 */
export function acquireLock(file: string, command: string, host: Host = nodeHost): FileLock {
  const path = lockPathOf(file);
  const mine: LockHolder = { pid: host.pid, host: host.hostname, started: host.now().toISOString(), command };
  let notice: Words | undefined;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (create(path, mine, host)) return { path, notice, release: () => release(path, mine, host) };
    const holder = readHolder(path, host);
    if (holder === 'gone') continue;
    if (holder !== undefined && (holder.host !== host.hostname || (holder.pid !== host.pid && host.isAlive(holder.pid)))) {
      throw lockedError(file, path, holder, host);
    }
    // The holder has ended (or left an unreadable lock when it was stopped mid-write).
    if (!takeOver(path, holder, host)) continue;
    notice =
      holder === undefined
        ? { key: 'notes.took_over_unreadable', values: { path } }
        : { key: 'notes.took_over', values: { path, pid: String(holder.pid), since: when(holder.started) } };
  }
  throw new UserError('FILE_LOCKED', { key: 'errors.lock.busy', values: { file } }, { hint: { key: 'errors.lock.busy_hint' } });
}

function create(path: string, holder: LockHolder, host: Host): boolean {
  const { fs } = host;
  let fd: number;
  try {
    fd = fs.openSync(path, 'wx', 0o644);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw new UserError('CANNOT_LOCK', { key: 'errors.lock.cannot_create', values: { path, reason: fsCause(error) } }, { hint: { key: 'errors.lock.cannot_create_hint' } });
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(holder)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** The lock's holder; undefined when the lock cannot be read as one; 'gone' when it vanished meanwhile. */
function readHolder(path: string, host: Host): LockHolder | undefined | 'gone' {
  let text: string;
  try {
    text = readText(path, { key: 'files.lock' }, { host, maxBytes: 4096 });
  } catch (error) {
    return error instanceof UserError && error.code === 'FILE_NOT_FOUND' ? 'gone' : undefined;
  }
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.started === 'string') {
      return { pid: data.pid, host: data.host, started: data.started, command: typeof data.command === 'string' ? data.command : 'gret' };
    }
  } catch {
    // Cut short by a stop mid-write.
  }
  return undefined;
}

/**
 * Moves the stale lock aside under a name of our own, so that of two runs taking it over at once
 * only one succeeds; puts it back if what was moved turned out to be a fresh lock after all.
 */
function takeOver(path: string, stale: LockHolder | undefined, host: Host): boolean {
  const aside = `${path}.${host.pid}.stale`;
  try {
    host.fs.renameSync(path, aside);
  } catch {
    return false;
  }
  const moved = readHolder(aside, host);
  const same = moved === undefined || moved === 'gone' ? stale === undefined : stale !== undefined && moved.pid === stale.pid && moved.started === stale.started;
  if (!same) {
    try {
      host.fs.linkSync(aside, path);
    } catch {
      // Somebody holds the lock now either way.
    }
  }
  try {
    host.fs.unlinkSync(aside);
  } catch {
    // Nothing to tidy.
  }
  return same;
}

function release(path: string, mine: LockHolder, host: Host): void {
  const holder = readHolder(path, host);
  if (holder === undefined || holder === 'gone' || holder.pid !== mine.pid || holder.started !== mine.started) return;
  try {
    host.fs.unlinkSync(path);
  } catch {
    // Already removed.
  }
}

function lockedError(file: string, path: string, holder: LockHolder, host: Host): UserError {
  const values = { file, command: holder.command, pid: String(holder.pid), since: when(holder.started) };
  return new UserError(
    'FILE_LOCKED',
    holder.host === host.hostname ? { key: 'errors.lock.held_here', values } : { key: 'errors.lock.held_elsewhere', values: { ...values, computer: holder.host } },
    { hint: { key: 'errors.lock.held_hint', values: { path } } },
  );
}

/** `2026-03-04T09:05:00.000Z` → `2026-03-04 09:05 UTC`. */
function when(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match === null ? iso : `${match[1]} ${match[2]} UTC`;
}
