import type { Words } from './messages/messages.js';

/**
 * A problem found in user input. `path` locates it inside the parsed data of `file`;
 * the shell turns that into file:line:col with the YAML document it parsed.
 */
export interface Issue {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly code: string;
  /**
   * What is wrong and what to do, as words the shell says in the run's language: the catalog
   * key `issues.<CODE>` (or `issues.<CODE>.<case>` where one code has several wordings) and the
   * ids, numbers and lists it fills in. Nothing in the core is English text.
   */
  readonly words: Words;
  readonly severity: 'error' | 'warning';
  /** Filled in by the shell, which has the YAML text. */
  readonly position?: { readonly line: number; readonly col: number };
}

/** The catalog keys an issue of `code` may be worded with: its own, so that every code has its wording. */
export type IssueWords<C extends string> = Words & { readonly key: `issues.${C}` | `issues.${C}.${string}` };

export type Parsed<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] };

export function issue<C extends string>(
  file: string,
  path: readonly (string | number)[],
  code: C,
  words: IssueWords<C>,
  severity: Issue['severity'] = 'error',
): Issue {
  return { file, path, code, words, severity };
}
