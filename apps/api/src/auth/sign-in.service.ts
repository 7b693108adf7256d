// Staff sign in with e-mail and password. A failed sign-in says the same, and takes as long, whether
// or not the address exists; attempts are limited per IP and per account.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/core';
import { UserEntity } from '@app/persistence';
import { isStaffRole } from '@app/workflow';
import { AuditService } from '../audit/audit.service';
import { decoyHash, verifyPassword } from './password-hasher';
import { RateLimitService } from './rate-limit.service';
import { SessionService } from './session.service';

export interface SignedIn {
  user: UserEntity;
  token: string;
  csrfToken: string;
}

@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    private readonly audit: AuditService,
  ) {}

  async signIn(email: string, password: string, ip: string): Promise<SignedIn> {
    await this.rateLimits.consume('sign_in_ip', ip);
    await this.rateLimits.consume('sign_in_account', email);

    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    // Only staff sign in by password; a member (or staff moved to member) uses the e-mail link.
    const usable = user?.active && user.passwordHash && isStaffRole(user.role) ? user : null;
    const valid = await verifyPassword(usable?.passwordHash ?? (await decoyHash()), password);
    if (!usable || !valid) {
      await this.audit.record({
        action: 'sign_in_failed',
        actorId: user?.id ?? null,
        ip,
        details: {
          reason: !user ? 'unknown_account' : !usable ? 'no_password_or_inactive' : 'wrong_password',
        },
      });
      throw new DomainError('unauthenticated', {
        nl: 'Het e-mailadres of het wachtwoord klopt niet.',
        en: 'The e-mail address or the password is not right.',
      });
    }

    return this.startSession(usable, ip, 'password');
  }

  /** Starts a browser session for a user who proved who they are (password or e-mail link). */
  async startSession(user: UserEntity, ip: string, method: 'password' | 'email_link'): Promise<SignedIn> {
    const { token, session } = await this.sessions.create(user.id);
    await this.dataSource.getRepository(UserEntity).update({ id: user.id }, { lastSignInAt: new Date() });
    await this.audit.record({ action: 'sign_in', actorId: user.id, ip, details: { method } });
    await this.rateLimits.reset('sign_in_account', user.email);
    return { user, token, csrfToken: session.csrfToken };
  }
}
