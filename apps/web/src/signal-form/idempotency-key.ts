/**
 * A fresh key for the Idempotency-Key header, so a retried or double-clicked submission is stored once.
 * randomUUID exists only in secure contexts (https, localhost); elsewhere random bytes do the same.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
