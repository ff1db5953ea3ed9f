import { indexPoints } from '../../core/scoring/points.js';
import { commandLine } from '../command-line.js';
import { evaluate } from '../evaluate.js';
import type { Io } from '../io.js';
import { renderJson } from '../../report/json.js';
import { decimalText } from '../../report/terminal/figures.js';
import { renderSummary } from '../../report/terminal/summary.js';
import { loadMessages } from '../load-messages.js';
import { scoringFlags } from '../scoring-flags.js';
import { terminalStyle } from '../terminal-style.js';

export interface ScoreFlags {
  readonly rubric?: string;
  readonly target?: number;
  readonly targets?: string;
  readonly nationalProfile?: string;
  readonly explain?: boolean;
  readonly json?: boolean;
  readonly failUnder?: number;
  readonly lang?: string;
}

export async function score(io: Io, file: string, flags: ScoreFlags): Promise<number> {
  const { assessment, language } = await evaluate({
    assessment: file,
    ...(flags.rubric === undefined ? {} : { rubric: flags.rubric }),
    ...(flags.target === undefined ? {} : { target: flags.target }),
    ...(flags.targets === undefined ? {} : { targets: flags.targets }),
    ...(flags.nationalProfile === undefined ? {} : { nationalProfile: flags.nationalProfile }),
    ...(flags.lang === undefined ? {} : { lang: flags.lang }),
  });
  const messages = loadMessages(language);
  if (flags.json === true) {
    io.out(renderJson(assessment));
  } else {
    io.out(renderSummary(assessment, { messages, style: await terminalStyle(io), columns: io.columns, explain: flags.explain === true }));
    io.out(`\n${messages.t('init.next', { command: commandLine('gret', 'report', file, '-o', 'report.pdf', ...scoringFlags(flags)) })}\n`);
  }
  if (flags.failUnder !== undefined) {
    const points = indexPoints(assessment.overall.score ?? 0);
    if (points < flags.failUnder) {
      io.err(`${messages.t('score.below_gate', { points: decimalText(points, 1, language), gate: flags.failUnder })}\n`);
      return 1;
    }
  }
  return 0;
}
