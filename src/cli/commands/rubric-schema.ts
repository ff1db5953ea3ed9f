import { rubricJsonSchema } from '../../core/rubric/json-schema.js';
import { writeFile } from '../../store/write-files.js';
import type { Io } from '../io.js';

export async function rubricSchema(io: Io, opts: { output?: string }): Promise<number> {
  const text = `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;
  if (opts.output === undefined) io.out(text);
  else writeFile(opts.output, text);
  return 0;
}
