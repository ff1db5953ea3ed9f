import type { Screen } from './screen.js';

/**
 * What the interview needs from a terminal. The shell implements it with real prompts; tests
 * implement it with a script. The interview never imports a prompt library.
 */
export interface Prompter {
  /** Shows something that needs no reply: where the user is, a question's text, a skipped indicator. */
  show(screen: Screen): void;
  select<V>(question: SelectQuestion<V>): Promise<V>;
  checkbox<V>(question: CheckboxQuestion<V>): Promise<V[]>;
  text(question: TextQuestion): Promise<string>;
  number(question: NumberQuestion): Promise<number>;
}

export interface Choice<V> {
  readonly value: V;
  /** The full text of the choice; may be long, the shell wraps it. */
  readonly name: string;
  /** What is echoed once chosen, when the name is too long for that. */
  readonly short?: string;
}

interface SelectQuestion<V> {
  readonly message: string;
  readonly choices: readonly Choice<V>[];
  /** Pre-selected value; compared by identity, so pass one of the choices' values. */
  readonly default?: V;
}

interface CheckboxQuestion<V> {
  readonly message: string;
  readonly choices: readonly Choice<V>[];
  readonly checked?: readonly V[];
}

interface TextQuestion {
  readonly message: string;
  readonly default?: string;
  /** Returns a message saying what is wrong, or true when the text is acceptable. */
  readonly validate?: (text: string) => string | true;
}

interface NumberQuestion {
  readonly message: string;
  readonly default?: number;
  readonly min?: number;
  readonly max?: number;
}

/** Thrown by a prompter when the user cancels (Ctrl+C); everything answered before is already saved. */
export class InterviewCancelled extends Error {
  constructor() {
    super('The interview was cancelled.');
    this.name = 'InterviewCancelled';
  }
}
