import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from './io.js';

/**
 * The file a report command writes, read back: the command runs as the terminal runs it, into a
 * folder of its own in the system's temporary folder, removed after. So the browser gets the
 * very bytes `gret report` or `gret aggregate` writes, made by the same code. What the command
 * would print to standard output (the file it wrote) is not said; its notes and warnings are.
 */
export async function commandOutput(io: Io, name: string, run: (quiet: Io, output: string) => Promise<number>): Promise<Buffer> {
  const folder = mkdtempSync(join(tmpdir(), 'gret-report-'));
  try {
    const output = join(folder, name);
    await run({ ...io, out: () => undefined }, output);
    return readFileSync(output);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
