import { glossaryFor } from './glossary-for.js';
import { valueInWords } from '../answers/answer-in-words.js';
import type { Answer, AnswerValue, Indicator, NaReason, ParityAnswer, ParityCount, Rubric } from '../types.js';
import { isParityAnswer } from '../scoring/parity-score.js';
import { parityCounts } from '../vocabulary.js';
import { askDetails, type Draft } from './ask-details.js';
import { BACK, type Back, type Choice, type Prompter } from './prompter.js';
import { numberRule, parityCountRule } from './number-rules.js';
import { readNumber } from './read-number.js';
import { finish, walkSteps, type Step } from './walk-steps.js';

/** The part of an answer the main question decides; note, evidence and agency come after. */
export type Verdict = Pick<Answer, 'status' | 'value' | 'naReason' | 'naNote'>;

/** How a visit to one indicator ended. */
export type VisitOutcome =
  | { readonly kind: 'answered'; readonly answer: Answer }
  /** Left as it was on file. */
  | { readonly kind: 'kept' }
  | { readonly kind: 'skipped' }
  /** The user asked for the list of questions, to go to another one. */
  | { readonly kind: 'go-to' };

export interface Visit {
  readonly prompter: Prompter;
  readonly rubric: Rubric;
  readonly indicator: Indicator;
  /** The answer on file when the visit began. */
  readonly onFile: Answer | undefined;
  /** Whether there is a question before this one to go back to. */
  readonly hasPrevious: boolean;
  /** Whether the list of questions is worth offering (more than one question in scope). */
  readonly canGoTo: boolean;
  /** The agency offered when the answer names none: the previous question's, or the ministry. */
  readonly agency: { readonly name: string; readonly from: 'previous question' | 'ministry' };
  readonly save: (answer: Answer) => Promise<void>;
}

type Selection =
  | { readonly kind: 'value'; readonly value: AnswerValue }
  /** The value is asked in a second prompt (a checklist, a number), offering the value on file. */
  | { readonly kind: 'answer'; readonly ask: (onFile: AnswerValue | undefined) => Promise<AnswerValue | Back> }
  | { readonly kind: 'not-applicable' }
  | { readonly kind: 'dont-know' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'go-to' };

/** The reasons for "not applicable", each with the message that names it; both front ends show these. */
export const naReasonMessages: readonly (readonly [NaReason, string])[] = [
  ['outside-mandate', 'interview.na_reason.outside_mandate'],
  ['handled-nationally', 'interview.na_reason.handled_nationally'],
  ['service-does-not-exist', 'interview.na_reason.service_does_not_exist'],
  ['other', 'interview.na_reason.other'],
];

/**
 * Asks one indicator: the main question, then its note, evidence and agency. Every step is saved
 * as soon as it is given, so stopping half-way loses only what is being typed. BACK at the main
 * question means the user wants the previous indicator.
 */
export async function askIndicator(visit: Visit): Promise<VisitOutcome | Back> {
  const state: { draft: Draft | undefined } = { draft: undefined };
  // Read afresh by every step, so that a step asked again offers what was given since.
  const current = (): Answer | undefined => state.draft?.answer ?? visit.onFile;
  const record = async (verdict: Verdict): Promise<Step<VisitOutcome>> => {
    const answer = keepDetails(verdict, current());
    if (state.draft === undefined) state.draft = { answer, evidencePromptShown: false };
    else state.draft.answer = answer;
    await visit.save(answer);
    return askDetails(visit, state.draft);
  };

  const pick: Step<VisitOutcome> = async () => {
    const onFile = current();
    const selection = await askPick(visit, onFile);
    if (selection === BACK) return BACK;
    switch (selection.kind) {
      case 'skip':
        return finish(onFile === undefined ? { kind: 'skipped' } : { kind: 'kept' });
      case 'go-to':
        return finish({ kind: 'go-to' });
      case 'dont-know':
        return record({ status: 'dont-know' });
      case 'not-applicable':
        return naReason;
      case 'value':
        return record({ status: 'answered', value: selection.value });
      case 'answer':
        return async () => {
          const given = current();
          const value = await selection.ask(given?.status === 'answered' ? given.value : undefined);
          return value === BACK ? BACK : record({ status: 'answered', value });
        };
    }
  };

  const { t } = visit.prompter.messages;
  const naReason: Step<VisitOutcome> = async () => {
    const onFile = current();
    const reason = await visit.prompter.select({
      message: t('interview.na_reason.question'),
      // A critical indicator may be set aside only as handled for the whole country by another body: the reader refuses any other reason.
      choices: naReasonMessages.filter(([value]) => !visit.indicator.critical || value === 'handled-nationally').map(([value, key]): Choice<NaReason> => ({ value, name: t(key) })),
      back: true,
      ...(onFile?.naReason === undefined ? {} : { default: onFile.naReason }),
    });
    if (reason === BACK) return BACK;
    if (reason !== 'other') return record({ status: 'not-applicable', naReason: reason });
    return async () => {
      const given = current()?.naNote;
      const note = await visit.prompter.text({
        message: t('interview.na_reason.say_why'),
        back: true,
        ...(given === undefined ? {} : { default: given }),
        validate: (typed) => (typed.trim() === '' ? t('interview.na_reason.say_why_empty') : true),
      });
      return note === BACK ? BACK : record({ status: 'not-applicable', naReason: 'other', naNote: note.trim() });
    };
  };

  return walkSteps(pick);
}

