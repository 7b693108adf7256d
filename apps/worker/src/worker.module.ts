import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { CoreModule, LoggerModule } from '@app/core';
import { MailModule } from '@app/mail';
import { PersistenceModule } from '@app/persistence';
import { QUEUE_NAMES, QueueModule } from '@app/queue';
import { MailSendHandler } from './handlers/mail-send.handler';
import { SignalTriageHandler } from './handlers/signal-triage.handler';
import { JobFailureRecorder } from './jobs/job-failure.recorder';
import { JobHandlerRegistry } from './jobs/job-handler.registry';
import { createQueueProcessor } from './jobs/queue-processor.factory';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { Sweeper } from './sweeper/sweeper.service';

/** BullMQ processors, the outbox relay and the sweeper; no HTTP. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule,
    PersistenceModule,
    QueueModule,
    CoreModule,
    MailModule,
    DiscoveryModule,
  ],
  providers: [
    JobHandlerRegistry,
    JobFailureRecorder,
    SignalTriageHandler,
    MailSendHandler,
    ...QUEUE_NAMES.map(createQueueProcessor),
    OutboxRelay,
    Sweeper,
  ],
})
export class WorkerModule {}
