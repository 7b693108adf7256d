// Records jobs in the outbox inside the caller's transaction: they exist exactly when the change does.
import type { EntityManager } from 'typeorm';
import { OutboxEntity } from '@app/persistence';
import type { JobName, JobPayloads } from './job-catalogue';

export interface OutboxJob<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Run no earlier than this; a later row for the same job moves it (see JobQueues.enqueue). */
  runAt?: Date | null;
}

export function outboxJob<N extends JobName>(
  name: N,
  payload: JobPayloads[N],
  runAt: Date | null = null,
): OutboxJob<N> {
  return { name, payload, runAt };
}

export async function addToOutbox(manager: EntityManager, jobs: readonly OutboxJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await manager.insert(
    OutboxEntity,
    jobs.map((job) => ({
      jobName: job.name,
      payload: job.payload as Record<string, string>,
      runAt: job.runAt ?? null,
    })),
  );
}
