import { existsSync } from 'node:fs';
import { UserError } from '../../core/errors.js';
import { renderAnswerSheet } from '../../report/sheet/answer-sheet.js';
import { renderPaperQuestionnaire } from '../../report/sheet/paper-questionnaire.js';
import { sanitize } from '../../core/sanitize.js';
import { commandLine } from '../command-line.js';
import { scoringFlags } from '../scoring-flags.js';
import { writeFile } from '../../store/write-files.js';
import type { Io } from '../io.js';
import { loadRubric } from '../load-rubric.js';
import { runLanguage } from '../run-language.js';
import { translatedRubric } from '../translated-rubric.js';

export interface TemplateFlags {
  readonly rubric?: string;
  readonly format: 'yaml' | 'md';
  readonly output?: string;
  readonly force?: boolean;
  readonly lang?: string;
}

const renderers = { yaml: renderAnswerSheet, md: renderPaperQuestionnaire } as const;

/** Prints or writes a blank answer sheet (YAML, to fill in an editor) or a paper questionnaire (Markdown). */
export async function template(io: Io, flags: TemplateFlags): Promise<number> {
  const pack = await loadRubric(flags.rubric);
  const { rubric } = await translatedRubric(pack.rubric, pack.dir, runLanguage(flags.lang));
  const text = renderers[flags.format](rubric);
  if (flags.output === undefined) {
    io.out(text);
    return 0;
  }
  // A filled-in answers file must never be replaced by a blank one by accident.
  if (existsSync(flags.output) && flags.force !== true) {
    throw new UserError('FILE_EXISTS', `${flags.output} already exists; gret template does not overwrite it.`, {
      hint: 'Choose another name with -o, or add --force to replace it.',
    });
  }
  writeFile(flags.output, text);
  io.err(
    flags.format === 'yaml'
      ? `Wrote ${sanitize(flags.output)}. Fill in meta and the answers, then check and score it with: ${commandLine('gret', 'score', flags.output, ...scoringFlags(flags))}\n`
      : `Wrote ${sanitize(flags.output)}, a questionnaire to print.\n`,
  );
  return 0;
}
