import type { Messages } from '../core/messages/messages.js';
import { answerIssues } from '../core/answers/parse-answers.js';
import { keepDetails, type Verdict } from '../core/interview/ask-answer.js';
import { withText } from '../core/interview/ask-details.js';
import { numberRule, parityCountRule } from '../core/interview/number-rules.js';
import { readNumber, type NumberRule } from '../core/interview/read-number.js';
import type { Answer, Indicator, ParityCount, Rubric } from '../core/types.js';
import { naReasons, parityCounts } from '../core/vocabulary.js';

/**
 * An indicator's form as typed: what the page shows (from the answer on file, or as posted when
 * it had to be refused) and what a post is read from. `choice` is `=<value>` for an answer picked
 * from the list (a level, yes or no, an option), `answer` for one typed or ticked beside it,
 * `not-applicable` or `dont-know`.
 */
export interface AnswerFields {
  readonly choice: string | undefined;
  readonly items: readonly string[];
  /** The number of a number or percent indicator, under `number`; a parity indicator's four counts under their names. */
  readonly numbers: Readonly<Record<string, string>>;
  readonly naReason: string | undefined;
  readonly naNote: string;
  readonly note: string;
  readonly agency: string;
}

/** A problem with one field of the form, said in words; `field` is the id of the input to go to. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export type FormOutcome = { readonly ok: true; readonly answer: Answer } | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** Whether the indicator is answered by picking one of a list, rather than by typing or ticking. */
function isPicked(indicator: Indicator): boolean {
  return indicator.type === 'level' || indicator.type === 'yes-no' || indicator.type === 'choice';
}

/** The fields showing an answer on file (or none), with the agency to offer when it names none. */
export function fieldsOf(indicator: Indicator, answer: Answer | undefined, agency: string): AnswerFields {
  const value = answer?.status === 'answered' ? answer.value : undefined;
  const numbers: Record<string, string> = {};
  if (typeof value === 'number') numbers['number'] = String(value);
  if (typeof value === 'object' && !Array.isArray(value)) for (const count of parityCounts) numbers[count] = String((value as Record<ParityCount, number>)[count]);
  const choice =
    answer === undefined ? undefined : answer.status !== 'answered' ? answer.status : isPicked(indicator) ? `=${String(value)}` : 'answer';
  return {
    choice,
    items: Array.isArray(value) ? value : [],
    numbers,
    naReason: answer?.naReason,
    naNote: answer?.naNote ?? '',
    note: answer?.note ?? '',
    agency: answer?.agency ?? agency,
  };
}

export function fieldsFromForm(form: URLSearchParams): AnswerFields {
  const numbers: Record<string, string> = {};
  for (const name of ['number', ...parityCounts]) {
    const v = form.get(name);
    if (v !== null) numbers[name] = v;
  }
  return {
    choice: form.get('choice') ?? undefined,
    items: form.getAll('item'),
    numbers,
    naReason: form.get('na_reason') ?? undefined,
    naNote: form.get('na_note') ?? '',
    note: form.get('note') ?? '',
    agency: form.get('agency') ?? '',
  };
}

/**
 * Reads a posted answer by the rules of `gret assess`: numbers as `readNumber` reads them, with the
 * same limits; note and agency as typed text; evidence kept from the answer on file; and the
 * whole answer checked as the answers file will be read, so nothing is saved that a later read
 * would refuse.
 */
export function answerFromFields(file: string, rubric: Rubric, indicator: Indicator, fields: AnswerFields, onFile: Answer | undefined, messages: Messages): FormOutcome {
  const problems: FieldProblem[] = [];
  const verdict = readVerdict(indicator, fields, problems, messages);
  if (verdict === undefined) return { ok: false, problems };
  const answer = withText(withText(keepDetails(verdict, onFile), 'note', fields.note), 'agency', fields.agency);
  const issues = answerIssues(file, rubric, indicator, answer);
  if (issues.length > 0) return { ok: false, problems: issues.map((i) => ({ field: fieldOf(i.path), message: sentence(messages.say(i.words)) })) };
  return { ok: true, answer };
}

function readVerdict(indicator: Indicator, fields: AnswerFields, problems: FieldProblem[], messages: Messages): Verdict | undefined {
  const typedSomething = fields.items.length > 0 || Object.values(fields.numbers).some((v) => v.trim() !== '');
  // Ticking items or typing a number beside "Answer" is taken as choosing it.
  const choice = fields.choice ?? (!isPicked(indicator) && typedSomething ? 'answer' : undefined);
  if (choice === undefined) {
    problems.push({ field: 'choice', message: messages.t('web.problem.choose') });
    return undefined;
  }
  if (choice === 'dont-know') return { status: 'dont-know' };
  if (choice === 'not-applicable') {
    const reason = naReasons.find((r) => r === fields.naReason);
    if (reason === undefined) {
      problems.push({ field: 'na_reason', message: messages.t('web.problem.choose_reason') });
      return undefined;
    }
    if (reason !== 'other') return { status: 'not-applicable', naReason: reason };
    const note = fields.naNote.trim();
    if (note === '') {
      problems.push({ field: 'na_note', message: messages.t('interview.na_reason.say_why_empty') });
      return undefined;
    }
    return { status: 'not-applicable', naReason: 'other', naNote: note };
  }
  if (choice.startsWith('=') && isPicked(indicator)) {
    const picked = choice.slice(1);
    // A level is a number in the file; the other lists are answered with their ids.
    return { status: 'answered', value: indicator.type === 'level' && /^\d+$/.test(picked) ? Number(picked) : picked };
  }
  if (choice !== 'answer' || isPicked(indicator)) {
    problems.push({ field: 'choice', message: messages.t('web.problem.choose_listed') });
    return undefined;
  }
  switch (indicator.type) {
    case 'checklist':
      // Rubric order, whatever order the items came in; an unknown one is left for the file's check to name.
      return { status: 'answered', value: [...indicator.items.map((i) => i.id).filter((id) => fields.items.includes(id)), ...fields.items.filter((id) => !indicator.items.some((i) => i.id === id))] };
    case 'number':
    case 'percent': {
      const n = readField('number', fields, numberRule(indicator).rule, problems, messages);
      return n === undefined ? undefined : { status: 'answered', value: n };
    }
    case 'parity': {
      const counts: Partial<Record<ParityCount, number>> = {};
      for (const count of parityCounts) {
        const n = readField(count, fields, parityCountRule(count, counts), problems, messages);
        if (n === undefined) return undefined;
        counts[count] = n;
      }
      return { status: 'answered', value: counts as Record<ParityCount, number> };
    }
    default:
      return undefined;
  }
}

function readField(name: string, fields: AnswerFields, rule: NumberRule, problems: FieldProblem[], messages: Messages): number | undefined {
  const reading = readNumber(fields.numbers[name] ?? '', rule, messages);
  if (reading.ok) return reading.value;
  problems.push({ field: name, message: reading.problem });
  return undefined;
}

/** The form field a file issue's path points at (answers.<id>.<key>). */
function fieldOf(path: readonly (string | number)[]): string {
  const key = path[2];
  if (key === 'na_reason' || key === 'na_note' || key === 'agency' || key === 'note') return key;
  return 'choice';
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
