import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditService } from '../audit/audit.service';
import { AccessGuard } from './access.guard';
import { ApiTokenService } from './api-token.service';
import { AuthController } from './auth.controller';
import { RateLimitService } from './rate-limit.service';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

/** Accounts, sessions, API tokens and the guard every route goes through. */
@Module({
  controllers: [AuthController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuditService,
    SessionService,
    ApiTokenService,
    SignInService,
    RateLimitService,
  ],
  exports: [AuditService, SessionService, ApiTokenService, SignInService, RateLimitService],
})
export class AuthModule {}
