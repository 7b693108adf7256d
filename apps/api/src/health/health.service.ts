// Health of what the API depends on. Postgres down makes the API unhealthy (503); Redis down only
// degrades it, since submissions are still accepted and wait in the outbox.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withTimeout } from '@app/core';
import { JobQueues } from '@app/queue';
import type { HealthDto } from './health.dto';

const CHECK_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
  ) {}

  async check(): Promise<HealthDto> {
    const [postgres, redis] = await Promise.all([this.checkPostgres(), this.checkQueues()]);
    const status = postgres.status === 'down' ? 'down' : redis.status === 'down' ? 'degraded' : 'ok';
    return { status, mode: 'services', postgres, redis };
  }

  private async checkPostgres(): Promise<HealthDto['postgres']> {
    const started = Date.now();
    try {
      const [row] = await withTimeout(
        this.dataSource.query(
          `SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(created_at)), 0)::int AS oldest
             FROM outbox WHERE dispatched_at IS NULL`,
        ) as Promise<{ pending: number; oldest: number }[]>,
        CHECK_TIMEOUT_MS,
        'Postgres',
      );
      return {
        status: 'up',
        latencyMs: Date.now() - started,
        outbox: { pending: row.pending, oldestPendingSeconds: row.oldest },
      };
    } catch (error) {
      return { status: 'down', latencyMs: Date.now() - started, error: (error as Error).message };
    }
  }

  private async checkQueues(): Promise<HealthDto['redis']> {
    const started = Date.now();
    try {
      const entries = await withTimeout(
        Promise.all(
          this.queues.all().map(async ([name, queue]) => {
            const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
            const workers = await queue.getWorkersCount();
            return [name, { ...counts, workers }] as const;
          }),
        ),
        CHECK_TIMEOUT_MS,
        'Redis',
      );
      return { status: 'up', latencyMs: Date.now() - started, queues: Object.fromEntries(entries) };
    } catch (error) {
      return { status: 'down', latencyMs: Date.now() - started, error: (error as Error).message };
    }
  }
}
