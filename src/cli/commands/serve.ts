import { sanitize } from '../../core/sanitize.js';
import { commandLine } from '../command-line.js';
import type { Io } from '../io.js';
import { loadMessages } from '../load-messages.js';
import { loadRubric } from '../load-rubric.js';
import { runLanguage } from '../run-language.js';
import { openAssessment, peekAnswers } from '../open-assessment.js';
import { packFolder } from '../pack-folder.js';
import { scoringFlags } from '../scoring-flags.js';
import { serveRooms } from '../serve-rooms.js';

export interface ServeFlags {
  readonly rubric?: string;
  readonly host: string;
  readonly port: number;
}

/**
 * Serves the interview of one answers file to a browser on this computer, with the same store
 * (saves, lock, outside edits) and the same answer rules as `gret assess`. Runs until Ctrl+C or
 * SIGTERM, then lets the saves under way finish and closes the file.
 */
export async function serve(io: Io, file: string, flags: ServeFlags): Promise<number> {
  const { rubric } = await loadRubric(flags.rubric ?? packFolder(undefined, peekAnswers(file)));
  const session = openAssessment(file, rubric, commandLine('gret', 'serve', file));
  try {
    const shownFile = sanitize(file);
    const { t } = loadMessages(runLanguage(undefined, session.loaded.answers.meta.language));
    const options = { host: flags.host, port: flags.port, rubric, rubricDir: flags.rubric, files: [{ file, session }], facilitator: false };
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
