import { quoted } from './sanitize.js';

/**
 * The message for a key a file may not have. Besides a typo, two slips of hand-editing make
 * unknown keys: no space after a colon (`answer:2` is read as one word) and indenting with the
 * non-breaking spaces that word processors insert (YAML keeps them as part of the key).
 */
export function unknownKey(key: string): string {
  if (/^[\u00a0\u2000-\u200b\u3000]|[\u00a0\u2000-\u200b\u3000]$/.test(key)) {
    return `unknown key ${quoted(key)}: it begins or ends with a non-breaking space, as word processors type; indent with ordinary spaces`;
  }
  const colon = /^([^:]+):(\S.*)$/.exec(key);
  if (colon !== null) return `unknown key ${quoted(key)}: put a space after the colon (${quoted(`${colon[1]}: ${colon[2]}`)})`;
  return `unknown key ${quoted(key)} (a typo?)`;
}
