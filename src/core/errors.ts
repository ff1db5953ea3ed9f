import type { Issue } from './issues.js';
import type { Words } from './messages/messages.js';

/** The line of a file where a mistake is, as written and, where one is known, as mended: shown one above the other. */
export interface Excerpt {
  readonly line: number;
  readonly written: string;
  readonly mended?: string;
}

/**
 * An error the user can fix: printed as one paragraph, never with a stack. Exit code 2. It
 * carries words, not text: the shell says them in the run's language. Its `message` is the
 * catalog key, for whoever sees it as a plain Error.
 */
export class UserError extends Error {
  readonly code: string;
  readonly words: Words;
  readonly hint: Words | undefined;
  readonly issues: readonly Issue[];
  readonly excerpt: Excerpt | undefined;

  constructor(code: string, words: Words, options: { hint?: Words; issues?: readonly Issue[]; excerpt?: Excerpt } = {}) {
    super(words.key);
    this.name = 'UserError';
    this.code = code;
    this.words = words;
    this.hint = options.hint;
    this.issues = options.issues ?? [];
    this.excerpt = options.excerpt;
  }
}
