import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { CoreModule, LoggerModule } from '@app/core';
import { MailModule } from '@app/mail';
import { PersistenceModule } from '@app/persistence';
import { QUEUE_NAMES, QueueModule } from '@app/queue';
import { AdviserNoticeService } from './deepening/adviser-notice.service';
import { ExpertNoticeService } from './deepening/expert-notice.service';
import { DeepeningAllInHandler } from './handlers/deepening-all-in.handler';
import { DeepeningNotifyHandler } from './handlers/deepening-notify.handler';
import { DeepeningOverdueHandler } from './handlers/deepening-overdue.handler';
import { DeepeningRemindBeforeHandler } from './handlers/deepening-remind-before.handler';
import { DeepeningRemindDueHandler } from './handlers/deepening-remind-due.handler';
import { MailSendHandler } from './handlers/mail-send.handler';
import { RecognitionFanoutHandler } from './handlers/recognition-fanout.handler';
import { RecognitionTallyHandler } from './handlers/recognition-tally.handler';
import { SignalTriageHandler } from './handlers/signal-triage.handler';
import { JobFailureRecorder } from './jobs/job-failure.recorder';
import { JobHandlerRegistry } from './jobs/job-handler.registry';
import { createQueueProcessor } from './jobs/queue-processor.factory';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { CallFanoutService } from './recognition/call-fanout.service';
import { RecognitionTallyService } from './recognition/recognition-tally.service';
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
    CallFanoutService,
    RecognitionFanoutHandler,
    RecognitionTallyService,
    RecognitionTallyHandler,
    ExpertNoticeService,
    AdviserNoticeService,
    DeepeningNotifyHandler,
    DeepeningRemindBeforeHandler,
    DeepeningRemindDueHandler,
    DeepeningOverdueHandler,
    DeepeningAllInHandler,
    ...QUEUE_NAMES.map(createQueueProcessor),
    OutboxRelay,
    Sweeper,
  ],
})
export class WorkerModule {}
