import { loadMessages } from './load-messages.js';
import { isIP } from 'node:net';
import { UserError } from '../core/errors.js';
import { sanitize } from '../core/sanitize.js';
import { scoreAssessment } from '../core/scoring/score.js';
import { packTargets } from '../core/scoring/targets.js';
import type { Answers, Rubric } from '../core/types.js';
import type { AnswersFile } from '../store/answers-file.js';
import { readWorkshopLinks, writeWorkshopLinks } from '../store/workshop-links.js';
import { startInterviewServer, type Limits, type ReportDownload, type RunningServer } from '../web/interview-server.js';
import { InterviewState } from '../web/interview-state.js';
import { commandLine } from './command-line.js';
import { formatIssue } from './format-issue.js';
import type { Io } from './io.js';
import { fontsFolder } from './package-root.js';
import { aggregate } from './commands/aggregate.js';
import { report } from './commands/report.js';
import { commandOutput } from './command-output.js';
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
  /** The language of the pages, as `runLanguage` chose it. */
  readonly language: string;
  /** The rubric in that language (see translated-rubric.ts). */
  readonly rubric: Rubric;
  /** The pack folder given with --rubric, for the commands the pages suggest. */
  readonly rubricDir: string | undefined;
  readonly files: readonly OpenedFile[];
  readonly facilitator: boolean;
  /** The folder of a workshop's answers files, for the workshop report the facilitator's page offers. */
  readonly workshopFolder?: string;
  readonly limits?: Partial<Limits>;
  /**
   * Where the join links are kept from one run to the next (a workshop's folder, see
   * store/workshop-links.ts); without it, every run makes new ones.
   */
  readonly linksFile?: string;
}

/** Whether the links printed are those of the last run on the same files: `first` when there was none. */
export type LinksKept = 'first' | 'same' | 'changed';

/**
 * Serves answers files to browsers (`gret serve`, `gret workshop`): the one place the terminal
 * front end starts the web one. Says first what opening each file had to do, says a start that
 * fails in words (a port in use, an address not of this computer), tells `started` the links,
 * then runs until Ctrl+C or SIGTERM and stops, letting the saves under way finish. Returns the
 * exit code of the signal.
 */
export async function serveRooms(io: Io, options: ServeRooms, started: (server: RunningServer, links: LinksKept) => void | Promise<void>): Promise<number> {
  if (isIP(options.host) === 0) {
    throw new UserError('BAD_HOST', { key: 'errors.serve.not_ip', values: { host: options.host } }, { hint: { key: 'errors.serve.not_ip_hint' } });
  }
  // Every request must name the address listened on (against DNS rebinding), and "every address" is not one a browser can name.
  if (options.host === '0.0.0.0' || options.host === '::') {
    throw new UserError('BAD_HOST', { key: 'errors.serve.every_address', values: { host: options.host } }, { hint: { key: 'errors.serve.every_address_hint' } });
  }
  const { rubric, rubricDir } = options;
  const score = (given: Answers) => scoreAssessment(rubric, given, packTargets(rubric), { version: gretVersion() });
  const messages = loadMessages(options.language);
  const rooms = options.files.map(({ file, session, group }) => {
    for (const n of session.notices) io.err(`${sanitize(messages.t('notes.note', { text: messages.say(n) }))}\n`);
    for (const w of session.loaded.warnings) io.err(`${formatIssue(w, messages)}\n`);
    return {
      ...(group === undefined ? {} : { group }),
      state: new InterviewState(rubric, session, score),
      shownFile: sanitize(file),
      reportCommand: commandLine('gret', 'report', file, '-o', 'report.pdf', ...scoringFlags({ rubric: rubricDir })),
      reports: (['html', 'pdf'] as const).map((format) => reportDownload(io, `report.${format}`, messages.t(`web.live.report_${format}`), (quiet, output) => report(quiet, file, { output, format, lang: options.language, ...rubricFlag(rubricDir) }))),
    };
  });
  const folder = options.workshopFolder;
  const workshopReports =
    folder === undefined
      ? []
      : (['html', 'pdf'] as const).map((format) =>
          reportDownload(io, `workshop-report.${format}`, messages.t(`web.live.workshop_report_${format}`), (quiet, output) => aggregate(quiet, [folder], { output, format, workshop: true, lang: options.language, ...rubricFlag(rubricDir) })),
        );
  const kept = options.linksFile === undefined ? undefined : readWorkshopLinks(options.linksFile);
  const names = options.files.map(({ file, group }) => group ?? file);
  const start = (port: number): Promise<RunningServer> =>
    listen(() =>
      startInterviewServer({
        host: options.host,
        port,
        rooms,
        facilitator: options.facilitator,
        workshopReports,
        fontsFolder,
        messages,
        ...(kept === undefined ? {} : { joinTokens: [...names.map((n) => kept.groups.get(n)), kept.facilitator] }),
        ...(options.limits === undefined ? {} : { limits: options.limits }),
      }),
    );
  // The port of the last run, unless another is asked for; taken meanwhile by another program, any free one.
  const server = options.port === 0 && kept !== undefined ? await start(kept.port).catch((error: unknown) => (error instanceof UserError && error.code === 'PORT_IN_USE' ? start(0) : Promise.reject(error))) : await start(options.port);
  let links: LinksKept = 'first';
  if (options.linksFile !== undefined) {
    const port = Number(new URL(server.origin).port);
    const same = kept !== undefined && kept.host === options.host && kept.port === port && names.every((n) => kept.groups.has(n));
    // Groups of earlier runs keep their tokens too, should they come back.
    const groups = new Map([...(kept?.groups ?? []), ...names.map((n, k): [string, string] => [n, server.joinTokens[k] ?? ''])]);
    try {
      if (!same) writeWorkshopLinks(options.linksFile, { host: options.host, port, facilitator: server.joinTokens[names.length] ?? '', groups });
    } catch (error) {
      await server.stop();
      throw error;
    }
    links = kept === undefined ? 'first' : same ? 'same' : 'changed';
  }
  const stopped = untilStopped();
  await started(server, links);
  const code = await stopped;
  await server.stop();
  return code;
}

/**
 * A report the pages offer, written when asked for by the command the terminal runs for it, on
 * the answers as they are on disk then: a web page to open, a PDF to save.
 */
function reportDownload(io: Io, file: string, label: string, write: (quiet: Io, output: string) => Promise<number>): ReportDownload {
  const html = file.endsWith('.html');
  return {
    file,
    label,
    type: html ? 'text/html; charset=utf-8' : 'application/pdf',
    disposition: html ? 'inline' : 'attachment',
    render: async () => commandOutput(io, file, write),
  };
}

const rubricFlag = (rubricDir: string | undefined): { rubric?: string } => (rubricDir === undefined ? {} : { rubric: rubricDir });

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
