import { existsSync } from 'node:fs';
import { UserError } from '../../core/errors.js';
import { conjunction } from '../../core/messages/messages.js';
import { sheetFormats, type SheetFormatName } from '../../report/sheet/sheet-formats.js';
import { checkFolders } from '../../store/check-folders.js';
import { commandLine } from '../command-line.js';
import type { Io } from '../io.js';
import { loadFont } from '../load-font.js';
import { loadMessages } from '../load-messages.js';
import { templateNotice } from '../template-notice.js';
import { loadRubric } from '../load-rubric.js';
import { loadTemplate } from '../load-template.js';
import { localToday } from '../local-today.js';
import { outputFiles } from '../output-files.js';
import { scoringFlags } from '../scoring-flags.js';
import { writeReports } from '../write-reports.js';
import { runLanguage } from '../run-language.js';
import { translatedRubric } from '../translated-rubric.js';

export interface TemplateFlags {
  readonly rubric?: string;
  readonly format?: SheetFormatName;
  readonly output?: string;
  readonly template?: string;
  readonly force?: boolean;
  readonly lang?: string;
}

/**
 * Prints or writes a blank answer sheet (YAML, to fill in an editor) or a questionnaire to print
 * (Markdown, PDF or HTML). Without -o, text goes to standard output, a PDF or HTML page to questionnaire.pdf or .html.
 */
export async function template(io: Io, flags: TemplateFlags): Promise<number> {
  const paths = outputFiles(sheetFormats, flags.format, flags.output, 'questionnaire', 'yaml');
  const pack = await loadRubric(flags.rubric);
  const language = runLanguage(flags.lang);
  const { rubric } = await translatedRubric(pack.rubric, pack.dir, language);
  const messages = loadMessages(language);
  const sheetTemplate = await loadTemplate(flags.template, templateNotice(io, messages), language);
  const input = { rubric, template: sheetTemplate, loadFont, date: localToday() };
  const [only] = paths.keys();
  if (flags.output === undefined && paths.size === 1 && only !== undefined && sheetFormats[only].text) {
    const { content } = await sheetFormats[only].render(input);
    io.out(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
    return 0;
  }
  checkFolders(paths.values());
  // A filled-in answers file must never be replaced by a blank one by accident.
  const existing = [...paths.values()].filter((p) => existsSync(p));
  if (existing.length > 0 && flags.force !== true) {
    throw new UserError('FILE_EXISTS', { key: 'errors.template.exists', values: { count: existing.length, files: conjunction(existing) } }, { hint: { key: 'errors.template.exists_hint' } });
  }
  await writeReports(io, sheetFormats, paths, input, messages);
  const sheet = paths.get('yaml');
  const { t } = messages;
  io.err(`${sheet !== undefined ? t('template.fill_in', { command: commandLine('gret', 'score', sheet, ...scoringFlags(flags)) }) : t('template.print')}\n`);
  return 0;
}
