import { compareAssessments } from '../../core/compare/compare-assessments.js';
import type { Issue } from '../../core/issues.js';
import { sanitize } from '../../core/sanitize.js';
import type { Messages } from '../../core/messages/messages.js';
import type { Rubric } from '../../core/types.js';
import { compareReporters } from '../../report/compare/index.js';
import { renderCompareSummary } from '../../report/compare/render-compare-summary.js';
import { commandLine } from '../command-line.js';
import { resolveTargets } from '../evaluate.js';
import { formatIssue } from '../format-issue.js';
import type { Io } from '../io.js';
import { loadAnswers } from '../../store/load-answers.js';
import { loadRubric } from '../load-rubric.js';
import { runLanguage } from '../run-language.js';
import { translatedRubric } from '../translated-rubric.js';
import { scoringFlags } from '../scoring-flags.js';
import { terminalStyle } from '../terminal-style.js';
import { gretVersion } from '../version.js';
import { checkFolders } from '../../store/check-folders.js';
import { loadFont } from '../load-font.js';
import { loadMessages } from '../load-messages.js';
import { loadTemplate } from '../load-template.js';
import { templateNotice } from '../template-notice.js';
import { outputFiles } from '../output-files.js';
import { writeReports } from '../write-reports.js';

export interface CompareFlags {
  readonly output?: string;
  readonly format?: string;
  readonly rubric?: string;
  readonly target?: number;
  readonly targets?: string;
  readonly template?: string;
  readonly lang?: string;
}

/** Loads both files against the current pack and compares them; prints a summary, or writes the reports asked for. */
export async function compare(io: Io, baselineFile: string, followUpFile: string, flags: CompareFlags): Promise<number> {
  const toFiles = flags.output !== undefined || flags.format !== undefined;
  const paths = toFiles ? outputFiles(compareReporters, flags.format, flags.output, 'compare', 'pdf') : new Map();
  checkFolders(paths.values());

  const pack = await loadRubric(flags.rubric);
  const targets = await resolveTargets(pack.rubric, flags);
  const baseline = loadAnswers(baselineFile, pack.rubric);
  const followUp = loadAnswers(followUpFile, pack.rubric);
  // The follow-up is the newer file: its language is the one the ministry now works in.
  const language = runLanguage(flags.lang, followUp.answers.meta.language);
  const messages = loadMessages(language);
  const { rubric } = await translatedRubric(pack.rubric, pack.dir, language);
  const comparison = compareAssessments(
    rubric,
    { file: sanitize(baselineFile), answers: baseline.answers },
    { file: sanitize(followUpFile), answers: followUp.answers },
    targets,
    { version: gretVersion(), warnings: loadWarnings(rubric, [...baseline.warnings, ...followUp.warnings], baseline.answers.meta.ministry, followUp.answers.meta.ministry, messages) },
  );

  const template = await loadTemplate(flags.template, templateNotice(io, messages), language);
  if (!toFiles) {
    io.out(renderCompareSummary(comparison, { messages, style: await terminalStyle(io), columns: io.columns, readings: template.wording.readings }));
    io.out(`\n${messages.t('init.next', { command: commandLine('gret', 'compare', baselineFile, followUpFile, '-o', 'compare.pdf', ...scoringFlags(flags)) })}\n`);
    return 0;
  }
  await writeReports(io, compareReporters, paths, { comparison, template, loadFont }, messages);
  return 0;
}

/** Said in the run's language: the warnings go into the reports, which are in it too. */
function loadWarnings(rubric: Rubric, issues: readonly Issue[], baselineMinistry: string, followUpMinistry: string, messages: Messages): string[] {
  // Answers to indicators the change log says were removed are listed by the comparison itself.
  const removed = new Set(rubric.changes.flatMap((c) => c.removed));
  const warnings = issues.filter((w) => !(w.code === 'INDICATOR_REMOVED' && removed.has(String(w.path[1])))).map((w) => formatIssue(w, messages));
  if (baselineMinistry !== followUpMinistry) {
    warnings.push(messages.t('output.compare.other_ministry', { baseline: baselineMinistry, follow_up: followUpMinistry }));
  }
  return warnings;
}
