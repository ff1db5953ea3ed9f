import { isIP } from 'node:net';
import type { Answers } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import { sanitize } from '../../core/sanitize.js';
import { scoreAssessment } from '../../core/scoring/score.js';
import { packTargets } from '../../core/scoring/targets.js';
import { InterviewState } from '../../web/interview-state.js';
import { startInterviewServer } from '../../web/interview-server.js';
import { reporters } from '../../report/index.js';
import { commandLine } from '../command-line.js';
import { evaluate } from '../evaluate.js';
import { loadFont } from '../load-font.js';
import { loadRasteriser } from '../load-rasteriser.js';
import { loadTemplate } from '../load-template.js';
import { formatIssue } from '../format-issue.js';
import type { Io } from '../io.js';
import { loadRubric } from '../load-rubric.js';
import { openAssessment, peekAnswers } from '../open-assessment.js';
import { fontsFolder } from '../package-root.js';
import { packFolder } from '../pack-folder.js';
import { scoringFlags } from '../scoring-flags.js';
import { gretVersion } from '../version.js';

export interface ServeFlags {
  readonly rubric?: string;
  readonly host: string;
  readonly port: number;
}

/** Exit codes of a stop by signal: 128 + the signal's number, as shells report them. */
const STOPPED_BY = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Serves the interview of one answers file to a browser on this computer, with the same store
 * (saves, lock, outside edits) and the same answer rules as `gret assess`. Runs until Ctrl+C or
 * SIGTERM, then lets the saves under way finish and closes the file.
 */
export async function serve(io: Io, file: string, flags: ServeFlags): Promise<number> {
  if (isIP(flags.host) === 0) {
    throw new UserError('BAD_HOST', `"${sanitize(flags.host)}" is not an IP address.`, { hint: 'Give the address to listen on as numbers, such as 127.0.0.1 (this computer only), the default.' });
  }
  const { rubric } = await loadRubric(flags.rubric ?? packFolder(undefined, peekAnswers(file)));
  const session = openAssessment(file, rubric, commandLine('gret', 'serve', file));
  try {
    for (const n of session.notices) io.err(`${sanitize(`Note: ${n}`)}\n`);
    for (const w of session.loaded.warnings) io.err(`${formatIssue(w, { colour: false })}\n`);
    const score = (given: Answers) => scoreAssessment(rubric, given, packTargets(rubric), { version: gretVersion() });
    const state = new InterviewState(rubric, session, score);
    const shownFile = sanitize(file);
    const server = await listen(() =>
      startInterviewServer({
        host: flags.host,
        port: flags.port,
        state,
        fontsFolder,
        shownFile,
        reportCommand: commandLine('gret', 'report', file, '-o', 'report.pdf', ...scoringFlags({ rubric: flags.rubric })),
        reports: [{ file: 'report.pdf', type: 'application/pdf', label: 'the report as PDF', render: () => pdfReport(io, file, flags) }],
      }),
    );
    const stopped = untilStopped();
    if (!['127.0.0.1', '::1'].includes(flags.host)) io.err(`Note: listening on ${flags.host}, so other devices that can reach this address may ask for the page; only the link below lets them in.\n`);
    io.out(`The interview of ${shownFile} is ready. Open this link in a browser on this computer (it holds a private key, so do not share it):\n`);
    io.out(`${server.link}\n`);
    io.out('Every answer is saved as soon as it is given. Press Ctrl+C here to stop.\n');
    const code = await stopped;
    await server.stop();
    io.err(`\nStopped. Every answer given is saved in ${shownFile}.\nTo carry on: ${commandLine('gret', 'serve', file, ...scoringFlags({ rubric: flags.rubric }))}\n`);
    return code;
  } finally {
    session.close();
  }
}

/** The PDF report of the file as it now stands, as `gret report` writes it. */
async function pdfReport(io: Io, file: string, flags: ServeFlags): Promise<Uint8Array | string> {
  const { assessment } = await evaluate({ assessment: file, ...(flags.rubric === undefined ? {} : { rubric: flags.rubric }) });
  const template = loadTemplate(undefined, (text) => io.err(`${sanitize(`gret: note: ${text}`)}\n`));
  return (await reporters.pdf.render({ assessment, template, loadFont, loadRasteriser })).content;
}

async function listen<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UserError('PORT_IN_USE', 'That port is already in use.', { hint: 'Choose another with --port, or leave --port out to let gret pick a free one.' });
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES') throw new UserError('CANNOT_LISTEN', 'gret cannot listen on that address and port.', { hint: 'Use an address of this computer with --host, and a port above 1023 with --port.' });
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
