import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: what a join link, a browser session and a form each carry. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares a token given by a client with the real one in constant time, so timing tells nothing about it. */
export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
