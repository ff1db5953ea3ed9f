import type { Answer, AnswerValue, Indicator, NaReason, Rubric } from '../types.js';
import type { Choice, Prompter } from './prompter.js';

/** The part of an answer the main question decides; note, evidence and agency come after. */
export type Verdict = Pick<Answer, 'status' | 'value' | 'naReason' | 'naNote'>;

type Selection =
  | { readonly kind: 'value'; readonly value: AnswerValue }
  /** The value is asked in a second prompt (a checklist, a number). */
  | { readonly kind: 'answer'; readonly ask: () => Promise<AnswerValue> }
  | { readonly kind: 'not-applicable' }
  | { readonly kind: 'dont-know' }
  | { readonly kind: 'skip' };

const naReasonChoices: readonly Choice<NaReason>[] = [
  { value: 'outside-mandate', name: "Outside the ministry's mandate" },
  { value: 'handled-nationally', name: 'Handled nationally by another body' },
  { value: 'service-does-not-exist', name: 'The service does not exist' },
  { value: 'other', name: 'Another reason (you will be asked which)' },
];

/**
 * Asks the main question of one indicator with the prompt that fits its type. Returns null when
 * the user skips it (or, reviewing, keeps the answer on file as it is).
 */
export async function askAnswer(prompter: Prompter, rubric: Rubric, indicator: Indicator, current: Answer | undefined): Promise<Verdict | null> {
  const pick = await askPick(prompter, rubric, indicator, current);
  switch (pick.kind) {
    case 'skip':
      return null;
    case 'dont-know':
      return { status: 'dont-know' };
    case 'not-applicable':
      return askNotApplicable(prompter, current);
    case 'value':
      return { status: 'answered', value: pick.value };
    case 'answer':
      return { status: 'answered', value: await pick.ask() };
  }
}

async function askPick(prompter: Prompter, rubric: Rubric, indicator: Indicator, current: Answer | undefined): Promise<Selection> {
  const choices = answerChoices(prompter, rubric, indicator, current);
  choices.push(
    { value: { kind: 'not-applicable' }, name: 'Not applicable: this does not apply to the ministry', short: 'Not applicable' },
    { value: { kind: 'dont-know' }, name: "Don't know: nobody here can say yet (counts as level 0 until answered)", short: "Don't know" },
    current === undefined
      ? { value: { kind: 'skip' }, name: 'Skip for now: come back to it later', short: 'Skipped for now' }
      : { value: { kind: 'skip' }, name: 'Keep the answer on file as it is and go on', short: 'Kept as it is' },
  );
  const chosen = current === undefined ? undefined : choices.find((c) => matches(c.value, current));
  return prompter.select({
    // The question itself, so that it stays in view right above the choices however long the guidance.
    message: indicator.question,
    choices,
    ...(chosen === undefined ? {} : { default: chosen.value }),
  });
}

/** The choices that answer the question; checklists and numbers get one choice that leads to a second prompt. */
function answerChoices(prompter: Prompter, rubric: Rubric, indicator: Indicator, current: Answer | undefined): Choice<Selection>[] {
  const previous = current?.status === 'answered' ? current.value : undefined;
  switch (indicator.type) {
    case 'level':
      return indicator.levels.map((descriptor, level) => {
        const label = rubric.scale[level]?.label ?? `Level ${level}`;
        return { value: { kind: 'value', value: level }, name: `${level} ${label}: ${descriptor}`, short: `Level ${level}, ${label}` };
      });
    case 'yes-no':
      return [
        { value: { kind: 'value', value: 'yes' }, name: `Yes: ${indicator.levels[indicator.yesLevel] ?? ''}`.trim(), short: 'Yes' },
        { value: { kind: 'value', value: 'no' }, name: `No: ${indicator.levels[indicator.noLevel] ?? ''}`.trim(), short: 'No' },
      ];
    case 'choice':
      return indicator.options.map((o) => ({ value: { kind: 'value', value: o.id }, name: o.label }));
    case 'checklist': {
      const ticked = Array.isArray(previous) ? previous : [];
      const ask = async (): Promise<AnswerValue> => {
        const ids = await prompter.checkbox({
          message: 'Tick every item that applies',
          choices: indicator.items.map((i) => ({ value: i.id, name: i.label })),
          checked: indicator.items.map((i) => i.id).filter((id) => ticked.includes(id)),
        });
        // Rubric order, whatever order the items were ticked in.
        return indicator.items.map((i) => i.id).filter((id) => ids.includes(id));
      };
      return [{ value: { kind: 'answer', ask }, name: 'Answer: tick the items that apply', short: 'Answer' }];
    }
    case 'percent': {
      const ask = (): Promise<number> =>
        prompter.number({ message: 'Percentage (0 to 100)', min: 0, max: 100, ...(typeof previous === 'number' ? { default: previous } : {}) });
      return [{ value: { kind: 'answer', ask }, name: 'Answer: give the percentage', short: 'Answer' }];
    }
    case 'number': {
      const unit = indicator.unit === undefined ? '' : ` of ${indicator.unit}`;
      const ask = (): Promise<number> =>
        prompter.number({
          message: `Number${unit}`,
          ...(indicator.min === undefined ? {} : { min: indicator.min }),
          ...(indicator.max === undefined ? {} : { max: indicator.max }),
          ...(typeof previous === 'number' ? { default: previous } : {}),
        });
      return [{ value: { kind: 'answer', ask }, name: `Answer: give the number${unit}`, short: 'Answer' }];
    }
  }
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
      return false;
  }
}

async function askNotApplicable(prompter: Prompter, current: Answer | undefined): Promise<Verdict> {
  const reason = await prompter.select({
    message: 'Why does it not apply?',
    choices: naReasonChoices,
    ...(current?.naReason === undefined ? {} : { default: current.naReason }),
  });
  if (reason !== 'other') return { status: 'not-applicable', naReason: reason };
  const note = await prompter.text({
    message: 'Say why it does not apply',
    ...(current?.naNote === undefined ? {} : { default: current.naNote }),
    validate: (t) => (t.trim() === '' ? 'Give the reason: it is shown in the report beside the indicator.' : true),
  });
  return { status: 'not-applicable', naReason: 'other', naNote: note.trim() };
}
