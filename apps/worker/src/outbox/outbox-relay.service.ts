// Moves committed outbox rows onto BullMQ. Woken by NOTIFY at commit and by a poll as a fallback.
// Rows are claimed with SKIP LOCKED, so several workers can relay side by side; a row is marked
// dispatched only in the transaction that enqueued it, so a failed enqueue is simply tried again.
import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { withTimeout } from '@app/core';
import { JobQueues, isJobName, type JobToEnqueue } from '@app/queue';

const BATCH = 200;
const ENQUEUE_TIMEOUT_MS = 5000;

@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<unknown> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
    private readonly queues: JobQueues,
  ) {
    this.logger.setContext('OutboxRelay');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.config.OUTBOX_POLL_MS);
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
  }

  /** Drains now, or right after the drain that is running. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainAll()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'Outbox relay could not enqueue; will retry'),
      )
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Enqueues every pending row; returns how many it moved. */
  async drainAll(): Promise<number> {
    let moved = 0;
    for (;;) {
      const batch = await this.drainBatch();
      moved += batch;
      if (batch < BATCH || this.stopped) return moved;
    }
  }

  private drainBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id, job_name, payload, run_at FROM outbox WHERE dispatched_at IS NULL
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      )) as { id: string; job_name: string; payload: Record<string, string>; run_at: Date | null }[];
      if (rows.length === 0) return 0;

      const jobs: JobToEnqueue[] = [];
      for (const row of rows) {
        if (isJobName(row.job_name))
          jobs.push({ name: row.job_name, payload: row.payload as never, runAt: row.run_at });
        else
          this.logger.error(
            { outboxId: row.id, job: row.job_name },
            'Outbox row names an unknown job; skipped',
          );
      }
      await withTimeout(this.queues.enqueue(jobs), ENQUEUE_TIMEOUT_MS, 'Redis');
      await manager.query(`UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    let retried = false;
    const retry = () => {
      if (retried) return;
      retried = true;
      if (this.listener === client) this.listener = null;
      if (!this.stopped) setTimeout(() => void this.listen(), 2000).unref();
    };
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'Outbox listener lost its connection; reconnecting');
      retry();
      void client.end().catch(() => undefined);
    });
    client.on('end', retry);
    try {
      await client.connect();
      await client.query('LISTEN outbox');
      this.listener = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'Outbox listener could not connect; polling until it can');
      retry();
      await client.end().catch(() => undefined);
    }
  }
}
