/** What a command may touch of the terminal: passed in so that tests can capture it. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colour on stdout: only on a terminal, and never when NO_COLOR is set. */
  readonly colour: boolean;
  readonly columns: number;
  readonly stdinIsTty: boolean;
  /** Standard error is a terminal: progress bars go there, never into a pipe or a log file. */
  readonly errIsTty: boolean;
  readonly errColumns: number;
  readonly rows: number;
}

export function processIo(): Io {
  const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    colour: process.stdout.isTTY === true && !noColor,
    columns: Math.max(40, Math.min(process.stdout.columns ?? 80, 120)),
    stdinIsTty: process.stdin.isTTY === true,
    errIsTty: process.stderr.isTTY === true,
    errColumns: process.stderr.columns ?? 80,
    rows: process.stdout.rows ?? 24,
  };
}
