import { dirname } from 'node:path';
import { closest } from '../../core/answers/closest.js';
import type { Assessment } from '../../core/assessment.js';
import { UserError } from '../../core/errors.js';
import { BACK, InterviewCancelled } from '../../core/interview/prompter.js';
import { answerOnFileInWords } from '../../core/answers/answer-in-words.js';
import { runInterview } from '../../core/interview/run-interview.js';
import { scoreAssessment } from '../../core/scoring/score.js';
import { packTargets } from '../../core/scoring/targets.js';
import { sanitize } from '../../core/sanitize.js';
import type { Answer, Answers, Indicator, Rubric } from '../../core/types.js';
import type { AnswersFile } from '../../store/answers-file.js';
import { renderInterviewEnd } from '../../report/terminal/interview-end.js';
import { renderSummary } from '../../report/terminal/summary.js';
import { wrap } from '../../report/terminal/wrap.js';
import type { Conflict, ConflictChoice, SaveReport } from '../../store/answers-file.js';
import { loadAnswers } from '../../store/load-answers.js';
import { commandLine } from '../command-line.js';
import { scoringFlags } from '../scoring-flags.js';
import { formatIssue } from '../format-issue.js';
import type { Io } from '../io.js';
import { loadRubric } from '../load-rubric.js';
import { runLanguage } from '../run-language.js';
import { loadMessages } from '../load-messages.js';
import type { Messages } from '../../core/messages/messages.js';
import { translatedRubric } from '../translated-rubric.js';
import { metaLanguage, openAssessment, peekAnswers } from '../open-assessment.js';
import { packFolder } from '../pack-folder.js';
import { terminalStyle } from '../terminal-style.js';
import { gretVersion } from '../version.js';

export interface AssessFlags {
  readonly rubric?: string;
  readonly review?: boolean;
  readonly dimension?: string;
  readonly indicator?: string;
  readonly onlyUnanswered?: boolean;
  readonly lang?: string;
}

