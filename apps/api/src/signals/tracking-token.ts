// The private tracking link: 256 random bits, of which only a SHA-256 hash is stored. A lookup by
// hash is an index lookup on a value an attacker cannot choose, so it leaks nothing through timing.
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newTrackingToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashTrackingToken(token) };
}

export function hashTrackingToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isWellFormedTrackingToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function trackingUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/track/${token}`;
}
