import { terminalCapabilities, windowsCodePage, type TerminalCapabilities } from './terminal-capabilities.js';

/** What a command may touch of the terminal: passed in so that tests can capture it. */
export interface Io extends TerminalCapabilities {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly columns: number;
  readonly stdinIsTty: boolean;
  /** Standard error is a terminal: progress bars go there, never into a pipe or a log file. */
  readonly errIsTty: boolean;
  readonly errColumns: number;
  readonly rows: number;
}

export function processIo(): Io {
  let capabilities: TerminalCapabilities | undefined;
  // Decided on first use: on Windows it may ask the console for its code page.
  const terminal = (): TerminalCapabilities =>
    (capabilities ??= terminalCapabilities({ env: process.env, platform: process.platform, stdoutIsTty: process.stdout.isTTY === true, codePage: windowsCodePage }));
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    get colour() {
      return terminal().colour;
    },
    get unicode() {
      return terminal().unicode;
    },
    // Getters: Node builds each standard stream on first use, which `gret --help` need not pay for stdin.
    get columns() {
      return Math.max(40, Math.min(process.stdout.columns ?? 80, 120));
    },
    get stdinIsTty() {
      return process.stdin.isTTY === true;
    },
    get errIsTty() {
      return process.stderr.isTTY === true;
    },
    get errColumns() {
      return process.stderr.columns ?? 80;
    },
    get rows() {
      return process.stdout.rows ?? 24;
    },
  };
}
