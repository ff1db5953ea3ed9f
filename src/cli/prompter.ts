import { checkbox, input, number, select } from '@inquirer/prompts';
import { InterviewCancelled, type Choice, type Prompter } from '../core/interview/prompter.js';
import type { Screen } from '../core/interview/screen.js';
import { sanitize } from '../core/sanitize.js';
import { renderScreen } from '../report/terminal/interview-screen.js';
import type { Style } from '../report/terminal/style.js';
import { wrap } from '../report/terminal/wrap.js';

interface TerminalPrompterOptions {
  readonly write: (text: string) => void;
  readonly style: Style;
  readonly columns: number;
  readonly rows: number;
}

/** The interview's prompts on a real terminal, with @inquirer/prompts; the one module that imports it. */
export function terminalPrompter(options: TerminalPrompterOptions): Prompter {
  const { columns, rows, style } = options;
  // The prompt library draws "❯ " before each choice; continuation lines are indented past it.
  const choiceName = (name: string): string => wrap(sanitize(name), columns - 3, '  ').replace(/\n/g, '\n  ');
  const pageSize = (choices: readonly Choice<unknown>[]): number => {
    const lines = choices.reduce((n, c) => n + choiceName(c.name).split('\n').length, 0);
    return Math.max(5, Math.min(lines, rows - 6));
  };
  // "? " comes before the message; the library would break a long one in the middle of a word.
  const message = (text: string): string => wrap(sanitize(text), columns - 2, '  ');
  const toInquirer = <V>(c: Choice<V>): { value: V; name: string; short: string } => ({ value: c.value, name: choiceName(c.name), short: sanitize(c.short ?? c.name) });
  return {
    show(screen: Screen) {
      options.write(renderScreen(screen, { style, columns }));
    },
    select: (q) =>
      cancellable(
        select({
          message: message(q.message),
          choices: q.choices.map(toInquirer),
          pageSize: pageSize(q.choices),
          loop: false,
          ...(q.default === undefined ? {} : { default: q.default }),
        }),
      ),
    checkbox: (q) =>
      cancellable(
        checkbox({
          message: message(q.message),
          choices: q.choices.map((c) => ({ ...toInquirer(c), checked: q.checked?.includes(c.value) ?? false })),
          pageSize: pageSize(q.choices),
          loop: false,
        }),
      ),
    text: (q) =>
      cancellable(
        input({
          message: message(q.message),
          ...(q.default === undefined ? {} : { default: q.default }),
          ...(q.validate === undefined ? {} : { validate: q.validate }),
        }),
      ),
    number: async (q) => {
      const value = await cancellable(
        number({
          message: message(q.message),
          required: true,
          step: 'any',
          ...(q.min === undefined ? {} : { min: q.min }),
          ...(q.max === undefined ? {} : { max: q.max }),
          ...(q.default === undefined ? {} : { default: q.default }),
        }),
      );
      if (value === undefined) throw new Error('a required number prompt resolved without a number');
      return value;
    },
  };
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
