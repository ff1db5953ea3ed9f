import { UserError } from '../core/errors.js';
import { sanitize } from '../core/sanitize.js';
import { formatIssue } from './format-issue.js';
import type { Io } from './io.js';
import { gretVersion } from './version.js';

/** Prints an error as a person should see it and returns the exit code. */
export function reportError(error: unknown, io: Io): number {
  if (error instanceof UserError) {
    io.err(formatUserError(error));
    return 2;
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.err(
    `gret: this is a bug in gret ${gretVersion()}, not in your files.\n` +
      `  ${sanitize(detail)}\n` +
      'Please report it with the command you ran; your answers files were not changed by this error.\n',
  );
  if (process.env['GRET_DEBUG'] !== undefined && error instanceof Error && error.stack !== undefined) io.err(`${error.stack}\n`);
  return 70;
}

export function formatUserError(error: UserError): string {
  const lines = [`gret: ${sanitize(error.message)}`];
  for (const issue of error.issues) lines.push(`  ${formatIssue(issue, { colour: false })}`);
  if (error.hint !== undefined) lines.push(sanitize(error.hint));
  return `${lines.join('\n')}\n`;
}
