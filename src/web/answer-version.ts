import { createHash } from 'node:crypto';
import { canonical } from '../core/canonical.js';
import type { Answer } from '../core/types.js';

/**
 * A short digest of the answer on file, carried in every form of a question: a post made from a
 * page showing an older answer (another tab, another device of the same group) is noticed, and
 * asked to confirm instead of silently replacing what was saved meanwhile.
 */
export function answerVersion(answer: Answer | undefined): string {
  return answer === undefined ? 'none' : createHash('sha256').update(canonical(answer)).digest('base64url').slice(0, 16);
}
