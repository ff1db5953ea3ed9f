import { afterEach } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { GRET } from './run-gret.js';

export interface Spawned {
  readonly child: ChildProcess;
  /** What it printed up to the moment `ready` matched, and that match. */
  readonly out: string;
  readonly ready: RegExpExecArray;
  readonly exited: Promise<number | null>;
  stderr(): string;
  /** What a preloaded probe wrote to file descriptor 3 by the time the process exited. */
  readonly probed: Promise<string>;
}

/**
 * Starts the built gret as a long-running server (`serve`, `workshop`) and resolves once its
 * standard output matches `ready`; every one started is killed after its test. `probe` is a
 * script preloaded into the process (`node -r`), which may report on file descriptor 3.
 */
export function gretServers(): (args: readonly string[], cwd: string, ready: RegExp, options?: { probe?: string }) => Promise<Spawned> {
  const started: ChildProcess[] = [];
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return (args, cwd, ready, { probe } = {}) => {
    const child = spawn(process.execPath, [...(probe === undefined ? [] : ['-r', probe]), GRET, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '' }, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    started.push(child);
    let out = '';
    let err = '';
    let fd3 = '';
    const extra = child.stdio[3] as Readable;
    extra.on('data', (c: Buffer) => (fd3 += c.toString()));
    const probed = new Promise<string>((resolve) => extra.on('close', () => resolve(fd3)));
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return new Promise((resolve, reject) => {
      child.stdout?.on('data', (c: Buffer) => {
        out += c.toString();
        const match = ready.exec(out);
        if (match !== null) resolve({ child, out, ready: match, exited, stderr: () => err, probed });
      });
      void exited.then((code) => reject(new Error(`gret ${args[0] ?? ''} exited with ${code} before it was ready: ${err}`)));
    });
  };
}
