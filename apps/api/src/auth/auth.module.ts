import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditService } from '../audit/audit.service';
import { UserAdminService } from '../users/user-admin.service';
import { UserController } from '../users/user.controller';
import { AccessGuard } from './access.guard';
import { AccountLinksController } from './account-links.controller';
import { AccountLinksService } from './account-links.service';
import { ApiTokenService } from './api-token.service';
import { AuthLinkService } from './auth-link.service';
import { AuthController } from './auth.controller';
import { RateLimitService } from './rate-limit.service';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

/** Accounts (and their administration), sessions, API tokens, e-mail links and the guard every route goes through. */
@Module({
  controllers: [AuthController, AccountLinksController, UserController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuditService,
    SessionService,
    ApiTokenService,
    SignInService,
    RateLimitService,
    AuthLinkService,
    AccountLinksService,
    UserAdminService,
  ],
  exports: [AuditService, SessionService, ApiTokenService, SignInService, RateLimitService],
})
export class AuthModule {}
