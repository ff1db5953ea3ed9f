import { BACK, InterviewCancelled, type Back, type CheckboxQuestion, type Choice, type Prompter, type SelectQuestion } from '../core/interview/prompter.js';
import type { Screen } from '../core/interview/screen.js';
import type { Messages } from '../core/messages/messages.js';
import { sanitize } from '../core/sanitize.js';
import { questionHeading, renderScreen } from '../report/terminal/interview-screen.js';
import type { Style } from '../report/terminal/style.js';
import { checkboxPrompt } from './prompts/checkbox.js';
import type { Frame } from './prompts/frame.js';
import { selectPrompt, type ListItem } from './prompts/select.js';
import { textPrompt } from './prompts/text.js';

interface TerminalPrompterOptions {
  readonly messages: Messages;
  readonly write: (text: string) => void;
  readonly style: Style;
  readonly columns: number;
  readonly rows: number;
}

/**
 * The interview's prompts on a real terminal, with gret's own prompts (src/cli/prompts). While
 * an indicator is being asked, its position and title are repeated above every prompt, so that
 * they stay in view on a small terminal.
 */
export function terminalPrompter(options: TerminalPrompterOptions): Prompter {
  const { columns, rows, style } = options;
  let heading: string | undefined;
  const { messages } = options;
  const frame = (): Frame => ({ messages, columns, rows, style, ...(heading === undefined ? {} : { heading }) });
  const item = <V>(c: Choice<V>): ListItem => ({ name: sanitize(c.name), ...(c.key === undefined ? {} : { key: c.key }), ...(c.short === undefined ? {} : { short: sanitize(c.short) }) });
  const valueAt = <V>(choices: readonly Choice<V>[], index: number): V => {
    const choice = choices[index];
    if (choice === undefined) throw new Error(`the prompt returned choice ${index} of ${choices.length}`);
    return choice.value;
  };

  return {
    messages: options.messages,
    show(screen: Screen) {
      if (screen.kind === 'question') heading = questionHeading(screen.indicator, screen.position, { messages, style, columns });
      else if (!belongsToQuestion(screen)) heading = undefined;
      options.write(renderScreen(screen, { messages, style, columns }));
    },
    async select<V>(q: SelectQuestion<V>): Promise<V | Back> {
      const start = q.default === undefined ? -1 : q.choices.findIndex((c) => c.value === q.default);
      const index = await cancellable(
        selectPrompt({
          ...frame(),
          message: sanitize(q.message),
          items: q.choices.map(item),
          back: q.back === true,
          ...(start === -1 ? {} : { start }),
          ...(q.backName === undefined ? {} : { backName: sanitize(q.backName) }),
          ...(q.guidance === undefined ? {} : { guidance: sanitize(q.guidance) }),
          ...(q.glossary === undefined ? {} : { glossary: q.glossary.split('\n').map(sanitize).join('\n') }),
        }),
      );
      return index === BACK ? BACK : valueAt(q.choices, index);
    },
    async checkbox<V>(q: CheckboxQuestion<V>): Promise<V[] | Back> {
      const ticked = q.choices.flatMap((c, i) => (q.checked?.includes(c.value) === true ? [i] : []));
      const indexes = await cancellable(checkboxPrompt({ ...frame(), message: sanitize(q.message), items: q.choices.map((c) => sanitize(c.name)), ticked, back: q.back === true }));
      return indexes === BACK ? BACK : indexes.map((i) => valueAt(q.choices, i));
    },
    text: (q) =>
      cancellable(
        textPrompt({
          ...frame(),
          message: sanitize(q.message),
          back: q.back === true,
          ...(q.default === undefined ? {} : { default: q.default }),
          ...(q.validate === undefined ? {} : { validate: q.validate }),
        }),
      ),
  };
}

/** Screens shown between the prompts of one indicator, which keep its heading. */
function belongsToQuestion(screen: Screen): boolean {
  return screen.kind === 'evidence' || screen.kind === 'evidence-deleted';
}

/** Ctrl+C (or the terminal closing) rejects a prompt with ExitPromptError; the interview sees a cancellation. */
async function cancellable<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterviewCancelled();
    throw error;
  }
}
