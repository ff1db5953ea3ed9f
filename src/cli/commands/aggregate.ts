import { basename, extname } from 'node:path';
import { aggregateFold, type AggregateFold } from '../../core/aggregate/aggregate-fold.js';
import type { GroupBy, SkippedFile } from '../../core/aggregate/aggregate-summary.js';
import { scoreRecord, type AssessmentRecord } from '../../core/aggregate/assessment-record.js';
import { UserError } from '../../core/errors.js';
import { sanitize } from '../../core/sanitize.js';
import { packTargets } from '../../core/scoring/targets.js';
import type { Rubric, Targets } from '../../core/types.js';
import { aggregateReporters, type AggregateFormat, type RecordWriter } from '../../report/aggregate/index.js';
import { progressLine } from '../../report/aggregate/progress-line.js';
import type { UnshapedText } from '../../report/index.js';
import { checkFolders } from '../../store/check-folders.js';
import { loadAnswers } from '../../store/load-answers.js';
import { walkAnswersFiles } from '../../store/walk-answers-files.js';
import { openFiles, type FileSet } from '../../store/write-files.js';
import { formatIssue } from '../format-issue.js';
import type { Io } from '../io.js';
import { loadFont } from '../load-font.js';
import { loadRubric } from '../load-rubric.js';
import { runLanguage } from '../run-language.js';
import { loadMessages } from '../load-messages.js';
import type { Messages } from '../../core/messages/messages.js';
import { translatedRubric } from '../translated-rubric.js';
import { loadTemplate } from '../load-template.js';
import { templateNotice } from '../template-notice.js';
import { outputFiles } from '../output-files.js';
import { terminalStyle } from '../terminal-style.js';
import { gretVersion } from '../version.js';
import { announceWritten } from '../write-reports.js';

export interface AggregateFlags {
  readonly output?: string;
  readonly format?: string;
  readonly by?: GroupBy;
  readonly workshop?: boolean;
  readonly agreement?: boolean;
  readonly rubric?: string;
  readonly template?: string;
  readonly lang?: string;
}

/** Terminals get a progress count on standard error; pipes and files never do. */
export interface Progress {
  update(read: number, skipped: number): void;
  end(): void;
}

/**
 * Reads the assessments one at a time as the store walks the folders: each is scored, folded
 * into the summary and written to the CSV and JSON files before the next is read, so memory
 * holds the summary, not the files. The Markdown and PDF reports are rendered from the summary
 * at the end, and every file asked for is put in place together, or none is.
 */
export async function aggregate(io: Io, inputs: readonly string[], flags: AggregateFlags): Promise<number> {
  const toFiles = flags.output !== undefined || flags.format !== undefined;
  const paths: ReadonlyMap<AggregateFormat, string> = toFiles ? outputFiles(aggregateReporters, flags.format, flags.output, 'aggregate', 'pdf') : new Map();
  checkFolders(paths.values());
  const pack = await loadRubric(flags.rubric);
  const language = runLanguage(flags.lang);
  const messages = loadMessages(language);
  const { rubric } = await translatedRubric(pack.rubric, pack.dir, language);
  const fold = aggregateFold(rubric, {
    version: gretVersion(),
    ...(flags.by === undefined ? {} : { by: flags.by }),
    workshop: flags.workshop === true,
    agreement: flags.agreement === true,
  });
  const files = paths.size === 0 ? null : openFiles([...paths.values()].map((path) => ({ path })));
  try {
    const written = await aggregateInto(io, inputs, rubric, fold, paths, files, { template: flags.template, language, messages });
    if (files === null) return 0;
    files.commit();
    for (const [path, warnings] of written) announceWritten(io, path, warnings, messages);
    return 0;
  } finally {
    files?.abort();
  }
}

async function aggregateInto(
  io: Io,
  inputs: readonly string[],
  rubric: Rubric,
  fold: AggregateFold,
  paths: ReadonlyMap<AggregateFormat, string>,
  files: FileSet | null,
  run: { readonly template: string | undefined; readonly language: string; readonly messages: Messages },
): Promise<Map<string, readonly UnshapedText[]>> {
  const { messages } = run;
  const streams: { path: string; writer: RecordWriter }[] = [];
  for (const [format, path] of paths) {
    const reporter = aggregateReporters[format];
    if (reporter.streamed) streams.push({ path, writer: reporter.writer(rubric, fold.head) });
  }
  for (const s of streams) files?.write(s.path, s.writer.start());
  const read = readAssessments(io, inputs, rubric, messages, (record) => {
    fold.add(record);
    for (const s of streams) files?.write(s.path, s.writer.record(record));
  });
  if (read.skipped.length > 0) io.err(skippedText(read.skipped, read.considered, messages));
  if (read.count === 0) {
    throw new UserError('NO_ASSESSMENTS', read.considered === 0 ? { key: 'errors.aggregate.none_found' } : { key: 'errors.aggregate.none_readable', values: { count: read.considered } }, {
      hint: { key: 'errors.aggregate.none_hint' },
    });
  }
  const overview = fold.finish({ skipped: read.skipped, warnings: versionWarnings(rubric, read.otherVersion, messages) });
  const template = await loadTemplate(run.template, templateNotice(io, messages), run.language);
  const written = new Map<string, readonly UnshapedText[]>();
  if (files === null) {
    // Loaded only here: a run that writes files never prints the summary.
    const { renderAggregateSummary } = await import('../../report/aggregate/render-aggregate-summary.js');
    io.out(renderAggregateSummary(overview, { wording: template.wording, messages, style: await terminalStyle(io), columns: io.columns }));
    return written;
  }
  for (const [format, path] of paths) {
    const reporter = aggregateReporters[format];
    if (reporter.streamed) {
      files.write(path, streams.find((s) => s.path === path)?.writer.end(overview) ?? '');
      written.set(path, []);
    } else {
      const rendered = await reporter.render({ overview, template, loadFont });
      files.write(path, rendered.content);
      written.set(path, rendered.warnings);
    }
  }
  return written;
}

