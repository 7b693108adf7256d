// One thin processor per queue: it hands each job to the registry's handler, lets errors throw so
// BullMQ retries, and on the last failed attempt records the failure in the database.
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { POOL_CONNECTIONS } from '@app/mail';
import type { QueueName } from '@app/queue';
import { JobFailureRecorder } from './job-failure.recorder';
import { JobHandlerRegistry } from './job-handler.registry';

// Mail waits on the SMTP server, not the CPU: it runs as many at once as the transport has connections.
const CONCURRENCY: Partial<Record<QueueName, number>> = { triage: 4, mail: POOL_CONNECTIONS };
const DEFAULT_CONCURRENCY = 2;

export function createQueueProcessor(queue: QueueName) {
  @Processor(queue, { concurrency: CONCURRENCY[queue] ?? DEFAULT_CONCURRENCY })
  class QueueProcessor extends WorkerHost {
    constructor(
      readonly registry: JobHandlerRegistry,
      readonly failures: JobFailureRecorder,
      readonly logger: PinoLogger,
    ) {
      super();
      logger.setContext(`${queue}-processor`);
    }

    async process(job: Job): Promise<unknown> {
      const attempts = job.opts.attempts ?? 1;
      return this.registry.run(job.name, job.data, {
        jobId: job.id ?? '',
        attempt: job.attemptsMade + 1,
        lastAttempt: job.attemptsMade + 1 >= attempts,
      });
    }

    @OnWorkerEvent('failed')
    async onFailed(job: Job | undefined, error: Error): Promise<void> {
      if (!job) return;
      const attempts = job.opts.attempts ?? 1;
      this.logger.warn({ jobId: job.id, job: job.name, attempt: job.attemptsMade, err: error }, 'Job failed');
      if (job.attemptsMade < attempts) return;
      await this.failures
        .record({
          jobName: job.name,
          jobId: job.id ?? '',
          payload: job.data,
          attempts: job.attemptsMade,
          error: error.message,
        })
        .catch((recordError: unknown) =>
          this.logger.error({ err: recordError }, 'Could not record a job failure'),
        );
    }
  }
  Object.defineProperty(QueueProcessor, 'name', {
    value: `${queue[0].toUpperCase()}${queue.slice(1)}QueueProcessor`,
  });
  return QueueProcessor;
}
