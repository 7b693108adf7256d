// Answers that must not tell whether an e-mail address has an account (magic link, password reset)
// also take the same time: the work for a known address finishes behind a fixed minimum duration.
import { setTimeout as sleep } from 'node:timers/promises';

export const UNIFORM_ANSWER_MS = 250;

export async function withUniformDuration<T>(minimumMs: number, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    const left = minimumMs - (Date.now() - started);
    if (left > 0) await sleep(left);
  }
}
