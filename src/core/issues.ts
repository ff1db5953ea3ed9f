/**
 * A problem found in user input. `path` locates it inside the parsed data of `file`;
 * the shell turns that into file:line:col with the YAML document it parsed.
 */
export interface Issue {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** Filled in by the shell, which has the YAML text. */
  readonly position?: { readonly line: number; readonly col: number };
}

export type Parsed<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] };

export function issue(
  file: string,
  path: readonly (string | number)[],
  code: string,
  message: string,
  severity: Issue['severity'] = 'error',
): Issue {
  return { file, path, code, message, severity };
}
