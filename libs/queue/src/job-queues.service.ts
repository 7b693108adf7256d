// The one way jobs reach BullMQ: picks each job's queue from the catalogue and its options (retries,
// backoff, deduplicating id) from jobOptions, so the relay and the sweeper enqueue alike.
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { jobOptions, queueOf, type JobName, type JobPayloads, type QueueName } from './job-catalogue';

export interface JobToEnqueue<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
}

@Injectable()
export class JobQueues {
  private readonly queues: Record<QueueName, Queue>;

  constructor(@InjectQueue('triage') triage: Queue, @InjectQueue('mail') mail: Queue) {
    this.queues = { triage, mail };
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  all(): [QueueName, Queue][] {
    return Object.entries(this.queues) as [QueueName, Queue][];
  }

  /** Adds the jobs, one bulk call per queue; a job whose id already exists in Redis is not added again. */
  async enqueue(jobs: readonly JobToEnqueue[]): Promise<void> {
    const byQueue = new Map<QueueName, { name: JobName; data: object; opts: object }[]>();
    for (const job of jobs) {
      const queue = queueOf(job.name);
      const entry = { name: job.name, data: job.payload, opts: jobOptions(job.name, job.payload as never) };
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), entry]);
    }
    await Promise.all([...byQueue].map(([queue, entries]) => this.queues[queue].addBulk(entries)));
  }
}
