import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { CoreModule, LoggerModule } from '@app/core';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
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
import { DemoSeeder } from './demo/demo.seeder';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { JobFailureController } from './jobs/job-failure.controller';
import { MailController } from './mail/mail.controller';
import { MemberSignalController } from './members/member-signal.controller';
import { MemberSignalService } from './members/member-signal.service';
import { SignalController } from './signals/signal.controller';
import { SignalIntakeService } from './signals/signal-intake.service';
import { SignalQueryService } from './signals/signal-query.service';
import { SignalTriageService } from './signals/signal-triage.service';
import { PublicSimilarController } from './public/public-similar.controller';
import { SimilarBottlenecksService } from './public/similar-bottlenecks.service';
import { TrackingController } from './tracking/tracking.controller';
import { TrackingService } from './tracking/tracking.service';

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
  ],
  providers: [
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
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
  ],
})
export class ApiModule {}
