import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from '@app/config';
import { CoreModule, LoggerModule } from '@app/core';
import { PersistenceModule, UserEntity } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { AccessGuard } from './auth/access.guard';
import { CaseController } from './cases/case.controller';
import { CaseService } from './cases/case.service';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import { DemoSeeder } from './demo/demo.seeder';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { JobFailureController } from './jobs/job-failure.controller';
import { MailController } from './mail/mail.controller';
import { SignalController } from './signals/signal.controller';
import { SignalIntakeService } from './signals/signal-intake.service';
import { SignalQueryService } from './signals/signal-query.service';
import { SignalTriageService } from './signals/signal-triage.service';
import { TrackingController } from './tracking/tracking.controller';
import { TrackingService } from './tracking/tracking.service';

@Module({
  imports: [
    ConfigModule,
    LoggerModule,
    PersistenceModule,
    TypeOrmModule.forFeature([UserEntity]),
    QueueModule,
    CoreModule,
  ],
  controllers: [
    SignalController,
    TrackingController,
    CaseController,
    HealthController,
    MailController,
    JobFailureController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
    SignalIntakeService,
    SignalQueryService,
    SignalTriageService,
    TrackingService,
    CaseService,
    HealthService,
    DemoSeeder,
  ],
})
export class ApiModule {}
