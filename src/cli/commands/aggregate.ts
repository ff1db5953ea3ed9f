import { basename, extname } from 'node:path';
import { aggregateAssessments } from '../../core/aggregate/aggregate-assessments.js';
import type { GroupBy, SkippedFile } from '../../core/aggregate/aggregate-summary.js';
import { recordOf, type AssessmentRecord } from '../../core/aggregate/assessment-record.js';
import { UserError } from '../../core/errors.js';
import { sanitize } from '../../core/sanitize.js';
import { scoreAssessment } from '../../core/scoring/score.js';
import { packTargets } from '../../core/scoring/targets.js';
import type { Rubric } from '../../core/types.js';
import { aggregateReporters } from '../../report/aggregate/index.js';
import { progressLine } from '../../report/aggregate/progress-line.js';
import { renderAggregateSummary } from '../../report/aggregate/render-aggregate-summary.js';
import { listAnswersFiles } from '../../store/list-answers-files.js';
import { formatIssue } from '../format-issue.js';
import type { Io } from '../io.js';
import { loadAnswers } from '../../store/load-answers.js';
import { loadRubric } from '../load-rubric.js';
import { terminalStyle } from '../terminal-style.js';
import { gretVersion } from '../version.js';
import { checkFolders } from '../../store/check-folders.js';
import { loadFont } from '../load-font.js';
import { loadTemplate } from '../load-template.js';
import { outputFiles } from '../output-files.js';
import { writeReports } from '../write-reports.js';

export interface AggregateFlags {
  readonly output?: string;
  readonly format?: string;
  readonly by?: GroupBy;
  readonly workshop?: boolean;
  readonly agreement?: boolean;
  readonly rubric?: string;
  readonly template?: string;
}

/** Terminals get a progress bar on standard error; pipes and files never do. */
export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

export async function aggregate(io: Io, inputs: readonly string[], flags: AggregateFlags): Promise<number> {
  const toFiles = flags.output !== undefined || flags.format !== undefined;
  const paths = toFiles ? outputFiles(aggregateReporters, flags.format, flags.output, 'aggregate', 'pdf') : new Map();
  checkFolders(paths.values());
  const { rubric } = await loadRubric(flags.rubric);

  const { files, skipped } = listFiles(io, inputs);
  const considered = files.length + skipped.length;
  const progress = io.errIsTty ? terminalProgress(io) : silentProgress;
  const records: AssessmentRecord[] = [];
  files.forEach((file, k) => {
    // Each file is parsed, scored and reduced to a record before the next is read: memory stays flat.
    const outcome = readAssessment(file, rubric);
    if ('record' in outcome) records.push(outcome.record);
    else skipped.push(outcome.skipped);
    progress.update(k + 1, files.length);
  });
  progress.end();

  if (skipped.length > 0) io.err(skippedText(skipped, considered));
  if (records.length === 0) {
    throw new UserError('NO_ASSESSMENTS', considered === 0 ? 'No assessment files were found.' : `None of the ${considered} files could be read.`, {
      hint: 'Give answers files (.yaml) or folders holding them; each must be valid on its own (`gret score <file>` shows its problems).',
    });
  }

  const summary = aggregateAssessments(rubric, records, {
    version: gretVersion(),
    ...(flags.by === undefined ? {} : { by: flags.by }),
    workshop: flags.workshop === true,
    agreement: flags.agreement === true,
    skipped,
    warnings: versionWarnings(rubric, records),
  });
  const template = loadTemplate(flags.template, (text) => io.err(`${sanitize(`gret: note: ${text}`)}\n`));
  if (!toFiles) {
    io.out(renderAggregateSummary(summary, { wording: template.wording, style: await terminalStyle(io), columns: io.columns }));
    return 0;
  }
  await writeReports(io, aggregateReporters, paths, { summary, records, template, loadFont });
  return 0;
}

function readAssessment(file: string, rubric: Rubric): { record: AssessmentRecord } | { skipped: SkippedFile } {
  try {
    const { answers } = loadAnswers(file, rubric);
    const assessment = scoreAssessment(rubric, answers, packTargets(rubric), { version: gretVersion() });
    // File names go into reports as labels: made safe here, once, for every format.
    return { record: recordOf(assessment, sanitize(file), sanitize(basename(file, extname(file)))) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { skipped: { file: sanitize(file), problems: [sanitize(error.message), ...error.issues.map((i) => formatIssue(i, { colour: false }))] } };
  }
}

/** The answers files to read, and the inputs that could not be read, as skipped files. */
function listFiles(io: Io, inputs: readonly string[]): { files: readonly string[]; skipped: SkippedFile[] } {
  const { files, unreadable, sideCopies } = listAnswersFiles(inputs);
  if (sideCopies.length > 0) {
    io.err(`${sanitize(`gret: left out ${sideCopies.length === 1 ? 'a copy' : `${sideCopies.length} copies`} that gret kept beside an answers file after a conflict or a stopped run, so that no assessment counts twice: ${sideCopies.join(', ')}`)}\n`);
  }
  return { files, skipped: unreadable.map((u) => ({ file: sanitize(u.file), problems: [sanitize(u.problem)] })) };
}

function skippedText(skipped: readonly SkippedFile[], found: number): string {
  const lines = [`gret: skipped ${skipped.length} of ${found} file${found === 1 ? '' : 's'} that could not be read as assessments:`];
  for (const s of skipped) {
    // The first problem is the error's own sentence, which names the file.
    const [first, ...rest] = s.problems;
    lines.push(`  ${first ?? `${s.file} is unreadable.`}`);
    for (const p of rest) lines.push(`    ${p}`);
  }
  return `${lines.join('\n')}\n`;
}

function versionWarnings(rubric: Rubric, records: readonly AssessmentRecord[]): string[] {
  const other = records.filter((r) => r.packVersion !== rubric.version);
  if (other.length === 0) return [];
  const names = other.slice(0, 3).map((r) => r.file).join(', ');
  return [
    `${other.length} file${other.length === 1 ? ' was' : 's were'} answered against another version of ${rubric.id} (${names}${other.length > 3 ? ` and ${other.length - 3} more` : ''}); ` +
      `${other.length === 1 ? 'it is' : 'they are'} scored with ${rubric.version}, and \`gret score <file>\` shows what changed.`,
  ];
}

const silentProgress: Progress = { update: () => undefined, end: () => undefined };

function terminalProgress(io: Io): Progress {
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      // Redrawing on every file would cost more than reading it.
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      io.err(`\r${progressLine(done, total, io.errColumns)}`);
    },
    end() {
      if (shown) io.err('\r\u001b[2K');
    },
  };
}