/** Files read against another version of the pack: how many, and the first few by name. */
interface OtherVersion {
  count: number;
  readonly first: string[];
}

interface Read {
  readonly count: number;
  /** Files found and inputs named that could not be read. */
  readonly considered: number;
  readonly skipped: readonly SkippedFile[];
  readonly otherVersion: OtherVersion;
}

function readAssessments(io: Io, inputs: readonly string[], rubric: Rubric, messages: Messages, use: (record: AssessmentRecord) => void): Read {
  const progress = io.errIsTty ? terminalProgress(io, messages) : silentProgress;
  const unreadable: SkippedFile[] = [];
  const failed: SkippedFile[] = [];
  const sideCopies: string[] = [];
  const otherVersion: OtherVersion = { count: 0, first: [] };
  const targets = packTargets(rubric);
  let count = 0;
  for (const found of walkAnswersFiles(inputs)) {
    if (found.kind === 'side-copy') sideCopies.push(found.file);
    else if (found.kind === 'unreadable') unreadable.push({ file: sanitize(found.file), problems: [sanitize(messages.say(found.problem))] });
    else {
      const outcome = readAssessment(found.file, rubric, targets, messages);
      if ('skipped' in outcome) failed.push(outcome.skipped);
      else {
        count += 1;
        if (outcome.record.packVersion !== rubric.version) {
          otherVersion.count += 1;
          if (otherVersion.first.length < 3) otherVersion.first.push(outcome.record.file);
        }
        use(outcome.record);
      }
    }
    progress.update(count, unreadable.length + failed.length);
  }
  progress.end();
  if (sideCopies.length > 0) {
    io.err(`${sanitize(`gret: ${messages.t('output.aggregate.side_copies', { count: sideCopies.length, files: sideCopies.join(', ') })}`)}\n`);
  }
  // Inputs that could not be read come first, as the walk meets them before any file in them.
  const skipped = [...unreadable, ...failed];
  return { count, considered: count + skipped.length, skipped, otherVersion };
}

function readAssessment(file: string, rubric: Rubric, targets: Targets, messages: Messages): { record: AssessmentRecord } | { skipped: SkippedFile } {
  try {
    const { answers } = loadAnswers(file, rubric);
    // File names go into reports as labels: made safe here, once, for every format.
    return { record: scoreRecord(rubric, answers, targets, sanitize(file), sanitize(basename(file, extname(file)))) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { skipped: { file: sanitize(file), problems: [sanitize(messages.say(error.words)), ...error.issues.map((i) => formatIssue(i, messages))] } };
  }
}

function skippedText(skipped: readonly SkippedFile[], found: number, messages: Messages): string {
  const lines = [`gret: ${messages.t('output.aggregate.skipped_files', { count: skipped.length, found })}`];
  for (const s of skipped) {
    // The first problem is the error's own sentence, which names the file.
    const [first, ...rest] = s.problems;
    lines.push(`  ${first ?? messages.t('output.aggregate.unreadable', { file: s.file })}`);
    for (const p of rest) lines.push(`    ${p}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Said in the run's language: the warnings go into the reports, which are in it too. */
function versionWarnings(rubric: Rubric, other: OtherVersion, messages: Messages): string[] {
  if (other.count === 0) return [];
  const names = other.first.join(', ');
  const files = other.count > 3 ? messages.t('output.and_more', { named: names, count: other.count - 3 }) : names;
  return [messages.t('output.aggregate.other_version', { count: other.count, pack: rubric.id, files, version: rubric.version })];
}

const silentProgress: Progress = { update: () => undefined, end: () => undefined };

function terminalProgress(io: Io, messages: Messages): Progress {
  let last = 0;
  let shown = false;
  return {
    update(read, skipped) {
      const now = Date.now();
      // Redrawing on every file would cost more than reading it.
      if (now - last < 100) return;
      last = now;
      shown = true;
      io.err(`\r${progressLine(read, skipped, io.errColumns, messages)}`);
    },
    end() {
      if (shown) io.err('\r\u001b[2K');
    },
  };
}
