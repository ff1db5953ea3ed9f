import { checkDate, checkLanguage, checkText } from '../core/interview/meta-fields.js';
import { UserError } from '../core/errors.js';
import type { Words } from '../core/messages/messages.js';

/** The flags that fill in an answers file's meta section, as `gret init` and `gret workshop` take them. */
export interface MetaFlags {
  readonly ministry?: string;
  readonly country?: string;
  readonly assessor?: readonly string[];
  readonly date?: string;
  readonly language?: string;
}

export interface CheckedFlags {
  readonly ministry: string | undefined;
  readonly country: string | undefined;
  readonly assessors: readonly string[];
  readonly date: string | undefined;
  readonly language: string | undefined;
}

/** Every flag given is checked before anything is asked, and all problems are reported together. */
export function checkMetaFlags(flags: MetaFlags): CheckedFlags {
  const problems: Words[] = [];
  const check = (flag: string, value: string | undefined, rule: (v: string) => Words | true): string | undefined => {
    if (value === undefined) return undefined;
    const verdict = rule(value);
    if (verdict !== true) problems.push({ key: 'errors.usage.flag_problem', values: { flag, problem: verdict } });
    return value.trim();
  };
  const result = {
    ministry: check('--ministry', flags.ministry, checkText),
    country: check('--country', flags.country, checkText),
    date: check('--date', flags.date, checkDate),
    language: check('--language', flags.language, checkLanguage),
    assessors: (flags.assessor ?? []).map((a) => check('--assessor', a, checkText) ?? ''),
  };
  if (problems.length > 0) throw new UserError('USAGE', { key: 'errors.usage.flags', values: { problems } });
  return result;
}

