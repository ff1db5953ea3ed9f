import { issue, type Issue, type IssueWords, type Parsed } from '../issues.js';
import { series, type Words } from '../messages/messages.js';
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
 * `controlFree` is the reader's word that no text in the data holds a control character.
 */
export function parseAnswers(file: string, data: unknown, rubric: Rubric, controlFree = false): Parsed<Answers> {
  const clean = cleanAnswers(data, rubric, controlFree);
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
      issue(file, ['meta', 'pack', 'id'], 'PACK_MISMATCH', { key: typo ? 'issues.PACK_MISMATCH.typo' : 'issues.PACK_MISMATCH.other', values: { answered: quoted(packId), pack: rubric.id } }),
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
        warnings.push(issue(file, ['answers', indicatorId], 'INDICATOR_REMOVED', { key: 'issues.INDICATOR_REMOVED', values: { id: quoted(indicatorId), pack: rubric.id, version: rubric.version } }, 'warning'));
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
      warnings.push({ ...refused, severity: 'warning', words: { key: 'issues.scored_as_dont_know', values: { problem: refused.words, version: answeredVersion } } });
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

function unknownIndicator(id: string, rubricId: string, known: readonly string[]): IssueWords<'UNKNOWN_INDICATOR'> {
  // `answer:` moved left by a slip of indentation lands among the indicator ids.
  if (ENTRY_FIELDS.has(id)) return { key: 'issues.UNKNOWN_INDICATOR.entry_field', values: { id: quoted(id) } };
  const guess = closest(id, known);
  if (guess === undefined) return { key: 'issues.UNKNOWN_INDICATOR.unknown', values: { id: quoted(id), pack: rubricId } };
  return { key: 'issues.UNKNOWN_INDICATOR.typo', values: { id: quoted(id), pack: rubricId, guess } };
}

function isBlank(entry: AnswerInput): boolean {
  const { evidence, unreadable, ...rest } = entry;
  return evidence.length === 0 && unreadable.length === 0 && Object.values(rest).every((v) => v === undefined);
}

/** The notice a file answered against another version of the pack gets: every change the pack's log records since. */
function versionWarning(file: string, answeredVersion: string, rubric: Rubric): Issue {
  const since = rubric.changes.filter((c) => compareVersions(c.version, answeredVersion) > 0);
  const entry = (c: PackChange): Words => {
    const changed: Words[] = [
      ...c.added.map((id) => ({ key: 'issues.PACK_VERSION.added', values: { id } })),
      ...c.removed.map((id) => ({ key: 'issues.PACK_VERSION.removed', values: { id } })),
      ...c.merged.map((m) => ({ key: 'issues.PACK_VERSION.merged', values: { from: m.from.join(', '), into: m.into } })),
      ...c.rescaled.map((id) => ({ key: 'issues.PACK_VERSION.rescaled', values: { id } })),
      ...c.reworded.map((id) => ({ key: 'issues.PACK_VERSION.reworded', values: { id } })),
    ];
    if (changed.length === 0) return { key: 'issues.PACK_VERSION.change', values: { version: c.version, summary: c.summary } };
    return { key: 'issues.PACK_VERSION.change_of', values: { version: c.version, summary: c.summary, changed: series(changed, 'issues.list.comma') } };
  };
  const values = { pack: rubric.id, answered: answeredVersion, version: rubric.version };
  if (since.length === 0) return issue(file, ['meta', 'pack', 'version'], 'PACK_VERSION', { key: 'issues.PACK_VERSION.no_changes', values }, 'warning');
  return issue(file, ['meta', 'pack', 'version'], 'PACK_VERSION', { key: 'issues.PACK_VERSION.changes', values: { ...values, changes: series(since.map(entry), 'issues.list.semicolon') } }, 'warning');
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
  const values = { id: ind.id, title: ind.title };
  if (input.na_reason !== 'handled-nationally') return issue(file, [...at, 'status'], 'NA_CRITICAL', { key: 'issues.NA_CRITICAL', values });
  if (input.agency === undefined) return issue(file, [...at, 'na_reason'], 'NA_NATIONAL_BODY_MISSING', { key: 'issues.NA_NATIONAL_BODY_MISSING', values });
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
    if (given('na_reason')) out.push(issue(file, here('na_reason'), 'NA_REASON_UNEXPECTED', { key: 'issues.NA_REASON_UNEXPECTED' }));
  } else if (!given('na_reason')) {
    out.push(issue(file, at, 'NA_REASON_MISSING', { key: 'issues.NA_REASON_MISSING', values: { reasons: naReasons.join(', ') } }));
  } else if (input.na_reason === 'other' && !given('na_note')) {
    out.push(issue(file, here('na_reason'), 'NA_NOTE_MISSING', { key: 'issues.NA_NOTE_MISSING' }));
  }
  if (status !== 'answered') {
    if (given('answer')) out.push(issue(file, here('answer'), 'ANSWER_UNEXPECTED', { key: 'issues.ANSWER_UNEXPECTED', values: { status } }));
    return out;
  }
  if (!given('answer')) {
    out.push(issue(file, at, 'ANSWER_MISSING', { key: 'issues.ANSWER_MISSING', values: { expected: expected(ind, maxLevel) } }));
    return out;
  }
  checkValue();
  return out;
}

