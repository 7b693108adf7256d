import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { CoreModule, LoggerModule } from '@app/core';
import { MailModule } from '@app/mail';
import { PersistenceModule } from '@app/persistence';
import { QUEUE_NAMES, QueueModule } from '@app/queue';
import { AgendaNoticeService } from './agenda/agenda-notice.service';
import { AdviserNoticeService } from './deepening/adviser-notice.service';
import { ExpertNoticeService } from './deepening/expert-notice.service';
import { AgendaFollowUpHandler } from './handlers/agenda-follow-up.handler';
import { AgendaMeetingPassedHandler } from './handlers/agenda-meeting-passed.handler';
import { AgendaMeetingReminderHandler } from './handlers/agenda-meeting-reminder.handler';
import { AgendaStaleCheckHandler } from './handlers/agenda-stale-check.handler';
import { DeepeningAllInHandler } from './handlers/deepening-all-in.handler';
import { DeepeningNotifyHandler } from './handlers/deepening-notify.handler';
import { DeepeningOverdueHandler } from './handlers/deepening-overdue.handler';
import { DeepeningRemindBeforeHandler } from './handlers/deepening-remind-before.handler';
import { DeepeningRemindDueHandler } from './handlers/deepening-remind-due.handler';
import { MailSendHandler } from './handlers/mail-send.handler';
import { RecognitionFanoutHandler } from './handlers/recognition-fanout.handler';
import { RecognitionTallyHandler } from './handlers/recognition-tally.handler';
import { SignalTriageHandler } from './handlers/signal-triage.handler';
import { PublicationCheckHandler } from './handlers/publication-check.handler';
import { PublicationCheckService } from './publications/publication-check.service';
import { JobFailureRecorder } from './jobs/job-failure.recorder';
import { JobHandlerRegistry } from './jobs/job-handler.registry';
import { createQueueProcessor } from './jobs/queue-processor.factory';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { CallFanoutService } from './recognition/call-fanout.service';
import { RecognitionTallyService } from './recognition/recognition-tally.service';
import { Sweeper } from './sweeper/sweeper.service';
import { FeedbackCloser } from './feedback/feedback-closer.service';
import { FeedbackPreparer } from './feedback/feedback-preparer.service';
import { FeedbackSender } from './feedback/feedback-sender.service';
import { ProgressUpdateService } from './feedback/progress-update.service';
import { FeedbackCloseCheckHandler } from './handlers/feedback-close-check.handler';
import { FeedbackPrepareHandler } from './handlers/feedback-prepare.handler';
import { FeedbackProgressUpdateHandler } from './handlers/feedback-progress-update.handler';
import { FeedbackSendHandler } from './handlers/feedback-send.handler';

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
    PublicationCheckService,
    PublicationCheckHandler,
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
    AgendaNoticeService,
    AgendaMeetingReminderHandler,
    AgendaMeetingPassedHandler,
    AgendaFollowUpHandler,
    AgendaStaleCheckHandler,
    FeedbackPreparer,
    FeedbackSender,
    FeedbackCloser,
    ProgressUpdateService,
    FeedbackPrepareHandler,
    FeedbackSendHandler,
    FeedbackCloseCheckHandler,
    FeedbackProgressUpdateHandler,
    ...QUEUE_NAMES.map(createQueueProcessor),
    OutboxRelay,
    Sweeper,
  ],
})
export class WorkerModule {}
