// Random secrets handed to one person (tracking links, session cookies, e-mail links, API tokens):
// 256 random bits, of which only a SHA-256 hash is stored. A lookup by hash is an index lookup on a
// value an attacker cannot choose, so it leaks nothing through timing.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isWellFormedSecretToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Compares two secrets without revealing through timing where they differ. */
export function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
