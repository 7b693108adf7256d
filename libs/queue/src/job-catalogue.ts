// Every queue, job name and payload in one place. Payloads carry ids only: Postgres is the truth,
// a job is a pointer to work that the database describes.
import type { JobsOptions } from 'bullmq';

export const QUEUE_NAMES = ['triage', 'mail'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  'signal.triage': { signalId: string };
  'mail.send': { mailId: string };
}
export type JobName = keyof JobPayloads;

interface JobDefinition {
  queue: QueueName;
  attempts: number;
  /** First retry delay; doubles each attempt. */
  backoffMs: number;
  /** The payload field whose value makes the job unique, so enqueueing twice runs it once. */
  key: string;
}

export const JOB_CATALOGUE: { [N in JobName]: JobDefinition & { key: keyof JobPayloads[N] } } = {
  'signal.triage': { queue: 'triage', attempts: 5, backoffMs: 1000, key: 'signalId' },
  'mail.send': { queue: 'mail', attempts: 8, backoffMs: 5000, key: 'mailId' },
};

export const JOB_NAMES = Object.keys(JOB_CATALOGUE) as JobName[];

export function queueOf(name: JobName): QueueName {
  return JOB_CATALOGUE[name].queue;
}

/** BullMQ refuses ':' in custom ids, so the id is `<job name with dots>_<key value>`. */
export function jobIdOf<N extends JobName>(name: N, payload: JobPayloads[N]): string {
  const key = JOB_CATALOGUE[name].key;
  return `${name.replace('.', '-')}_${String(payload[key])}`;
}

/** The one place that decides job options: retries with backoff, a deduplicating id, bounded history. */
export function jobOptions<N extends JobName>(name: N, payload: JobPayloads[N]): JobsOptions {
  const definition = JOB_CATALOGUE[name];
  return {
    jobId: jobIdOf(name, payload),
    attempts: definition.attempts,
    backoff: { type: 'exponential', delay: definition.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

export function isJobName(name: string): name is JobName {
  return name in JOB_CATALOGUE;
}

/** Checks a payload read back from the outbox or Redis before a handler trusts it. */
export function parsePayload<N extends JobName>(name: N, data: unknown): JobPayloads[N] {
  const key = JOB_CATALOGUE[name].key as string;
  if (typeof data !== 'object' || data === null) throw new Error(`Job ${name}: payload is not an object`);
  const value = (data as Record<string, unknown>)[key];
  if (typeof value !== 'string' || value.length === 0) throw new Error(`Job ${name}: payload lacks ${key}`);
  return { [key]: value } as JobPayloads[N];
}
