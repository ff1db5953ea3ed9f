import { UserError, type Excerpt } from '../core/errors.js';
import { displayWidth } from '../report/terminal/display-width.js';
import type { Messages } from '../core/messages/messages.js';
import { sanitize } from '../core/sanitize.js';
import { formatIssue } from './format-issue.js';
import type { Io } from './io.js';
import { loadMessages } from './load-messages.js';
import { errorLanguage } from './run-language.js';
import { gretVersion } from './version.js';

/** Prints an error as a person should see it and returns the exit code. */
export function reportError(error: unknown, io: Io): number {
  if (error instanceof UserError) {
    io.err(formatUserError(error, errorMessages()));
    return 2;
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const messages = errorMessages();
  io.err(`${messages.t('errors.bug.title', { version: gretVersion() })}\n  ${sanitize(detail)}\n${messages.t('errors.bug.what_to_do')}\n`);
  if (process.env['GRET_DEBUG'] !== undefined && error instanceof Error && error.stack !== undefined) io.err(`${error.stack}\n`);
  return 70;
}

/** The catalog of the run's language; English when that catalog is the very file that cannot be read. */
function errorMessages(): Messages {
  try {
    return loadMessages(errorLanguage());
  } catch (error) {
    if (error instanceof UserError) return loadMessages('en');
    throw error;
  }
}

/** The line as written above the line as mended, their texts lined up under each other whatever the labels' lengths. */
function excerptLines(excerpt: Excerpt, messages: Messages): string[] {
  const rows: [string, string][] = [[messages.t('errors.yaml.written_label', { line: excerpt.line }), excerpt.written]];
  if (excerpt.mended !== undefined) rows.push([messages.t('errors.yaml.mended_label'), excerpt.mended]);
  const width = Math.max(...rows.map(([label]) => displayWidth(label))) + 1;
  return rows.map(([label, text]) => sanitize(`  ${label}${' '.repeat(width - displayWidth(label))}${text}`));
}

export function formatUserError(error: UserError, messages: Messages): string {
  const lines = [`gret: ${sanitize(messages.say(error.words))}`];
  for (const issue of error.issues) lines.push(`  ${formatIssue(issue, messages)}`);
  if (error.excerpt !== undefined) lines.push(...excerptLines(error.excerpt, messages));
  if (error.hint !== undefined) lines.push(sanitize(messages.say(error.hint)));
  return `${lines.join('\n')}\n`;
}
