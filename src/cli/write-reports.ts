import { sanitize } from '../core/sanitize.js';
import { writeFiles } from '../store/write-files.js';
import type { Io } from './io.js';

interface Renderer<Input> {
  render(input: Input): Promise<string | Uint8Array>;
}

/**
 * Renders every requested format, then writes them as one set: all the files are written, or
 * (on a full disk, say) none is and the old ones stay as they were.
 */
export async function writeReports<Format extends string, Input>(
  io: Io,
  reporters: Readonly<Record<Format, Renderer<Input>>>,
  paths: ReadonlyMap<Format, string>,
  input: Input,
): Promise<void> {
  const outputs: { path: string; content: string | Uint8Array }[] = [];
  for (const [format, path] of paths) outputs.push({ path, content: await reporters[format].render(input) });
  writeFiles(outputs);
  for (const { path } of outputs) io.out(`Wrote ${sanitize(path)}\n`);
}
