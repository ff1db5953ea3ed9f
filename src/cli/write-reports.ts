import type { Messages } from '../core/messages/messages.js';
import { sanitize } from '../core/sanitize.js';
import type { Rendered, UnshapedText } from '../report/index.js';
import { writeFiles } from '../store/write-files.js';
import type { Io } from './io.js';

interface Renderer<Input> {
  render(input: Input): Promise<Rendered>;
}

const QUOTED_TEXTS = 5;
const QUOTED_LENGTH = 40;

function quote(text: string): string {
  const chars = [...text];
  return `"${chars.length > QUOTED_LENGTH ? `${chars.slice(0, QUOTED_LENGTH).join('')}…` : text}"`;
}

/** Names the text that looks plainer than it should, so the user can check it in the file. */
function describeUnshaped(path: string, { font, texts }: UnshapedText, messages: Messages): string {
  const shown = texts.slice(0, QUOTED_TEXTS).map(quote).join(', ');
  const more = texts.length - QUOTED_TEXTS;
  return sanitize(messages.t('output.unshaped', { file: path, font, count: texts.length, texts: more > 0 ? messages.t('output.and_more', { named: shown, count: more }) : shown }));
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
  messages: Messages,
): Promise<void> {
  const outputs: { path: string; rendered: Rendered }[] = [];
  for (const [format, path] of paths) outputs.push({ path, rendered: await reporters[format].render(input) });
  writeFiles(outputs.map(({ path, rendered }) => ({ path, content: rendered.content })));
  for (const { path, rendered } of outputs) announceWritten(io, path, rendered.warnings, messages);
}

/** Says a report was written, and what in it looks plainer than it should. */
export function announceWritten(io: Io, path: string, warnings: readonly UnshapedText[], messages: Messages): void {
  io.out(`${sanitize(messages.t('output.wrote', { file: path }))}\n`);
  for (const warning of warnings) io.err(`${describeUnshaped(path, warning, messages)}\n`);
}
