import { loadMessages } from '../src/cli/load-messages.js';
import type { Issue } from '../src/core/issues.js';

const english = loadMessages('en');

/** An issue's message as an English run prints it. */
export function inEnglish(issue: Issue | undefined): string | undefined {
  return issue === undefined ? undefined : english.say(issue.words);
}
