import { sanitize } from '../../core/sanitize.js';
import { commandLine } from '../command-line.js';
import type { Io } from '../io.js';
import { loadMessages } from '../load-messages.js';
import { loadRubric } from '../load-rubric.js';
import { metaLanguage, openAssessment, peekAnswers } from '../open-assessment.js';
import { packFolder } from '../pack-folder.js';
import { runLanguage } from '../run-language.js';
import { scoringFlags } from '../scoring-flags.js';
import { serveRooms } from '../serve-rooms.js';
import { translatedRubric } from '../translated-rubric.js';

export interface ServeFlags {
  readonly rubric?: string;
  readonly host: string;
  readonly port: number;
  readonly lang?: string;
}

/**
 * Serves the interview of one answers file to a browser on this computer, with the same store
 * (saves, lock, outside edits) and the same answer rules as `gret assess`. Runs until Ctrl+C or
 * SIGTERM, then lets the saves under way finish and closes the file.
 */
export async function serve(io: Io, file: string, flags: ServeFlags): Promise<number> {
  const peeked = peekAnswers(file);
  const pack = await loadRubric(flags.rubric ?? packFolder(undefined, peeked));
  // The language of `gret assess` on the same file: --lang, the file's, the locale's, English.
  const language = runLanguage(flags.lang, metaLanguage(peeked));
  const { rubric } = await translatedRubric(pack.rubric, pack.dir, language);
  const session = openAssessment(file, rubric, commandLine('gret', 'serve', file));
  try {
    const shownFile = sanitize(file);
    const { t } = loadMessages(language);
    const options = { host: flags.host, port: flags.port, language, rubric, rubricDir: flags.rubric, files: [{ file, session }], facilitator: false };
    const code = await serveRooms(io, options, (server) => {
      if (!['127.0.0.1', '::1'].includes(flags.host)) io.err(`${t('notes.note', { text: t('serve.listening_wide', { host: flags.host }) })}\n`);
      io.out(`${t('serve.ready', { file: shownFile })}\n`);
      io.out(`${server.links[0] ?? ''}\n`);
      io.out(`${t('serve.how_to_stop')}\n`);
    });
    io.err(`\n${t('serve.stopped', { file: shownFile })}\n${t('serve.carry_on', { command: commandLine('gret', 'serve', file, ...scoringFlags({ rubric: flags.rubric })) })}\n`);
    return code;
  } finally {
    session.close();
  }
}
