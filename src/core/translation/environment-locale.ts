import { LANGUAGE_TAG } from '../patterns.js';
import { canonicalTag } from './language-chain.js';

/**
 * The language the user's environment asks for, as POSIX reads it: LC_ALL overrides
 * LC_MESSAGES, which overrides LANG. `fr_CA.UTF-8@euro` is fr-CA; `C` and `POSIX` (the
 * settings of a bare container or a CI machine) ask for nothing in particular, so undefined.
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  if (value === undefined) return undefined;
  const name = value.split(/[.@]/)[0] ?? '';
  if (name === 'C' || name === 'POSIX') return undefined;
  const tag = canonicalTag(name);
  return LANGUAGE_TAG.test(tag) ? tag : undefined;
}