/** What an answer to `ind` must be, for "expected {expected}". */
function expected(ind: Indicator, maxLevel: number): Words {
  switch (ind.type) {
    case 'level':
      return { key: 'issues.expected.level', values: { max: maxLevel } };
    case 'yes-no':
      return { key: 'issues.expected.yes_no' };
    case 'choice':
      return { key: 'issues.expected.choice', values: { options: ind.options.map((o) => o.id).join(', ') } };
    case 'checklist':
      return { key: 'issues.expected.checklist', values: { items: ind.items.map((i) => i.id).join(', ') } };
    case 'number':
      if (ind.min !== undefined && ind.max !== undefined) return { key: 'issues.expected.number_between', values: { min: ind.min, max: ind.max } };
      if (ind.min !== undefined) return { key: 'issues.expected.number_from', values: { min: ind.min } };
      if (ind.max !== undefined) return { key: 'issues.expected.number_up_to', values: { max: ind.max } };
      return { key: 'issues.expected.number' };
    case 'percent':
      return { key: 'issues.expected.percent' };
    case 'parity':
      return { key: 'issues.expected.parity', values: { counts: `{ ${parityCounts.map((c) => `${c}: …`).join(', ')} }` } };
  }
}

function valueProblem(ind: Indicator, value: AnswerValue, maxLevel: number): IssueWords<'ANSWER_INVALID'> | null {
  const values = { value: quoted(value), expected: expected(ind, maxLevel) };
  switch (ind.type) {
    case 'level':
      return Number.isInteger(value) && Number(value) >= 0 && Number(value) <= maxLevel ? null : { key: 'issues.ANSWER_INVALID.not_level', values };
    case 'yes-no':
      return value === 'yes' || value === 'no' ? null : { key: 'issues.ANSWER_INVALID.wrong', values };
    case 'choice':
      return ind.options.some((o) => o.id === value) ? null : { key: 'issues.ANSWER_INVALID.not_option', values };
    case 'checklist': {
      if (!Array.isArray(value)) return { key: 'issues.ANSWER_INVALID.not_list', values };
      const known = new Set(ind.items.map((i) => i.id));
      const unknown = value.filter((v) => !known.has(v));
      if (unknown.length > 0) return { key: 'issues.ANSWER_INVALID.unknown_items', values: { ...values, count: unknown.length, items: excerpt(unknown.join(', ')) } };
      return new Set(value).size === value.length ? null : { key: 'issues.ANSWER_INVALID.item_twice' };
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { key: 'issues.ANSWER_INVALID.wrong', values };
      if ((ind.min !== undefined && value < ind.min) || (ind.max !== undefined && value > ind.max)) return { key: 'issues.ANSWER_INVALID.out_of_range', values: { ...values, value: String(value) } };
      return null;
    }
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 100 ? null : { key: 'issues.ANSWER_INVALID.wrong', values };
    case 'parity':
      return parityProblem(value, values);
  }
}

/** Counts a rate ratio can be computed from: whole, eligible and men's users above 0, users within eligible. */
function parityProblem(value: AnswerValue, values: { readonly value: string; readonly expected: Words }): IssueWords<'ANSWER_INVALID'> | null {
  if (!isParityAnswer(value)) return { key: 'issues.ANSWER_INVALID.wrong', values };
  const extra = Object.keys(value).filter((k) => !(parityCounts as readonly string[]).includes(k));
  if (extra.length > 0) return { key: 'issues.ANSWER_INVALID.unknown_counts', values: { ...values, count: extra.length, counts: excerpt(extra.join(', ')) } };
  for (const count of parityCounts) {
    const n: unknown = value[count];
    if (n === undefined) return { key: 'issues.ANSWER_INVALID.count_missing', values: { ...values, name: count } };
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return { key: 'issues.ANSWER_INVALID.not_whole', values: { name: count, value: quoted(n as AnswerValue) } };
  }
  if (value.women_eligible === 0 || value.men_eligible === 0) return { key: 'issues.ANSWER_INVALID.eligible_zero' };
  if (value.men_users === 0) return { key: 'issues.ANSWER_INVALID.men_users_zero' };
  if (value.women_users > value.women_eligible) return { key: 'issues.ANSWER_INVALID.users_above_eligible', values: { users: 'women_users', eligible: 'women_eligible' } };
  if (value.men_users > value.men_eligible) return { key: 'issues.ANSWER_INVALID.users_above_eligible', values: { users: 'men_users', eligible: 'men_eligible' } };
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