/** Runs the interview on an answers file, saving it after every answer. */
export async function assess(io: Io, file: string, flags: AssessFlags): Promise<number> {
  if (!io.stdinIsTty) {
    throw new UserError('NOT_A_TERMINAL', { key: 'errors.assess.not_a_terminal' }, { hint: { key: 'errors.assess.not_a_terminal_hint' } });
  }
  // The pack comes before the session: which pack a new file names decides the questions.
  const peeked = peekAnswers(file);
  const pack = await loadRubric(flags.rubric ?? packFolder(undefined, peeked));
  const language = runLanguage(flags.lang, metaLanguage(peeked));
  const { rubric } = await translatedRubric(pack.rubric, pack.dir, language);
  if (flags.dimension !== undefined && !rubric.dimensions.some((d) => d.id === flags.dimension)) {
    throw new UserError('UNKNOWN_DIMENSION', { key: 'errors.assess.unknown_dimension', values: { pack: rubric.id, dimension: flags.dimension } }, {
      hint: { key: 'errors.assess.unknown_dimension_hint', values: { dimensions: rubric.dimensions.map((d) => d.id).join(', ') } },
    });
  }
  if (flags.indicator !== undefined && !rubric.dimensions.some((d) => d.indicators.some((i) => i.id === flags.indicator))) {
    const guess = closest(flags.indicator, rubric.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
    throw new UserError(
      'UNKNOWN_INDICATOR',
      guess === undefined
        ? { key: 'errors.assess.unknown_indicator', values: { pack: rubric.id, indicator: flags.indicator } }
        : { key: 'errors.assess.unknown_indicator_guess', values: { pack: rubric.id, indicator: flags.indicator, guess } },
      { hint: { key: 'errors.assess.unknown_indicator_hint', values: { command: commandLine('gret', 'rubric', 'list', ...(flags.rubric === undefined ? [] : ['--rubrics', dirname(flags.rubric)])) } } },
    );
  }
  const session = openAssessment(file, rubric, commandLine('gret', 'assess', file));
  try {
    return await interview(io, session, rubric, flags, loadMessages(language));
  } finally {
    session.close();
  }
}

async function interview(io: Io, session: AnswersFile, rubric: Rubric, flags: AssessFlags, messages: Messages): Promise<number> {
  const { file } = session;
  const { answers, warnings } = session.loaded;
  for (const n of session.notices) io.err(`${wrap(sanitize(messages.t('notes.note', { text: messages.say(n) })), io.columns)}\n`);
  for (const w of warnings) io.err(`${formatIssue(w, messages)}\n`);

  const rubricArgs = scoringFlags({ rubric: flags.rubric });
  const shown = sanitize(file);
  const resume = commandLine('gret', 'assess', file, ...rubricArgs);
  const style = await terminalStyle(io);
  const { terminalPrompter } = await import('../prompter.js');
  const prompter = terminalPrompter({ messages, write: io.out, style, columns: io.columns, rows: io.rows });
  const indicatorOf = (id: string): Indicator | undefined => rubric.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id);
  const { t } = messages;
  const title = (id: string): string => (id === 'meta' ? t('assess.meta_section') : t('assess.quoted_title', { title: indicatorOf(id)?.title ?? id }));
  const choose = async (conflict: Conflict): Promise<ConflictChoice> => {
    const indicator = indicatorOf(conflict.indicatorId);
    io.out(`${wrap(t('assess.conflict', { file: shown, title: title(conflict.indicatorId) }), io.columns)}\n`);
    for (;;) {
      const kept = await prompter.select<ConflictChoice>({
        message: t('assess.keep'),
        choices: [
          { value: 'mine', name: t('assess.keep_mine', { answer: indicator === undefined ? conflict.mine.status : answerOnFileInWords(indicator, conflict.mine, messages) }) },
          { value: 'theirs', name: t('assess.keep_theirs', { answer: entryText(conflict.theirs, messages) }) },
        ],
      });
      // No way back is offered here: the answer is given, only where it goes is open.
      if (kept !== BACK) return kept;
    }
  };
  const tell = (indicatorId: string, report: SaveReport): void => {
    if (report.recreated === true) io.out(`${wrap(t('notes.note', { text: t('assess.recreated', { file: shown }) }), io.columns)}\n`);
    if (report.merged.length > 0) {
      io.out(`${wrap(t('notes.note', { text: t('assess.merged', { file: shown, changed: report.merged.map(title).join(', '), title: title(indicatorId) }) }), io.columns)}\n`);
    }
    if (report.conflict !== undefined) {
      const other = { file: sanitize(report.conflict.otherFile) };
      io.out(`${wrap(t(report.conflict.kept === 'mine' ? 'assess.kept_theirs_in' : 'assess.kept_mine_in', other), io.columns)}\n`);
    }
  };
  const save = async (indicatorId: string, answer: Answer): Promise<ReadonlyMap<string, Answer> | undefined> => {
    const report = await session.save(indicatorId, answer, choose);
    tell(indicatorId, report);
    // Answers given in the file meanwhile join the interview, so it does not ask them again.
    return report.merged.length > 0 || report.conflict?.kept === 'theirs' ? session.answers()?.answers : undefined;
  };

  io.out(`${style.bold(wrap(`${answers.meta.ministry}, ${answers.meta.country}: ${rubric.title}`, io.columns))}\n`);
  const score = (given: Answers): Assessment => scoreAssessment(rubric, given, packTargets(rubric), { version: gretVersion() });
  try {
    await runInterview(rubric, answers, prompter, save, {
      review: flags.review === true,
      ...(flags.dimension === undefined ? {} : { dimension: flags.dimension }),
      ...(flags.indicator === undefined ? {} : { indicator: flags.indicator }),
      score,
    });
  } catch (error) {
    if (!(error instanceof InterviewCancelled)) throw error;
    io.err(`\n${t('assess.stopped', { file: shown })}\n${t('assess.carry_on', { command: resume })}\n`);
    return 130;
  }

  // Read back what the file now holds: it may have gained answers from outside while the interview ran.
  const assessment = score(loadAnswers(file, rubric).answers);
  io.out(`${style.dim(style.glyphs.rule.repeat(io.columns))}\n`);
  io.out(renderSummary(assessment, { messages, style, columns: io.columns, top: 3 }));
  io.out(renderInterviewEnd(assessment, { messages, style, columns: io.columns }));
  const open = assessment.coverage.unanswered;
  io.out(`\n${t('assess.saved_in', { file: shown })}\n`);
  if (open > 0) io.out(`${t('assess.still_open', { count: open, command: resume })}\n`);
  io.out(`${t('assess.write_report', { command: commandLine('gret', 'report', file, '-o', 'report.pdf', ...rubricArgs) })}\n`);
  return 0;
}

/** An answer as another program left it in the file, shown as its fields: it need not be valid. */
function entryText(entry: unknown, messages: Messages): string {
  if (entry === undefined || entry === null) return messages.t('assess.no_answer');
  const text =
    typeof entry === 'object'
      ? Object.entries(entry as Record<string, unknown>)
          .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
          .join(', ')
      : String(entry);
  return sanitize(text.length > 160 ? `${text.slice(0, 159)}…` : text);
}