function askPick(visit: Visit, onFile: Answer | undefined): Promise<Selection | Back> {
  const { indicator } = visit;
  const glossary = glossaryFor(indicator, visit.rubric.glossary);
  const { t } = visit.prompter.messages;
  const choices = answerChoices(visit, onFile);
  choices.push(
    { value: { kind: 'not-applicable' }, name: t('interview.choice.not_applicable'), short: t('interview.choice.not_applicable_short') },
    { value: { kind: 'dont-know' }, name: t('interview.choice.dont_know'), short: t('interview.choice.dont_know_short') },
    onFile === undefined
      ? { value: { kind: 'skip' }, name: t('interview.choice.skip'), short: t('interview.choice.skip_short') }
      : { value: { kind: 'skip' }, name: t('interview.choice.keep'), short: t('interview.choice.keep_short') },
  );
  if (visit.canGoTo) choices.push({ value: { kind: 'go-to' }, name: t('interview.choice.go_to'), short: t('interview.choice.go_to_short') });
  // A new question starts on nothing, so that a stray Enter cannot answer it.
  const chosen = onFile === undefined ? undefined : choices.find((c) => matches(c.value, onFile));
  return visit.prompter.select({
    message: indicator.question,
    choices,
    back: visit.hasPrevious,
    guidance: indicator.guidance,
    ...(glossary === undefined ? {} : { glossary }),
    ...(chosen === undefined ? {} : { default: chosen.value }),
  });
}

