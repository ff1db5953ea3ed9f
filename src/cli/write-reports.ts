import { sanitize } from '../core/sanitize.js';
import type { Rendered, UnshapedText } from '../report/index.js';
import { writeAtomic } from './files.js';
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
function describeUnshaped(path: string, { font, texts }: UnshapedText): string {
  const shown = texts.slice(0, QUOTED_TEXTS).map(quote).join(', ');
  const more = texts.length > QUOTED_TEXTS ? ` and ${texts.length - QUOTED_TEXTS} more` : '';
  const pieces = texts.length === 1 ? '1 piece of text, so it is' : `${texts.length} pieces of text, so they are`;
  return sanitize(
    `warning: ${path}: the font ${font} could not shape ${pieces} drawn letter by letter and marks may sit out of place: ${shown}${more}. ` +
      'The rest of the report is complete. Please report this as a bug in gret.',
  );
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
  const outputs: [string, Rendered][] = [];
  for (const format of formats) outputs.push([paths.get(format) ?? '', await reporters[format].render(input)]);
  for (const [path, { content, warnings }] of outputs) {
    writeAtomic(path, content);
    io.out(`Wrote ${path}\n`);
    for (const warning of warnings) io.err(`${describeUnshaped(path, warning)}\n`);
  }
}
