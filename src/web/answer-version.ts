import { createHash } from 'node:crypto';
import type { Answer } from '../core/types.js';

/**
 * A short digest of the answer on file, carried in every form of a question: a post made from a
 * page showing an older answer (another tab, another device of the same group) is noticed, and
 * asked to confirm instead of silently replacing what was saved meanwhile.
 */
export function answerVersion(answer: Answer | undefined): string {
  return answer === undefined ? 'none' : createHash('sha256').update(canonical(answer)).digest('base64url').slice(0, 16);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
