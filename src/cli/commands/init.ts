import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { checkDate, checkLanguage, checkText, splitNames } from '../../core/interview/meta-fields.js';
import { InterviewCancelled, type Prompter } from '../../core/interview/prompter.js';
import type { AssessmentMeta, Rubric } from '../../core/types.js';
import { answersText, newAnswersDocument } from '../answers-document.js';
import { commandLine } from '../command-line.js';
import { writeAtomic } from '../files.js';
import type { Io } from '../io.js';
import { loadRubric } from '../load-rubric.js';
import { bundledRubric, packageRoot } from '../package-root.js';
import { terminalStyle } from '../terminal-style.js';

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
    throw new UserError('FILE_EXISTS', `${file} already exists; gret init does not overwrite it.`, {
      hint: `To carry on with it: ${commandLine('gret', 'assess', file)}. To start again from nothing, add --force.`,
    });
  }
  const checked = checkFlags(flags);
  let meta: Omit<AssessmentMeta, 'pack'>;
  let rubric: Rubric;
  let rubricDir = flags.rubric;
  if (io.stdinIsTty) {
    const { terminalPrompter } = await import('../prompter.js');
    const style = await terminalStyle(io.colour);
    const prompter = terminalPrompter({ write: io.out, style, columns: io.columns, rows: process.stdout.rows ?? 24 });
    try {
      rubricDir ??= await askRubric(prompter);
      rubric = loadRubric(rubricDir).rubric;
      meta = await askMeta(prompter, flags, rubric, today);
    } catch (error) {
      if (!(error instanceof InterviewCancelled)) throw error;
      io.err(`\nStopped; ${file} was not created.\n`);
      return 130;
    }
  } else {
    const missing = [flags.ministry === undefined ? '--ministry' : '', flags.country === undefined ? '--country' : ''].filter((f) => f !== '');
    if (missing.length > 0) {
      throw new UserError('USAGE', `Missing ${missing.join(' and ')}: without a terminal to ask in, give the values as flags.`, {
        hint: `For example: gret init ${file} --ministry "Ministry of Health" --country Kenya --assessor "A. Name" [--date YYYY-MM-DD] [--language en] [--rubric <pack-dir>]`,
      });
    }
    rubric = loadRubric(rubricDir).rubric;
    meta = {
      ministry: checked.ministry ?? '',
      country: checked.country ?? '',
      assessors: checked.assessors,
      date: checked.date ?? today,
      language: checked.language ?? rubric.language,
    };
  }
  const doc = newAnswersDocument({ ...meta, pack: { id: rubric.id, version: rubric.version } }, rubric);
  writeAtomic(file, answersText(doc));
  const count = rubric.dimensions.reduce((n, d) => n + d.indicators.length, 0);
  io.out(
    `Created ${file}: ${meta.ministry}, ${meta.country}; ${rubric.id} ${rubric.version}, ${count} indicators in ${rubric.dimensions.length} dimensions.\n` +
      `Next: ${commandLine('gret', 'assess', file, ...(rubricDir === undefined || resolve(rubricDir) === bundledRubric ? [] : ['--rubric', rubricDir]))}\n`,
  );
  return 0;
}

interface CheckedFlags {
  readonly ministry: string | undefined;
  readonly country: string | undefined;
  readonly assessors: readonly string[];
  readonly date: string | undefined;
  readonly language: string | undefined;
}

/** Every flag given is checked before anything is asked, and all problems are reported together. */
function checkFlags(flags: InitFlags): CheckedFlags {
  const problems: string[] = [];
  const check = (flag: string, value: string | undefined, rule: (v: string) => string | true): string | undefined => {
    if (value === undefined) return undefined;
    const verdict = rule(value);
    if (verdict !== true) problems.push(`${flag}: ${verdict}`);
    return value.trim();
  };
  const result = {
    ministry: check('--ministry', flags.ministry, checkText),
    country: check('--country', flags.country, checkText),
    date: check('--date', flags.date, checkDate),
    language: check('--language', flags.language, checkLanguage),
    assessors: (flags.assessor ?? []).map((a) => check('--assessor', a, checkText) ?? ''),
  };
  if (problems.length > 0) throw new UserError('USAGE', `Some values given as flags cannot be used:\n  ${problems.join('\n  ')}`);
  return result;
}

async function askMeta(prompter: Prompter, flags: InitFlags, rubric: Rubric, today: string): Promise<Omit<AssessmentMeta, 'pack'>> {
  const ask = async (given: string | undefined, message: string, rule: (v: string) => string | true, fallback?: string): Promise<string> =>
    given?.trim() ?? (await prompter.text({ message, validate: rule, ...(fallback === undefined ? {} : { default: fallback }) })).trim();
  const ministry = await ask(flags.ministry, 'Ministry or agency assessed', checkText);
  const country = await ask(flags.country, 'Country', checkText);
  const assessors =
    flags.assessor !== undefined && flags.assessor.length > 0
      ? flags.assessor.map((a) => a.trim())
      : splitNames(await prompter.text({ message: 'Assessors (names, separated by commas; optional)' }));
  const date = await ask(flags.date, 'Date of the assessment (YYYY-MM-DD)', checkDate, today);
  const language = await ask(flags.language, 'Language of the answers (a tag such as en, fr, th)', checkLanguage, rubric.language);
  return { ministry, country, assessors, date, language };
}

/** The bundled packs, and a way to name another folder. */
async function askRubric(prompter: Prompter): Promise<string | undefined> {
  const root = join(packageRoot, 'rubrics');
  const bundled = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'pack.yaml')))
    .map((e) => e.name)
    .sort();
  const other = { kind: 'other' } as const;
  const choices = [
    ...bundled.map((name) => ({ value: { kind: 'bundled', name } as const, name: `${name} (comes with gret)` })),
    { value: other, name: 'A pack in another folder' },
  ];
  const chosen = await prompter.select<{ kind: 'bundled'; name: string } | { kind: 'other' }>({ message: 'Rubric pack', choices });
  if (chosen.kind === 'bundled') return join(root, chosen.name);
  return prompter.text({
    message: 'Folder of the rubric pack (the one holding pack.yaml)',
    validate: (dir) => (existsSync(join(dir.trim(), 'pack.yaml')) ? true : `No pack.yaml in ${dir.trim() === '' ? 'that folder' : dir.trim()}.`),
  });
}

/** Today on the user's own calendar, not in UTC: an assessment made in the evening in Manila is dated that day. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
