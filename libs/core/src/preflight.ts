// Before Nest boots: can we reach Postgres and Redis? A person starting the system gets a clear
// message about what is missing and how to fix it, instead of a stack trace.
import { Redis } from 'ioredis';
import type { AppConfig } from '@app/config';
import { ensureDatabase } from '@app/persistence';
import { CASE_TRANSITIONS, SIGNAL_TRANSITIONS, assertValidTables } from '@app/workflow';

export class PreflightError extends Error {}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function redisAnswers(url: string): Promise<string | null> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: string | null = null;
  client.on('error', (error: Error) => (cause ??= error.message)); // reported below, once
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    return cause ?? (error as Error).message;
  } finally {
    client.disconnect();
  }
}

export async function preflight(
  config: AppConfig,
  options: { redisRequired: boolean; component: string },
): Promise<void> {
  // An invalid transition table (unknown target, unreachable state, ...) stops the boot.
  assertValidTables(SIGNAL_TRANSITIONS, CASE_TRANSITIONS);
  try {
    // Creates the database on a fresh server (only `postgres` exists there).
    await ensureDatabase(config.DATABASE_URL);
  } catch (error) {
    throw new PreflightError(
      [
        `${options.component}: cannot reach PostgreSQL at ${redact(config.DATABASE_URL)} (${(error as Error).message}).`,
        'Start PostgreSQL, or set DATABASE_URL to one that runs (see README: docker compose -f docker/compose.yml up postgres).',
      ].join('\n'),
    );
  }
  const redisProblem = await redisAnswers(config.REDIS_URL);
  if (redisProblem) {
    const message = `${options.component}: cannot reach Redis at ${redact(config.REDIS_URL)} (${redisProblem}).`;
    if (options.redisRequired) {
      throw new PreflightError(
        `${message}\nStart Redis, or set REDIS_URL to one that runs (see README: docker compose -f docker/compose.yml up redis).`,
      );
    }
    console.warn(
      `${message}\nSubmissions are still accepted; their jobs wait in the outbox until Redis is back.`,
    );
  }
}