/** The choices that answer the question; checklists and numbers get one choice that leads to a second prompt. */
function answerChoices(visit: Visit, onFile: Answer | undefined): Choice<Selection>[] {
  const { indicator, prompter, rubric } = visit;
  const { t } = prompter.messages;
  const previous = onFile?.status === 'answered' ? onFile.value : undefined;
  const now = onFileText(visit, previous);
  const answer = t('interview.choice.answer_short');
  switch (indicator.type) {
    case 'level':
      return indicator.levels.map((descriptor, level) => {
        const label = rubric.scale[level]?.label ?? t('interview.choice.level_unnamed', { level });
        return { value: { kind: 'value', value: level }, key: String(level), name: t('interview.choice.level', { label, descriptor: descriptor ?? '' }), short: t('interview.choice.level_short', { level, label }) };
      });
    case 'yes-no':
      return [
        { value: { kind: 'value', value: 'yes' }, name: t('interview.choice.yes', { descriptor: indicator.levels[indicator.yesLevel] ?? '' }).trim(), short: t('interview.choice.yes_short') },
        { value: { kind: 'value', value: 'no' }, name: t('interview.choice.no', { descriptor: indicator.levels[indicator.noLevel] ?? '' }).trim(), short: t('interview.choice.no_short') },
      ];
    case 'choice':
      return indicator.options.map((o) => ({ value: { kind: 'value', value: o.id }, name: o.label }));
    case 'checklist': {
      const ask = async (onFile: AnswerValue | undefined): Promise<AnswerValue | Back> => {
        const ticked = Array.isArray(onFile) ? onFile : [];
        const ids = await prompter.checkbox({
          message: t('interview.tick_items'),
          choices: indicator.items.map((i) => ({ value: i.id, name: i.label })),
          checked: indicator.items.map((i) => i.id).filter((id) => ticked.includes(id)),
          back: true,
        });
        // Rubric order, whatever order the items were ticked in.
        return ids === BACK ? BACK : indicator.items.map((i) => i.id).filter((id) => ids.includes(id));
      };
      return [{ value: { kind: 'answer', ask }, name: t('interview.choice.tick', { now }), short: answer }];
    }
    case 'percent': {
      const ask = (onFile: AnswerValue | undefined): Promise<number | Back> => askNumber(prompter, t('interview.percentage_prompt'), numberRule(indicator).rule, onFile);
      return [{ value: { kind: 'answer', ask }, name: t('interview.choice.percentage', { now }), short: answer }];
    }
    case 'parity': {
      const ask = async (onFile: AnswerValue | undefined): Promise<ParityAnswer | Back> => {
        const counts: Partial<Record<ParityCount, number>> = {};
        // One count at a time; ← on the first count goes back to the answer menu, on a later one to the count before.
        for (let k = 0; k < parityCounts.length; ) {
          const count = parityCounts[k] as ParityCount;
          const before = counts[count] ?? (isParityAnswer(onFile) ? onFile[count] : undefined);
          const n = await askNumber(prompter, t('interview.count_prompt', { count: indicator.counts[count] }), parityCountRule(count, counts), before);
          if (n === BACK) {
            if (k === 0) return BACK;
            k -= 1;
            continue;
          }
          counts[count] = n;
          k += 1;
        }
        return counts as ParityAnswer;
      };
      return [{ value: { kind: 'answer', ask }, name: t('interview.choice.counts', { now }), short: answer }];
    }
    case 'number': {
      const prompt = indicator.unit === undefined ? t('interview.number_prompt') : t('interview.number_prompt_in', { unit: indicator.unit });
      const message = indicator.min !== undefined && indicator.max !== undefined ? t('interview.number_range', { prompt, min: indicator.min, max: indicator.max }) : prompt;
      const ask = (onFile: AnswerValue | undefined): Promise<number | Back> => askNumber(prompter, message, numberRule(indicator).rule, onFile);
      const name = indicator.unit === undefined ? t('interview.choice.number', { now }) : t('interview.choice.number_in', { unit: indicator.unit, now });
      return [{ value: { kind: 'answer', ask }, name, short: answer }];
    }
  }
}

/** For an answer given in a second prompt, what is on file now. */
function onFileText(visit: Visit, previous: AnswerValue | undefined): string {
  return previous === undefined ? '' : visit.prompter.messages.t('interview.choice.now', { answer: valueInWords(visit.indicator, previous, visit.prompter.messages) });
}

/** A number typed as text, so that `0,82`, `38%` and ` 12 ` are read as people mean them. */
async function askNumber(prompter: Prompter, message: string, rule: Parameters<typeof readNumber>[1], previous: AnswerValue | undefined): Promise<number | Back> {
  const check = (text: string): ReturnType<typeof readNumber> => readNumber(text, rule, prompter.messages);
  const text = await prompter.text({
    message,
    back: true,
    ...(typeof previous === 'number' ? { default: String(previous) } : {}),
    validate: (t) => {
      const reading = check(t);
      return reading.ok ? true : reading.problem;
    },
  });
  if (text === BACK) return BACK;
  const reading = check(text);
  if (!reading.ok) throw new Error(`the prompter returned "${text}", which its own check refused`);
  return reading.value;
}

function matches(pick: Selection, answer: Answer): boolean {
  switch (pick.kind) {
    case 'value':
      return answer.status === 'answered' && answer.value === pick.value;
    case 'answer':
      return answer.status === 'answered';
    case 'not-applicable':
    case 'dont-know':
      return answer.status === pick.kind;
    case 'skip':
    case 'go-to':
      return false;
  }
}

/** A changed answer keeps the note, evidence and agency already on file; the next questions offer them as defaults. */
export function keepDetails(verdict: Verdict, onFile: Answer | undefined): Answer {
  return {
    ...verdict,
    evidence: onFile?.evidence ?? [],
    ...(onFile?.note === undefined ? {} : { note: onFile.note }),
    ...(onFile?.agency === undefined ? {} : { agency: onFile.agency }),
  };
}
