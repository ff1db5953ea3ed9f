import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import { checkDate, checkLanguage, checkText, splitNames } from '../../core/interview/meta-fields.js';
import { checkMetaFlags } from '../meta-flags.js';
import { BACK, InterviewCancelled, type Prompter } from '../../core/interview/prompter.js';
import { finish, walkSteps, type Step } from '../../core/interview/walk-steps.js';
import { sanitize } from '../../core/sanitize.js';
import type { AssessmentMeta, Rubric } from '../../core/types.js';
import { conjunction, type Words } from '../../core/messages/messages.js';
import { answersText, newAnswersDocument } from '../../store/answers-document.js';
import { loadAnswers } from '../../store/load-answers.js';
import { commandLine } from '../command-line.js';
import { acquireLock } from '../../store/file-lock.js';
import { writeFile } from '../../store/write-files.js';
import type { Io } from '../io.js';
import { localToday } from '../local-today.js';
import { loadRubric } from '../load-rubric.js';
import { loadMessages } from '../load-messages.js';
import { runLanguage } from '../run-language.js';
import { packageRoot } from '../package-root.js';
import { scoringFlags } from '../scoring-flags.js';
import { terminalStyle } from '../terminal-style.js';
import { wrap } from '../../report/terminal/wrap.js';

export interface InitFlags {
  readonly ministry?: string;
  readonly country?: string;
  readonly assessor?: readonly string[];
  readonly date?: string;
  readonly language?: string;
  readonly rubric?: string;
  readonly force?: boolean;
}

/** Creates a new answers file; asks for what the flags leave out, or fails naming the flags without a terminal. */
export async function init(io: Io, file: string, flags: InitFlags, today: string = localToday()): Promise<number> {
  if (existsSync(file) && flags.force !== true) {
    throw new UserError('FILE_EXISTS', { key: 'errors.init.exists', values: { file } }, { hint: await carryOnHint(file, flags.rubric) });
  }
  const checked = checkMetaFlags(flags);
  // The interface speaks the language the answers will be kept in, when the flags give it.
  const messages = loadMessages(runLanguage(undefined, flags.language));
  let meta: Omit<AssessmentMeta, 'pack'>;
  let rubric: Rubric;
  let rubricDir = flags.rubric;
  if (io.stdinIsTty) {
    const { terminalPrompter } = await import('../prompter.js');
    const style = await terminalStyle(io);
    const prompter = terminalPrompter({ messages, write: io.out, style, columns: io.columns, rows: io.rows });
    io.out(`${wrap(messages.t('init.creating', { file: sanitize(file) }), io.columns)}\n`);
    try {
      ({ meta, rubric, rubricDir } = await askAll(prompter, flags, today));
    } catch (error) {
      if (!(error instanceof InterviewCancelled)) throw error;
      io.err(`\n${messages.t('init.stopped', { file: sanitize(file) })}\n`);
      return 130;
    }
  } else {
    const missing = [flags.ministry === undefined ? '--ministry' : '', flags.country === undefined ? '--country' : ''].filter((f) => f !== '');
    if (missing.length > 0) {
      throw new UserError('USAGE', { key: 'errors.init.missing_flags', values: { flags: conjunction(missing) } }, {
        hint: { key: 'errors.init.missing_flags_hint', values: { command: commandLine('gret', 'init', file, ...scoringFlags(flags)), rubric: flags.rubric === undefined ? ' [--rubric <pack-dir>]' : '' } },
      });
    }
    rubric = (await loadRubric(rubricDir)).rubric;
    meta = {
      ministry: checked.ministry ?? '',
      country: checked.country ?? '',
      assessors: checked.assessors,
      date: checked.date ?? today,
      language: checked.language ?? rubric.language,
    };
  }
  const doc = newAnswersDocument({ ...meta, pack: { id: rubric.id, version: rubric.version } }, rubric);
  // The lock keeps --force from replacing a file that a running `gret assess` is answering in.
  const lock = acquireLock(file, commandLine('gret', 'init', file));
  try {
    writeFile(file, answersText(doc));
  } finally {
    lock.release();
  }
  const count = rubric.dimensions.reduce((n, d) => n + d.indicators.length, 0);
  const next = commandLine('gret', 'assess', file, ...scoringFlags({ rubric: rubricDir }));
  io.out(
    [
      wrap(messages.t('init.created', { file: sanitize(file), ministry: meta.ministry, country: meta.country }), io.columns, '  '),
      wrap(messages.t('init.rubric', { pack: rubric.id, version: rubric.version, indicators: count, dimensions: rubric.dimensions.length }), io.columns, '  '),
      // Never wrapped, so that it can be copied as it is.
      messages.t('init.next', { command: next }),
    ].join('\n') + '\n',
  );
  return 0;
}

/** `gret assess` carries on only with a file that loads as it is; one that does not must be mended first. */
async function carryOnHint(file: string, rubricDir: string | undefined): Promise<Words> {
  const flags = scoringFlags({ rubric: rubricDir });
  try {
    loadAnswers(file, (await loadRubric(rubricDir)).rubric);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { key: 'errors.init.exists_broken_hint', values: { command: commandLine('gret', 'score', file, ...flags) } };
  }
  return { key: 'errors.init.exists_hint', values: { command: commandLine('gret', 'assess', file, ...flags) } };
}

