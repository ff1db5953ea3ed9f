import { afterEach } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gret, GRET, ROOT } from './run-gret.js';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', left: '\x1b[D', escape: '\x1b', space: ' ', ctrlC: '\x03' } as const;

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g;

/**
 * The built CLI run in a pseudo-terminal (util-linux `script`), driven like a person at the
 * keyboard: wait for a prompt to appear, then type. The inner shell prints its pid and execs
 * node, so the test can kill gret itself without a chance to clean up.
 */
export class TerminalSession {
  private raw = '';
  private consumed = 0;
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(args: readonly string[], cwd: string) {
    const command = ['stty cols 80 rows 30;', 'echo GRET_PID=$$;', 'exec', quote(process.execPath), quote(GRET), ...args.map(quote)].join(' ');
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', TERM: 'xterm', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.raw += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Everything shown so far, without terminal escape sequences. */
  get screen(): string {
    return this.raw.replace(ANSI, '');
  }

  /** Waits until `text` appears after everything already waited for, and moves past it. */
  async waitFor(text: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.screen.indexOf(text, this.consumed);
      if (at !== -1) {
        this.consumed = at + text.length;
        return;
      }
      if (Date.now() > deadline) throw new Error(`"${text}" did not appear; the screen ends with:\n${this.screen.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  type(keys: string): void {
    this.child.stdin?.write(keys);
  }

  async answer(prompt: string, keys: string): Promise<void> {
    await this.waitFor(prompt);
    this.type(keys);
  }

  async gretPid(): Promise<number> {
    await this.waitFor('GRET_PID=');
    const match = /GRET_PID=(\d+)/.exec(this.screen);
    if (match?.[1] === undefined) throw new Error('no pid printed');
    return Number(match[1]);
  }

  close(): void {
    this.child.kill('SIGKILL');
  }
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The small pack the interview tests answer. */
export const INTERVIEW_PACK = join(ROOT, 'test', 'fixtures', 'interview-pack');

/** A new answers file for the interview pack, in a folder of its own: returns the folder. */
export function newInterviewAssessment(prefix: string): string {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const init = gret(['init', 'a.yaml', '--rubric', INTERVIEW_PACK, '--ministry', 'Ministry of Social Affairs', '--country', 'Laos', '--date', '2025-03-01'], { cwd: work });
  if (init.code !== 0) throw new Error(`gret init failed: ${init.stderr}`);
  return work;
}

/** Opens sessions for one test file and closes every one after each test, so no gret outlives its test. */
export function terminalSessions(): (args: readonly string[], cwd: string) => TerminalSession {
  const open: TerminalSession[] = [];
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });
  return (args, cwd) => {
    const s = new TerminalSession(args, cwd);
    open.push(s);
    return s;
  };
}
