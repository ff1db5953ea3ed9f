import * as fs from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';

/** The file system calls the store makes; tests pass a wrapped one to inject faults. */
export type FileSystem = Pick<
  typeof fs,
  | 'openSync'
  | 'readSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'fstatSync'
  | 'statSync'
  | 'lstatSync'
  | 'fchmodSync'
  | 'fchownSync'
  | 'renameSync'
  | 'unlinkSync'
  | 'linkSync'
  | 'copyFileSync'
  | 'realpathSync'
  | 'readdirSync'
  | 'constants'
>;

/**
 * Everything the store takes from the machine it runs on. The real one is `nodeHost`; tests build
 * others to play a full disk, a file held open by a virus scanner, or Windows paths on Linux.
 */
export interface Host {
  readonly fs: FileSystem;
  readonly path: typeof path.posix;
  readonly platform: NodeJS.Platform;
  readonly pid: number;
  readonly hostname: string;
  /** Whether a process of this machine is still running; true when the system will not say. */
  readonly isAlive: (pid: number) => boolean;
  readonly now: () => Date;
  /** Blocks for a moment: used between retries of a rename that another program blocks. */
  readonly sleep: (ms: number) => void;
}

export function processAlive(pid: number, signal: (pid: number, signal: 0) => unknown = (p, sig) => process.kill(p, sig)): boolean {
  try {
    signal(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user, which is as good as running.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

export const nodeHost: Host = {
  fs,
  path: process.platform === 'win32' ? path.win32 : path.posix,
  platform: process.platform,
  pid: process.pid,
  hostname: hostname(),
  isAlive: (pid) => processAlive(pid),
  now: () => new Date(),
  sleep: (ms) => {
    Atomics.wait(pause, 0, 0, ms);
  },
};
