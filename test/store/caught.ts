import { UserError } from '../../src/core/errors.js';
import { loadMessages } from '../../src/cli/load-messages.js';
import type { Words } from '../../src/core/messages/messages.js';

/** The UserError that `run` throws; any other outcome fails the test. */
export function caught(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

const english = loadMessages('en');

/** What an error (or a notice) says in English, as the terminal prints it after "gret: ". */
export function said(error: UserError | Words): string {
  return english.say(error instanceof UserError ? error.words : error);
}

/** The error's hint in English, if it has one. */
export function hinted(error: UserError): string | undefined {
  return error.hint === undefined ? undefined : english.say(error.hint);
}
