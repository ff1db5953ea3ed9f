import { issue, type Issue, type Parsed } from '../issues.js';
import type { Answer, AnswerValue, Answers, Evidence, Indicator, PackChange, Rubric } from '../types.js';
import { excerpt, quoted } from '../sanitize.js';
import { closest } from './closest.js';
import { naReasons, parityCounts } from '../vocabulary.js';
import { isParityAnswer } from '../scoring/parity-score.js';
import { readAnswersFile, type AnswerInput, type CheckedField } from './read-answers-file.js';
import { cleanAnswers } from './clean-answers.js';

/**
 * Validates an answers file against the rubric it is scored with, reporting every problem in one
 * pass: the shape of the file and the answers against the rubric alike. A file answered against
 * another version of the same pack loads, with a warning naming what changed, and answers to
 * indicators the pack no longer has are dropped with a warning instead of failing the load.
 * A file with nothing to report is read by clean-answers.ts alone, which gives the same answers.
 */
export function parseAnswers(file: string, data: unknown, rubric: Rubric): Parsed<Answers> {
  const clean = cleanAnswers(data, rubric);
  return clean === undefined ? parseAnswersFully(file, data, rubric) : { ok: true, value: clean, warnings: [] };
}

/** parseAnswers with every check worded: what clean-answers.ts is held to. */
export function parseAnswersFully(file: string, data: unknown, rubric: Rubric): Parsed<Answers> {
  const read = readAnswersFile(file, data);
  const issues: Issue[] = [...read.issues];
  const warnings: Issue[] = [];

  const packId = read.pack.id;
  if (packId !== undefined && packId !== rubric.id) {
    const typo = closest(packId, [rubric.id]) !== undefined;
    issues.push(
      issue(file, ['meta', 'pack', 'id'], 'PACK_MISMATCH', `this assessment answers pack ${quoted(packId)}, but the rubric is "${rubric.id}"${typo ? ` (did you mean "${rubric.id}"?)` : ''}`),
    );
    // Checked against another pack, every answer would look wrong; a mistyped id is the same pack.
    if (!typo) return { ok: false, issues };
  }
  const answeredVersion = read.pack.version;
  const otherVersion = answeredVersion !== undefined && answeredVersion !== rubric.version;
  if (otherVersion) warnings.push(versionWarning(file, answeredVersion, rubric));

  const indicators = new Map<string, Indicator>();
  for (const d of rubric.dimensions) for (const i of d.indicators) indicators.set(i.id, i);

  const answers = new Map<string, Answer>();
  for (const [indicatorId, entry] of read.answers) {
    // A blank entry, as a blank answer sheet has for every question, is an indicator not answered yet.
    if (entry === null || (entry !== undefined && isBlank(entry))) continue;
    const indicator = indicators.get(indicatorId);
    if (indicator === undefined) {
      if (otherVersion) {
        warnings.push(issue(file, ['answers', indicatorId], 'INDICATOR_REMOVED', `${quoted(indicatorId)} is not in ${rubric.id} ${rubric.version}; its answer is ignored`, 'warning'));
      } else {
        issues.push(issue(file, ['answers', indicatorId], 'UNKNOWN_INDICATOR', unknownIndicator(indicatorId, rubric.id, [...indicators.keys()])));
      }
      continue;
    }
    if (entry === undefined) continue;
    const found = checkAnswer(file, ['answers', indicatorId], indicator, entry, rubric.maxLevel);
    const refused = found.length === 0 ? criticalNotApplicable(file, ['answers', indicatorId], indicator, entry) : null;
    if (refused !== null && otherVersion) {
      // A file from an older version of the pack keeps loading: the refused answer counts as don't know, which it was in effect.
      warnings.push({ ...refused, severity: 'warning', message: `${refused.message}; answered against ${answeredVersion}, it is scored as don't know` });
      answers.set(indicatorId, toAnswer({ status: 'dont-know', evidence: entry.evidence, note: entry.note ?? entry.na_note, agency: entry.agency, unreadable: [] }));
      continue;
    }
    if (refused !== null) found.push(refused);
    issues.push(...found);
    if (found.length === 0) answers.set(indicatorId, toAnswer(entry));
  }
  if (issues.length > 0 || read.meta === undefined) return { ok: false, issues };
  return { ok: true, value: { meta: read.meta, answers }, warnings };
}

/**
 * Checks one answer about to be saved by the rules an answers file is read with, so that neither
 * front end can save what the next read of the file would refuse (a critical indicator marked
 * not applicable, counts a rate cannot be computed from).
 */
