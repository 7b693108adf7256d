// The one way jobs reach BullMQ: picks each job's queue from the catalogue and its options (retries,
// backoff, deduplicating id, delay) from jobOptions, so the relay and the sweeper enqueue alike.
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import {
  QUEUE_NAMES,
  delayUntil,
  jobIdOf,
  jobOptions,
  queueOf,
  type JobName,
  type JobPayloads,
  type QueueName,
} from './job-catalogue';

export interface JobToEnqueue<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** A delayed job: run no earlier than this. */
  runAt?: Date | null;
}

@Injectable()
export class JobQueues {
  private resolved: Record<QueueName, Queue> | null = null;

  constructor(private readonly moduleRef: ModuleRef) {}

  /** Every queue of the catalogue, as QueueModule registered them; looked up once they all exist. */
  private get queues(): Record<QueueName, Queue> {
    this.resolved ??= Object.fromEntries(
      QUEUE_NAMES.map((name) => [name, this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })]),
    ) as Record<QueueName, Queue>;
    return this.resolved;
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  all(): [QueueName, Queue][] {
    return Object.entries(this.queues) as [QueueName, Queue][];
  }

  /**
   * Adds the jobs. A job to run now goes in one bulk call per queue, and one whose id already exists is
   * not added again. A delayed job is (re)scheduled: see `schedule`. With `replaceFinished` (the
   * sweeper, which only lists work the database says is still due), a job whose id is kept in Redis as
   * completed or failed is replaced: otherwise that kept id would block the work for a day (BullMQ fails
   * a job that stalled too often without any handler seeing it).
   */
  async enqueue(jobs: readonly JobToEnqueue[], options: { replaceFinished?: boolean } = {}): Promise<void> {
    const byQueue = new Map<QueueName, { name: JobName; data: object; opts: object }[]>();
    const delayed: JobToEnqueue[] = [];
    for (const job of jobs) {
      if (job.runAt) {
        delayed.push(job);
        continue;
      }
      if (options.replaceFinished) await this.removeIfFinished(job);
      const queue = queueOf(job.name);
      const entry = { name: job.name, data: job.payload, opts: jobOptions(job.name, job.payload as never) };
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), entry]);
    }
    await Promise.all([...byQueue].map(([queue, entries]) => this.queues[queue].addBulk(entries)));
    // In order: when one job is rescheduled twice in a batch, the later row wins.
    for (const job of delayed) await this.schedule(job);
  }

  private async removeIfFinished(job: JobToEnqueue): Promise<void> {
    const existing = await this.queues[queueOf(job.name)].getJob(jobIdOf(job.name, job.payload as never));
    if (!existing) return;
    const state = await existing.getState();
    if (state === 'completed' || state === 'failed') await existing.remove();
  }

  /**
   * Makes the job run at `runAt`. A job still waiting for its delay is moved to the new time (so moving
   * a call's close date moves its job); one that already ran is replaced, because a new time means new
   * work. A job that is running now is left alone: its handler checks what is due when it runs.
   */
  private async schedule(job: JobToEnqueue): Promise<void> {
    const queue = this.queues[queueOf(job.name)];
    const runAt = job.runAt as Date;
    const existing = await queue.getJob(jobIdOf(job.name, job.payload as never));
    if (existing) {
      const state = await existing.getState();
      if (state === 'delayed') {
        await existing.changeDelay(delayUntil(runAt));
        return;
      }
      if (state !== 'completed' && state !== 'failed') return;
      await existing.remove();
    }
    await queue.add(job.name, job.payload, jobOptions(job.name, job.payload as never, runAt));
  }
}
