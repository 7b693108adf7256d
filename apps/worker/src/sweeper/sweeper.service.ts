// Re-derives due work from Postgres and enqueues what has no job, so a lost Redis loses no work.
// Enqueueing uses the catalogue's deduplicating job ids: work whose job still exists is not doubled.
import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { withTimeout } from '@app/core';
import { JOB_CATALOGUE, JobQueues, type JobPayloads } from '@app/queue';
import { DUE_WORK } from './due-work';

const BATCH = 500;
/** Long enough for a client's retries; short, because the answer holds the private tracking link. */
const IDEMPOTENCY_RECORD_MINUTES = 60;

@Injectable()
export class Sweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
    private readonly queues: JobQueues,
  ) {
    this.logger.setContext('Sweeper');
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.SWEEP_INTERVAL_MS);
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.sweep()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Sweep failed; will try again'))
      .finally(() => (this.running = null));
  }

  /** One pass over all due work; returns how many jobs it (re-)enqueued. */
  async sweep(): Promise<number> {
    let enqueued = 0;
    for (const work of DUE_WORK) {
      const rows = (await this.dataSource.query(work.sql, [this.config.SWEEP_AFTER_MS, BATCH])) as {
        id: string;
      }[];
      if (rows.length === 0) continue;
      const key = JOB_CATALOGUE[work.job].key as string;
      const jobs = rows.map((row) => ({
        name: work.job,
        payload: { [key]: row.id } as unknown as JobPayloads[typeof work.job],
      }));
      await withTimeout(this.queues.enqueue(jobs, { replaceFinished: true }), 5000, 'Redis');
      enqueued += jobs.length;
    }
    await this.dataSource.query(
      `DELETE FROM idempotency_records WHERE created_at < now() - make_interval(mins => $1)`,
      [IDEMPOTENCY_RECORD_MINUTES],
    );
    if (enqueued > 0) this.logger.info({ enqueued }, 'Sweeper re-enqueued due work');
    return enqueued;
  }
}
