import { loadMessages } from './load-messages.js';
import { isIP } from 'node:net';
import { UserError } from '../core/errors.js';
import { sanitize } from '../core/sanitize.js';
import { scoreAssessment } from '../core/scoring/score.js';
import { packTargets } from '../core/scoring/targets.js';
import type { Answers, Rubric } from '../core/types.js';
import type { AnswersFile } from '../store/answers-file.js';
import { startInterviewServer, type Limits, type RunningServer } from '../web/interview-server.js';
import { InterviewState } from '../web/interview-state.js';
import { commandLine } from './command-line.js';
import { formatIssue } from './format-issue.js';
import type { Io } from './io.js';
import { fontsFolder } from './package-root.js';
import { pdfReport } from './pdf-report.js';
import { scoringFlags } from './scoring-flags.js';
import { gretVersion } from './version.js';

/** Exit codes of a stop by signal: 128 + the signal's number, as shells report them. */
const STOPPED_BY = { SIGINT: 130, SIGTERM: 143 } as const;

/** An answers file opened for answering in the browser, and the name of its group in a workshop. */
export interface OpenedFile {
  readonly file: string;
  readonly session: AnswersFile;
  readonly group?: string;
}

export interface ServeRooms {
  readonly host: string;
  readonly port: number;
  readonly rubric: Rubric;
  /** The pack folder given with --rubric, for the commands the pages suggest. */
  readonly rubricDir: string | undefined;
  readonly files: readonly OpenedFile[];
  readonly facilitator: boolean;
  readonly limits?: Partial<Limits>;
}

/**
 * Serves answers files to browsers (`gret serve`, `gret workshop`): the one place the terminal
 * front end starts the web one. Says first what opening each file had to do, says a start that
 * fails in words (a port in use, an address not of this computer), tells `started` the links,
 * then runs until Ctrl+C or SIGTERM and stops, letting the saves under way finish. Returns the
 * exit code of the signal.
 */
export async function serveRooms(io: Io, options: ServeRooms, started: (server: RunningServer) => void | Promise<void>): Promise<number> {
  if (isIP(options.host) === 0) {
    throw new UserError('BAD_HOST', { key: 'errors.serve.not_ip', values: { host: options.host } }, { hint: { key: 'errors.serve.not_ip_hint' } });
  }
  // Every request must name the address listened on (against DNS rebinding), and "every address" is not one a browser can name.
  if (options.host === '0.0.0.0' || options.host === '::') {
    throw new UserError('BAD_HOST', { key: 'errors.serve.every_address', values: { host: options.host } }, { hint: { key: 'errors.serve.every_address_hint' } });
  }
  const { rubric, rubricDir } = options;
  const score = (given: Answers) => scoreAssessment(rubric, given, packTargets(rubric), { version: gretVersion() });
  // The pages are in English for now: their problems with a typed answer are too.
  const messages = loadMessages('en');
  const rooms = options.files.map(({ file, session, group }) => {
    for (const n of session.notices) io.err(`${sanitize(messages.t('notes.note', { text: messages.say(n) }))}\n`);
    for (const w of session.loaded.warnings) io.err(`${formatIssue(w, { colour: false })}\n`);
    return {
      ...(group === undefined ? {} : { group }),
      state: new InterviewState(rubric, session, score, messages),
      shownFile: sanitize(file),
      reportCommand: commandLine('gret', 'report', file, '-o', 'report.pdf', ...scoringFlags({ rubric: rubricDir })),
      reports: [{ file: 'report.pdf', type: 'application/pdf', label: 'the report as PDF', render: () => pdfReport(io, file, rubricDir) }],
    };
  });
  const server = await listen(() =>
    startInterviewServer({ host: options.host, port: options.port, rooms, facilitator: options.facilitator, fontsFolder, ...(options.limits === undefined ? {} : { limits: options.limits }) }),
  );
  const stopped = untilStopped();
  await started(server);
  const code = await stopped;
  await server.stop();
  return code;
}

async function listen<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UserError('PORT_IN_USE', { key: 'errors.serve.port_in_use' }, { hint: { key: 'errors.serve.port_in_use_hint' } });
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES') {
      throw new UserError('CANNOT_LISTEN', { key: 'errors.serve.cannot_listen' }, { hint: { key: 'errors.serve.cannot_listen_hint' } });
    }
    throw error;
  }
}

function untilStopped(): Promise<number> {
  return new Promise((resolve) => {
    const handlers = Object.entries(STOPPED_BY).map(([signal, code]) => {
      const handler = (): void => {
        for (const [s, h] of handlers) process.off(s, h);
        resolve(code);
      };
      process.on(signal, handler);
      return [signal, handler] as const;
    });
  });
}