export function answerIssues(file: string, rubric: Rubric, indicator: Indicator, answer: Answer): Issue[] {
  const at = ['answers', indicator.id];
  const input: AnswerInput = {
    status: answer.status,
    evidence: answer.evidence.map((e) => ({
      title: e.title,
      verification: e.verification,
      ...(e.link === undefined ? {} : { link: e.link }),
      ...(e.date === undefined ? {} : { date: e.date }),
      ...(e.providedBy === undefined ? {} : { provided_by: e.providedBy }),
    })),
    unreadable: [],
    ...(answer.value === undefined ? {} : { answer: answer.value }),
    ...(answer.naReason === undefined ? {} : { na_reason: answer.naReason }),
    ...(answer.naNote === undefined ? {} : { na_note: answer.naNote }),
    ...(answer.note === undefined ? {} : { note: answer.note }),
    ...(answer.agency === undefined ? {} : { agency: answer.agency }),
  };
  const found = checkAnswer(file, at, indicator, input, rubric.maxLevel);
  const refused = found.length === 0 ? criticalNotApplicable(file, at, indicator, input) : null;
  return refused === null ? found : [...found, refused];
}

const ENTRY_FIELDS = new Set(['status', 'answer', 'na_reason', 'na_note', 'note', 'evidence', 'agency']);

function unknownIndicator(id: string, rubricId: string, known: readonly string[]): string {
  // `answer:` moved left by a slip of indentation lands among the indicator ids.
  if (ENTRY_FIELDS.has(id)) return `${quoted(id)} belongs inside an answer, but it is indented like an indicator id; indent it under the indicator it answers`;
  const guess = closest(id, known);
  return `${quoted(id)} is not an indicator of ${rubricId}${guess === undefined ? '' : ` (did you mean "${guess}"?)`}`;
}

function isBlank(entry: AnswerInput): boolean {
  const { evidence, unreadable, ...rest } = entry;
  return evidence.length === 0 && unreadable.length === 0 && Object.values(rest).every((v) => v === undefined);
}

