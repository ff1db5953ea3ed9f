import { isAbsolute, relative } from 'node:path';
import type { Issue } from '../core/issues.js';
import type { Messages } from '../core/messages/messages.js';
import { sanitize } from '../core/sanitize.js';

/**
 * `file:line:col: message [CODE]`, the message said in the run's language, with the file
 * relative to the working folder when it lies inside it. The place and the code stay as they
 * are in every language: editors jump to the one, and the other is what to search for.
 */
export function formatIssue(issue: Issue, messages: Messages, options: { cwd?: string } = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const rel = isAbsolute(issue.file) ? relative(cwd, issue.file) : issue.file;
  const file = rel.startsWith('..') || rel === '' ? issue.file : rel;
  const where = issue.position === undefined ? file : `${file}:${issue.position.line}:${issue.position.col}`;
  const values = { where, message: messages.say(issue.words), code: issue.code };
  return sanitize(messages.t(issue.severity === 'warning' ? 'issues.line.warning' : 'issues.line.error', values));
}