/**
 * Asks for every value the flags leave out, in the order a person would give them. Esc goes
 * back to the question before, which offers what was typed.
 */
async function askAll(prompter: Prompter, flags: InitFlags, today: string): Promise<{ meta: Omit<AssessmentMeta, 'pack'>; rubric: Rubric; rubricDir: string | undefined }> {
  const given = {
    ministry: flags.ministry?.trim(),
    country: flags.country?.trim(),
    assessors: flags.assessor !== undefined && flags.assessor.length > 0 ? flags.assessor.map((a) => a.trim()) : undefined,
    date: flags.date?.trim(),
    language: flags.language?.trim(),
  };
  const typed: { ministry?: string; country?: string; assessors?: string[]; date?: string; rubricDir?: string; language?: string } = {};
  let loaded: { readonly dir: string | undefined; readonly rubric: Rubric } | undefined;
  const rubricIn = async (dir: string | undefined): Promise<Rubric> => {
    if (loaded === undefined || loaded.dir !== dir) loaded = { dir, rubric: (await loadRubric(dir)).rubric };
    return loaded.rubric;
  };

  type Ask = (back: boolean, next: Step<void>) => Step<void>;
  const { t, say } = prompter.messages;
  const text =
    (key: string, check: ((v: string) => Words | true) | undefined, offered: () => Promise<string | undefined> | string | undefined, keep: (v: string) => void): Ask =>
    (back, next) =>
    async () => {
      const fallback = await offered();
      const rule = check === undefined ? undefined : (v: string): string | true => {
        const verdict = check(v);
        return verdict === true ? true : say(verdict);
      };
      const value = await prompter.text({ message: t(key), back, ...(rule === undefined ? {} : { validate: rule }), ...(fallback === undefined ? {} : { default: fallback }) });
      if (value === BACK) return BACK;
      keep(value.trim());
      return next;
    };
  const asks: Ask[] = [];
  if (given.ministry === undefined) asks.push(text('init.ask.ministry', checkText, () => typed.ministry, (v) => (typed.ministry = v)));
  if (given.country === undefined) asks.push(text('init.ask.country', checkText, () => typed.country, (v) => (typed.country = v)));
  if (given.assessors === undefined) {
    asks.push(text('init.ask.assessors', undefined, () => typed.assessors?.join('; '), (v) => (typed.assessors = splitNames(v))));
  }
  if (given.date === undefined) asks.push(text('init.ask.date', checkDate, () => typed.date ?? today, (v) => (typed.date = v)));
  if (flags.rubric === undefined) asks.push((back, next) => askRubric(prompter, back, next, typed));
  if (given.language === undefined) {
    const packLanguage = async (): Promise<string> => typed.language ?? (await rubricIn(flags.rubric ?? typed.rubricDir)).language;
    asks.push(text('init.ask.language', checkLanguage, packLanguage, (v) => (typed.language = v)));
  }
  const first = asks.reduceRight<Step<void>>((next, ask, i) => ask(i > 0, next), async () => finish(undefined));
  // The first question offers no way back, so the walk always ends with every value given.
  while ((await walkSteps(first)) === BACK);

  const rubricDir = flags.rubric ?? typed.rubricDir;
  const rubric = await rubricIn(rubricDir);
  const meta = {
    ministry: given.ministry ?? typed.ministry ?? '',
    country: given.country ?? typed.country ?? '',
    assessors: given.assessors ?? typed.assessors ?? [],
    date: given.date ?? typed.date ?? today,
    language: given.language ?? typed.language ?? rubric.language,
  };
  return { meta, rubric, rubricDir };
}

/** The bundled packs, and a way to name another folder. */
function askRubric(prompter: Prompter, back: boolean, next: Step<void>, typed: { rubricDir?: string }): Step<void> {
  const root = join(packageRoot, 'rubrics');
  const bundled = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'pack.yaml')))
    .map((e) => e.name)
    .sort();
  const elsewhere = '';
  const { t } = prompter.messages;
  const folder: Step<void> = async () => {
    const dir = await prompter.text({
      message: t('init.ask.pack_folder'),
      back: true,
      ...(typed.rubricDir === undefined ? {} : { default: typed.rubricDir }),
      validate: (d) => (existsSync(join(d.trim(), 'pack.yaml')) ? true : d.trim() === '' ? t('init.ask.no_pack_here') : t('init.ask.no_pack_in', { folder: d.trim() })),
    });
    if (dir === BACK) return BACK;
    typed.rubricDir = dir.trim();
    return next;
  };
  return async () => {
    const choices = [...bundled.map((name) => ({ value: join(root, name), name: t('init.ask.bundled_pack', { name }), short: name })), { value: elsewhere, name: t('init.ask.other_pack') }];
    const chosen = await prompter.select({
      message: t('init.ask.pack'),
      choices,
      back,
      // One bundled pack is the usual answer; starting on it costs nothing, as nothing is saved yet.
      default: choices.find((c) => c.value === typed.rubricDir)?.value ?? choices[0]?.value,
    });
    if (chosen === BACK) return BACK;
    if (chosen !== elsewhere) {
      typed.rubricDir = chosen;
      return next;
    }
    return folder;
  };
}
