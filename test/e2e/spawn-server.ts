import { afterEach } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { GRET } from './run-gret.js';

export interface Spawned {
  readonly child: ChildProcess;
  /** What it printed up to the moment `ready` matched, and that match. */
  readonly out: string;
  readonly ready: RegExpExecArray;
  readonly exited: Promise<number | null>;
  stderr(): string;
}

/**
 * Starts the built gret as a long-running server (`serve`, `workshop`) and resolves once its
 * standard output matches `ready`; every one started is killed after its test.
 */
export function gretServers(): (args: readonly string[], cwd: string, ready: RegExp) => Promise<Spawned> {
  const started: ChildProcess[] = [];
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return (args, cwd, ready) => {
    const child = spawn(process.execPath, [GRET, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '' } });
    started.push(child);
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return new Promise((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const match = ready.exec(out);
        if (match !== null) resolve({ child, out, ready: match, exited, stderr: () => err });
      });
      void exited.then((code) => reject(new Error(`gret ${args[0] ?? ''} exited with ${code} before it was ready: ${err}`)));
    });
  };
}
