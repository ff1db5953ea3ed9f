import type { IssueWords } from './issues.js';
import { quoted } from './sanitize.js';

/**
 * The words for a key a file may not have. Besides a typo, two slips of hand-editing make
 * unknown keys: no space after a colon (`answer:2` is read as one word) and indenting with the
 * non-breaking spaces that word processors insert (YAML keeps them as part of the key).
 */
export function unknownKey(key: string): IssueWords<'UNKNOWN_KEY'> {
  if (/^[\u00a0\u2000-\u200b\u3000]|[\u00a0\u2000-\u200b\u3000]$/.test(key)) return { key: 'issues.UNKNOWN_KEY.nbsp', values: { key: quoted(key) } };
  const colon = /^([^:]+):(\S.*)$/.exec(key);
  if (colon !== null) return { key: 'issues.UNKNOWN_KEY.colon', values: { key: quoted(key), mended: quoted(`${colon[1]}: ${colon[2]}`) } };
  return { key: 'issues.UNKNOWN_KEY.typo', values: { key: quoted(key) } };
}
