import { writeAtomic } from './files.js';
import type { Io } from './io.js';

interface Renderer<Input> {
  render(input: Input): Promise<string | Uint8Array>;
}

/**
 * Renders every requested format, then writes each file atomically: everything is rendered
 * before anything is written, so a failure leaves no partial set of files behind.
 */
export async function writeReports<Format extends string, Input>(
  io: Io,
  reporters: Readonly<Record<Format, Renderer<Input>>>,
  formats: readonly Format[],
  paths: ReadonlyMap<Format, string>,
  input: Input,
): Promise<void> {
  const outputs: [string, string | Uint8Array][] = [];
  for (const format of formats) outputs.push([paths.get(format) ?? '', await reporters[format].render(input)]);
  for (const [path, content] of outputs) {
    writeAtomic(path, content);
    io.out(`Wrote ${path}\n`);
  }
}
