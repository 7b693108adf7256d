// BullMQ queues print every Redis connection error to the console when nobody listens. While Redis is
// down that is a line per reconnect; this logs it as a warning at most once a minute per queue.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { JobQueues } from './job-queues.service';

const QUIET_MS = 60_000;

@Injectable()
export class QueueErrorLogger implements OnModuleInit {
  private readonly lastLogged = new Map<string, number>();

  constructor(
    private readonly queues: JobQueues,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('Queues');
  }

  onModuleInit(): void {
    for (const [name, queue] of this.queues.all()) queue.on('error', (error: Error) => this.log(name, error));
  }

  private log(queue: string, error: Error): void {
    const now = Date.now();
    if (now - (this.lastLogged.get(queue) ?? 0) < QUIET_MS) return;
    this.lastLogged.set(queue, now);
    this.logger.warn({ queue, err: error }, 'Queue cannot reach Redis; jobs wait in the outbox meanwhile');
  }
}