/** The notice a file answered against another version of the pack gets: every change the pack's log records since. */
function versionWarning(file: string, answeredVersion: string, rubric: Rubric): Issue {
  const since = rubric.changes.filter((c) => compareVersions(c.version, answeredVersion) > 0);
  const entry = (c: PackChange): string => {
    const changed = [
      ...c.added.map((id) => `added ${id}`),
      ...c.removed.map((id) => `removed ${id}`),
      ...c.merged.map((m) => `merged ${m.from.join(', ')} into ${m.into}`),
      ...c.rescaled.map((id) => `re-scaled ${id}`),
      ...c.reworded.map((id) => `reworded ${id}`),
    ];
    return `${c.version} ${c.summary}${changed.length > 0 ? ` (${changed.join(', ')})` : ''}`;
  };
  const detail = since.length > 0 ? `changes since: ${since.map(entry).join('; ')}` : 'the pack records no changes between the two versions';
  return issue(
    file,
    ['meta', 'pack', 'version'],
    'PACK_VERSION',
    `answered against ${rubric.id} ${answeredVersion} but scored with ${rubric.version}; ${detail}`,
    'warning',
  );
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Marking a critical indicator not applicable would drop from the score what matters most, so it
 * is refused. The one exception is a task another body handles for the whole country: the answer
 * must name that body in `agency`, and the bands count it as don't know until a national answer
 * exists.
 */
function criticalNotApplicable(file: string, at: (string | number)[], ind: Indicator, input: AnswerInput): Issue | null {
  if (!ind.critical || input.status !== 'not-applicable') return null;
  const name = `"${ind.id}" (${ind.title})`;
  if (input.na_reason !== 'handled-nationally') {
    return issue(
      file,
      [...at, 'status'],
      'NA_CRITICAL',
      `${name} is critical, so it cannot be marked not applicable: leaving it out would raise the score by dropping what matters most. Answer it or mark it dont-know; if another body handles it for the whole country, give na_reason: handled-nationally and name that body in agency`,
    );
  }
  if (input.agency === undefined) {
    return issue(file, [...at, 'na_reason'], 'NA_NATIONAL_BODY_MISSING', `${name} is critical and handled nationally: name the national body that handles it in agency`);
  }
  return null;
}

function checkAnswer(file: string, at: (string | number)[], ind: Indicator, input: AnswerInput, maxLevel: number): Issue[] {
  const out: Issue[] = [];
  const here = (key: string): (string | number)[] => [...at, key];
  const given = (field: CheckedField): boolean => input[field] !== undefined || input.unreadable.includes(field);
  const checkValue = (): void => {
    const problem = input.answer === undefined ? null : valueProblem(ind, input.answer, maxLevel);
    if (problem !== null) out.push(issue(file, here('answer'), 'ANSWER_INVALID', problem));
  };
  // Which status was meant is unknown, and with it what else the entry needs: only the answer itself can be checked.
  if (input.unreadable.includes('status')) {
    checkValue();
    return out;
  }
  const status = input.status ?? 'answered';
  if (status !== 'not-applicable') {
    if (given('na_reason')) out.push(issue(file, here('na_reason'), 'NA_REASON_UNEXPECTED', 'na_reason only goes with status: not-applicable'));
  } else if (!given('na_reason')) {
    out.push(issue(file, at, 'NA_REASON_MISSING', `a not-applicable answer needs na_reason: ${naReasons.join(', ')}`));
  } else if (input.na_reason === 'other' && !given('na_note')) {
    out.push(issue(file, here('na_reason'), 'NA_NOTE_MISSING', 'na_reason "other" needs na_note saying why'));
  }
  if (status !== 'answered') {
    if (given('answer')) out.push(issue(file, here('answer'), 'ANSWER_UNEXPECTED', `an answer with status ${status} must not also give answer`));
    return out;
  }
  if (!given('answer')) {
    out.push(issue(file, at, 'ANSWER_MISSING', `status is answered but there is no answer (${expected(ind, maxLevel)})`));
    return out;
  }
  checkValue();
  return out;
}

function expected(ind: Indicator, maxLevel: number): string {
  switch (ind.type) {
    case 'level':
      return `a level from 0 to ${maxLevel}`;
    case 'yes-no':
      return 'yes or no';
    case 'choice':
      return `one of: ${ind.options.map((o) => o.id).join(', ')}`;
    case 'checklist':
      return `a list of the items that apply, from: ${ind.items.map((i) => i.id).join(', ')}`;
    case 'number':
      return `a number${ind.min !== undefined ? ` from ${ind.min}` : ''}${ind.max !== undefined ? ` up to ${ind.max}` : ''}`;
    case 'percent':
      return 'a percentage from 0 to 100';
    case 'parity':
      return `the four counts { ${parityCounts.map((c) => `${c}: …`).join(', ')} }, whole numbers, users no more than eligible`;
  }
}

function valueProblem(ind: Indicator, value: AnswerValue, maxLevel: number): string | null {
  const want = `expected ${expected(ind, maxLevel)}`;
  switch (ind.type) {
    case 'level':
      return Number.isInteger(value) && Number(value) >= 0 && Number(value) <= maxLevel ? null : `${quoted(value)} is not a level; ${want}`;
    case 'yes-no':
      return value === 'yes' || value === 'no' ? null : `${quoted(value)}: ${want}`;
    case 'choice':
      return ind.options.some((o) => o.id === value) ? null : `${quoted(value)} is not an option; ${want}`;
    case 'checklist': {
      if (!Array.isArray(value)) return `${want} (an empty list [] when none apply)`;
      const known = new Set(ind.items.map((i) => i.id));
      const unknown = value.filter((v) => !known.has(v));
      if (unknown.length > 0) return `unknown item${unknown.length > 1 ? 's' : ''} ${excerpt(unknown.join(', '))}; ${want}`;
      return new Set(value).size === value.length ? null : 'an item is listed twice';
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${quoted(value)}: ${want}`;
      if ((ind.min !== undefined && value < ind.min) || (ind.max !== undefined && value > ind.max)) return `${value} is out of range; ${want}`;
      return null;
    }
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 100 ? null : `${quoted(value)}: ${want}`;
    case 'parity':
      return parityProblem(value, want);
  }
}

/** Counts a rate ratio can be computed from: whole, eligible and men's users above 0, users within eligible. */
function parityProblem(value: AnswerValue, want: string): string | null {
  if (!isParityAnswer(value)) return `${quoted(value)}: ${want}`;
  const extra = Object.keys(value).filter((k) => !(parityCounts as readonly string[]).includes(k));
  if (extra.length > 0) return `unknown count${extra.length > 1 ? 's' : ''} ${excerpt(extra.join(', '))}; ${want}`;
  for (const count of parityCounts) {
    const n: unknown = value[count];
    if (n === undefined) return `${count} is missing; ${want}`;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return `${count} must be a whole number of people, not ${quoted(n as AnswerValue)}`;
  }
  if (value.women_eligible === 0 || value.men_eligible === 0) return 'the eligible counts must be above 0: a rate needs people it could reach';
  if (value.men_users === 0) return "men_users is 0, so women's rate cannot be divided by men's: say so in a note and answer dont-know";
  if (value.women_users > value.women_eligible) return 'women_users is more than women_eligible: count users among the eligible people only';
  if (value.men_users > value.men_eligible) return 'men_users is more than men_eligible: count users among the eligible people only';
  return null;
}

function toAnswer(input: AnswerInput): Answer {
  const evidence: Evidence[] = input.evidence.map((e) =>
    typeof e === 'string'
      ? { title: e, verification: 'claimed' }
      : {
          title: e.title,
          verification: e.verification,
          ...(e.link === undefined ? {} : { link: e.link }),
          ...(e.date === undefined ? {} : { date: e.date }),
          ...(e.provided_by === undefined ? {} : { providedBy: e.provided_by }),
        },
  );
  return {
    status: input.status ?? 'answered',
    evidence,
    ...(input.answer === undefined ? {} : { value: input.answer }),
    ...(input.na_reason === undefined ? {} : { naReason: input.na_reason }),
    ...(input.na_note === undefined ? {} : { naNote: input.na_note }),
    ...(input.note === undefined ? {} : { note: input.note }),
    ...(input.agency === undefined ? {} : { agency: input.agency }),
  };
}
