import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { closest } from '../../core/answers/closest.js';
import type { Assessment } from '../../core/assessment.js';
import { UserError } from '../../core/errors.js';
import { InterviewCancelled } from '../../core/interview/prompter.js';
import { runInterview } from '../../core/interview/run-interview.js';
import { scoreAssessment } from '../../core/scoring/score.js';
import { packTargets } from '../../core/scoring/targets.js';
import type { Answer, Answers } from '../../core/types.js';
import { renderInterviewEnd } from '../../report/terminal/interview-end.js';
import { renderSummary } from '../../report/terminal/summary.js';
import { wrap } from '../../report/terminal/wrap.js';
import { answersText, setAnswer } from '../answers-document.js';
import { commandLine } from '../command-line.js';
import { writeAtomic } from '../files.js';
import { formatIssue } from '../format-issue.js';
import type { Io } from '../io.js';
import { loadAnswers } from '../load-answers.js';
import { loadRubric } from '../load-rubric.js';
import { terminalStyle } from '../terminal-style.js';
import { gretVersion } from '../version.js';

export interface AssessFlags {
  readonly rubric?: string;
  readonly review?: boolean;
  readonly dimension?: string;
  readonly indicator?: string;
  readonly onlyUnanswered?: boolean;
}

/** Runs the interview on an answers file, saving it after every answer. */
export async function assess(io: Io, file: string, flags: AssessFlags): Promise<number> {
  if (!io.stdinIsTty) {
    throw new UserError('NOT_A_TERMINAL', '`gret assess` asks its questions in a terminal, and its input is not one.', {
      hint:
        'To answer without a terminal, fill in a blank answer sheet and score it:\n' +
        '  gret template -o answers.yaml   # every question, with its guidance and levels\n' +
        '  (fill in answers.yaml in any text editor)\n' +
        '  gret score answers.yaml',
    });
  }
  if (!existsSync(file)) {
    throw new UserError('FILE_NOT_FOUND', `There is no assessment ${file} yet.`, { hint: `Create it first: ${commandLine('gret', 'init', file)}` });
  }
  const { rubric } = await loadRubric(flags.rubric);
  const { answers, warnings, yaml } = loadAnswers(file, rubric);
  if (flags.dimension !== undefined && !rubric.dimensions.some((d) => d.id === flags.dimension)) {
    throw new UserError('UNKNOWN_DIMENSION', `${rubric.id} has no dimension "${flags.dimension}".`, {
      hint: `Its dimensions are: ${rubric.dimensions.map((d) => d.id).join(', ')}.`,
    });
  }
  if (flags.indicator !== undefined && !rubric.dimensions.some((d) => d.indicators.some((i) => i.id === flags.indicator))) {
    const guess = closest(flags.indicator, rubric.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
    throw new UserError('UNKNOWN_INDICATOR', `${rubric.id} has no indicator "${flags.indicator}"${guess === undefined ? '' : ` (did you mean "${guess}"?)`}.`, {
      hint: `To see them all: ${commandLine('gret', 'rubric', 'list', ...(flags.rubric === undefined ? [] : ['--rubrics', dirname(flags.rubric)]))}`,
    });
  }
  for (const w of warnings) io.err(`${formatIssue(w, { colour: false })}\n`);

  const rubricArgs = flags.rubric === undefined ? [] : ['--rubric', flags.rubric];
  const resume = commandLine('gret', 'assess', file, ...rubricArgs);
  const style = await terminalStyle(io.colour);
  const { terminalPrompter } = await import('../prompter.js');
  const prompter = terminalPrompter({ write: io.out, style, columns: io.columns, rows: process.stdout.rows ?? 24 });
  const save = (indicatorId: string, answer: Answer): void => {
    setAnswer(yaml.doc, rubric, indicatorId, answer);
    writeAtomic(file, answersText(yaml.doc));
  };

  io.out(`${style.bold(wrap(`${answers.meta.ministry}, ${answers.meta.country}: ${rubric.title}`, io.columns))}\n`);
  const score = (given: Answers): Assessment => scoreAssessment(rubric, given, packTargets(rubric), { version: gretVersion() });
  let result;
  try {
    result = await runInterview(rubric, answers, prompter, save, {
      review: flags.review === true,
      ...(flags.dimension === undefined ? {} : { dimension: flags.dimension }),
      ...(flags.indicator === undefined ? {} : { indicator: flags.indicator }),
      score,
    });
  } catch (error) {
    if (!(error instanceof InterviewCancelled)) throw error;
    io.err(`\nStopped. Every answer given so far is saved in ${file}.\nTo carry on where you left off: ${resume}\n`);
    return 130;
  }

  const assessment = score(result.answers);
  io.out(`${style.dim('─'.repeat(io.columns))}\n`);
  io.out(renderSummary(assessment, { style, columns: io.columns, top: 3 }));
  io.out(renderInterviewEnd(assessment, { style, columns: io.columns }));
  const open = assessment.coverage.unanswered;
  io.out(`\nYour answers are saved in ${file}.\n`);
  if (open > 0) io.out(`To answer the ${open === 1 ? 'one still open' : `${open} still open`}: ${resume}\n`);
  io.out(`To write the report: ${commandLine('gret', 'report', file, '-o', 'report.pdf', ...rubricArgs)}\n`);
  return 0;
}
