import type { Messages } from '../messages/messages.js';
import type { Screen } from './screen.js';

/** What a prompt returns when the user asks for the previous question instead of answering. */
export const BACK: unique symbol = Symbol('previous question');
export type Back = typeof BACK;

/**
 * What the interview needs from a terminal. The shell implements it with real prompts; tests
 * implement it with a script. The interview never imports a prompt library.
 *
 * Every prompt may offer a way back (`back: true`): a "previous question" choice and key. A
 * prompt that offers none never returns BACK.
 */
export interface Prompter {
  /** The interface's words in the language the interview is held in. */
  readonly messages: Messages;
  /**
   * Shows something that needs no reply. A `question` screen also says which indicator the
   * prompts that follow belong to, until the next screen of another kind.
   */
  show(screen: Screen): void;
  select<V>(question: SelectQuestion<V>): Promise<V | Back>;
  checkbox<V>(question: CheckboxQuestion<V>): Promise<V[] | Back>;
  text(question: TextQuestion): Promise<string | Back>;
}

export interface Choice<V> {
  readonly value: V;
  /** The full text of the choice; may be long, the shell wraps it. */
  readonly name: string;
  /** What is echoed once chosen, when the name is too long for that. */
  readonly short?: string;
  /** A number shown before the name; typing it picks this choice (a level, an entry in a list). */
  readonly key?: string;
}

interface Question {
  readonly message: string;
  /** Offer "previous question". */
  readonly back?: boolean;
}

export interface SelectQuestion<V> extends Question {
  readonly choices: readonly Choice<V>[];
  /** What the way back is called in the list, when it does not lead to the previous question. */
  readonly backName?: string;
  /** Longer guidance the user can call up beside the choices. */
  readonly guidance?: string;
  /** The pack's glossary, terms of this question first, which the user can call up the same way. */
  readonly glossary?: string;
  /**
   * The choice highlighted at the start, compared by identity (pass one of the choices' values).
   * Without it nothing is highlighted, and Enter does nothing until a choice is made.
   */
  readonly default?: V;
}

export interface CheckboxQuestion<V> extends Question {
  readonly choices: readonly Choice<V>[];
  readonly checked?: readonly V[];
}

export interface TextQuestion extends Question {
  /** Taken when Enter is pressed on an empty line. */
  readonly default?: string;
  /** Returns a message saying what is wrong, or true when the text is acceptable. */
  readonly validate?: (text: string) => string | true;
}

/** Thrown by a prompter when the user cancels (Ctrl+C); everything answered before is already saved. */
export class InterviewCancelled extends Error {
  constructor() {
    super('The interview was cancelled.');
    this.name = 'InterviewCancelled';
  }
}
