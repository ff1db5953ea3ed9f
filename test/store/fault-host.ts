import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeHost, type FileSystem, type Host } from '../../src/store/host.js';

export type Call = keyof FileSystem;

/** An error as the system would raise it. */
export function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/**
 * The real host, with faults: `fail(call, n, code)` makes the n-th call (counted from 1) of that
 * file-system function throw, and `shortWrites(bytes)` lets every write take at most that many
 * bytes before the disk is full. Everything else touches the real disk.
 */
export function faultHost(overrides: Partial<Host> = {}): Host & {
  fail(call: Call, nth: number, code: string): void;
  fullAfter(bytes: number): void;
  calls: string[];
} {
  const failures = new Map<Call, { nth: number; code: string }>();
  const counts = new Map<Call, number>();
  const calls: string[] = [];
  let room = Number.POSITIVE_INFINITY;
  const count = (call: Call): void => {
    const n = (counts.get(call) ?? 0) + 1;
    counts.set(call, n);
    calls.push(call);
    const f = failures.get(call);
    if (f !== undefined && (f.nth === n || f.nth === 0)) throw systemError(f.code);
  };
  const wrapped = new Proxy(fs, {
    get(target, key: string) {
      const real = Reflect.get(target, key) as unknown;
      if (key === 'constants' || typeof real !== 'function') return real;
      if (key === 'writeSync') {
        return (fd: number, buffer: Uint8Array, offset = 0, length = buffer.length - offset) => {
          count('writeSync');
          if (room <= 0) throw systemError('ENOSPC');
          const n = Math.min(length, room);
          room -= n;
          return fs.writeSync(fd, buffer, offset, n);
        };
      }
      return (...args: unknown[]) => {
        count(key as Call);
        return (real as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as unknown as FileSystem;
  return {
    ...nodeHost,
    path: path.posix,
    fs: wrapped,
    sleep: () => undefined,
    ...overrides,
    calls,
    fail(call, nth, code) {
      failures.set(call, { nth, code });
    },
    fullAfter(bytes) {
      room = bytes;
    },
  };
}
