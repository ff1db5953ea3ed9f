import { isAbsolute, relative } from 'node:path';
import type { Issue } from '../core/issues.js';
import { sanitize } from '../core/sanitize.js';

/** `file:line:col: message`, with the file relative to the working folder when it lies inside it. */
export function formatIssue(issue: Issue, options: { colour: boolean; cwd?: string }): string {
  const cwd = options.cwd ?? process.cwd();
  const rel = isAbsolute(issue.file) ? relative(cwd, issue.file) : issue.file;
  const file = rel.startsWith('..') || rel === '' ? issue.file : rel;
  const where = issue.position === undefined ? file : `${file}:${issue.position.line}:${issue.position.col}`;
  const kind = issue.severity === 'warning' ? 'warning: ' : '';
  return sanitize(`${where}: ${kind}${issue.message} [${issue.code}]`);
}
