import type { Issue } from './issues.js';

/** An error the user can fix: printed as one paragraph, never with a stack. Exit code 2. */
export class UserError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly issues: readonly Issue[];

  constructor(code: string, message: string, options: { hint?: string; issues?: readonly Issue[] } = {}) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.hint = options.hint;
    this.issues = options.issues ?? [];
  }
}
