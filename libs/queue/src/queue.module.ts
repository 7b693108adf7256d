import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { QUEUE_NAMES } from './job-catalogue';
import { JobQueues } from './job-queues.service';
import { QueueErrorLogger } from './queue-error.logger';

/** Registers every queue of the catalogue against the configured Redis and key prefix. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL },
        prefix: config.QUEUE_PREFIX,
      }),
    }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
  ],
  providers: [QueueErrorLogger, JobQueues],
  exports: [BullModule, JobQueues],
})
export class QueueModule {}
