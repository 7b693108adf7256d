import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { CoreModule, LoggerModule } from '@app/core';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { AgendaItemController } from './agenda/agenda-item.controller';
import { AgendaItemService } from './agenda/agenda-item.service';
import { AgendaSettingsController } from './agenda/agenda-settings.controller';
import { AgendaStaleController } from './agenda/agenda-stale.controller';
import { CaseAgendaItemsController } from './agenda/case-agenda-items.controller';
import { CaseThemeController } from './agenda/case-theme.controller';
import { ThemeController } from './agenda/theme.controller';
import { ThemeService } from './agenda/theme.service';
import { AuthModule } from './auth/auth.module';
import { CallInvitationController } from './calls/call-invitation.controller';
import { CallInvitationService } from './calls/call-invitation.service';
import { CallController } from './calls/call.controller';
import { CallService } from './calls/call.service';
import { PublicCallController } from './calls/public-call.controller';
import { PublicCallService } from './calls/public-call.service';
import { MemberProfileController } from './members/member-profile.controller';
import { ExpertDirectoryController } from './users/expert-directory.controller';
import { RecognitionController } from './recognition/recognition.controller';
import { RecognitionService } from './recognition/recognition.service';
import { SettingsController } from './recognition/settings.controller';
import { SharedCaseController } from './recognition/shared-case.controller';
import { SharedCaseService } from './recognition/shared-case.service';
import { AnalysisController } from './analyses/analysis.controller';
import { AnalysisService } from './analyses/analysis.service';
import { CaseAnalysesController } from './analyses/case-analyses.controller';
import { ExpertLinkController } from './analyses/expert-link.controller';
import { MyAssignmentsController } from './analyses/my-assignments.controller';
import { CaseAssignmentService } from './cases/case-assignment.service';
import { CaseExpertController } from './cases/case-expert.controller';
import { CaseController } from './cases/case.controller';
import { CaseService } from './cases/case.service';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import { PublicationController } from './publications/publication.controller';
import { PublicationService } from './publications/publication.service';
import { PublicInsightController } from './publications/public-insight.controller';
import { PublicInsightService } from './publications/public-insight.service';
import { DemoSeeder } from './demo/demo.seeder';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { JobFailureController } from './jobs/job-failure.controller';
import { MailController } from './mail/mail.controller';
import { MemberSignalController } from './members/member-signal.controller';
import { MemberSignalService } from './members/member-signal.service';
import { SignalController } from './signals/signal.controller';
import { MeetingBriefController } from './tables/meeting-brief.controller';
import { MeetingBriefService } from './tables/meeting-brief.service';
import { TableController } from './tables/table.controller';
import { TableService } from './tables/table.service';
import { SignalIntakeService } from './signals/signal-intake.service';
import { SignalQueryService } from './signals/signal-query.service';
import { SignalTriageService } from './signals/signal-triage.service';
import { PublicSimilarController } from './public/public-similar.controller';
import { SimilarBottlenecksService } from './public/similar-bottlenecks.service';
import { TrackingController } from './tracking/tracking.controller';
import { TrackingService } from './tracking/tracking.service';
import { FeedbackAttentionController } from './feedback/feedback-attention.controller';
import { FeedbackSettingsController } from './feedback/feedback-settings.controller';
import { FeedbackController } from './feedback/feedback.controller';
import { FeedbackService } from './feedback/feedback.service';
import { PublicFeedbackController } from './feedback/public-feedback.controller';
import { PublicFeedbackService } from './feedback/public-feedback.service';

@Module({
  imports: [ConfigModule, LoggerModule, PersistenceModule, QueueModule, CoreModule, AuthModule],
  controllers: [
    SignalController,
    TrackingController,
    PublicSimilarController,
    MemberSignalController,
    CaseController,
    CaseExpertController,
    CaseAnalysesController,
    AnalysisController,
    MyAssignmentsController,
    ExpertLinkController,
    HealthController,
    MailController,
    JobFailureController,
    CallController,
    PublicCallController,
    CallInvitationController,
    RecognitionController,
    SharedCaseController,
    SettingsController,
    MemberProfileController,
    ExpertDirectoryController,
    TableController,
    MeetingBriefController,
    ThemeController,
    CaseThemeController,
    CaseAgendaItemsController,
    AgendaItemController,
    AgendaStaleController,
    AgendaSettingsController,
    PublicationController,
    PublicInsightController,
    FeedbackController,
    FeedbackAttentionController,
    PublicFeedbackController,
    FeedbackSettingsController,
  ],
  providers: [
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
    PublicationService,
    PublicInsightService,
    SignalIntakeService,
    SignalQueryService,
    SignalTriageService,
    TrackingService,
    SimilarBottlenecksService,
    MemberSignalService,
    CaseService,
    CaseAssignmentService,
    AnalysisService,
    HealthService,
    DemoSeeder,
    CallService,
    PublicCallService,
    CallInvitationService,
    RecognitionService,
    SharedCaseService,
    TableService,
    MeetingBriefService,
    ThemeService,
    AgendaItemService,
    FeedbackService,
    PublicFeedbackService,
  ],
})
export class ApiModule {}
