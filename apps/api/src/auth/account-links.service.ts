// What people do with e-mail links: members ask for a sign-in link (their first one makes their
// account), staff ask for a password reset, invited staff choose their first password. Asking answers
// the same, in the same time, whether or not the address has an account.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from '@app/persistence';
import { isStaffRole, type Locale } from '@app/workflow';
import { AuditService } from '../audit/audit.service';
import { AuthLinkService } from './auth-link.service';
import { hashPassword } from './password-hasher';
import { RateLimitService } from './rate-limit.service';
import type { RequestUser } from './request-user';
import { SessionService } from './session.service';
import { SignInService, type SignedIn } from './sign-in.service';
import { UNIFORM_ANSWER_MS, withUniformDuration } from './uniform-duration';

@Injectable()
export class AccountLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: AuthLinkService,
    private readonly signIn: SignInService,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Sends a sign-in link to the member with this address; an unknown address becomes a member account
   * (members need no invite). Staff (who use passwords) and deactivated accounts get nothing.
   */
  async requestMagicLink(email: string, ip: string, locale: Locale): Promise<void> {
    await this.rateLimits.consume('email_link_ip', ip);
    await this.rateLimits.consume('email_link_account', email);
    await withUniformDuration(UNIFORM_ANSWER_MS, () =>
      this.dataSource.transaction(async (manager) => {
        const created = await this.createMemberIfNew(manager, email, locale);
        const user = await findByEmail(manager, email);
        if (!user || user.role !== 'member' || !user.active) return;
        await this.links.issue(manager, 'magic_link', user);
        await this.audit.record(
          {
            action: 'magic_link_sent',
            actorId: user.id,
            subject: { type: 'user', id: user.id },
            ip,
            details: { newAccount: created },
          },
          manager,
        );
      }),
    );
  }

  async verifyMagicLink(token: string, ip: string): Promise<SignedIn> {
    await this.rateLimits.consume('link_use_ip', ip);
    const user = await this.links.consume('magic_link', token, ip, (found) => Promise.resolve(found));
    return this.signIn.startSession(user, ip, 'email_link');
  }

  /** Sends a reset link to an active staff account with this address; anything else gets nothing. */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    await this.rateLimits.consume('email_link_ip', ip);
    await this.rateLimits.consume('email_link_account', email);
    await withUniformDuration(UNIFORM_ANSWER_MS, () =>
      this.dataSource.transaction(async (manager) => {
        const user = await findByEmail(manager, email);
        if (!user?.active || !isStaffRole(user.role)) return;
        await this.links.issue(manager, 'password_reset', user);
        await this.audit.record(
          {
            action: 'password_reset_requested',
            actorId: user.id,
            subject: { type: 'user', id: user.id },
            ip,
          },
          manager,
        );
      }),
    );
  }

  /**
   * Sets the new password and ends the account's other sessions: whoever knew the old password is out.
   * A session of the same account that made this request stays.
   */
  async confirmPasswordReset(
    token: string,
    password: string,
    ip: string,
    caller: RequestUser | undefined,
  ): Promise<void> {
    await this.rateLimits.consume('link_use_ip', ip);
    // Hashed before the link is locked: argon2 takes a while and the lock should not.
    const passwordHash = await hashPassword(password);
    const user = await this.links.consume('password_reset', token, ip, async (found, manager) => {
      await this.setPassword(manager, found, passwordHash);
      const keep = caller?.id === found.id ? caller.sessionId : undefined;
      await this.sessions.revokeAllOf(found.id, manager, keep);
      await this.audit.record(
        { action: 'password_reset', actorId: found.id, subject: { type: 'user', id: found.id }, ip },
        manager,
      );
      return found;
    });
    await this.rateLimits.reset('sign_in_account', user.email);
  }

  /** The invited staff member chooses a password and is signed in. */
  async acceptInvite(token: string, password: string, ip: string): Promise<SignedIn> {
    await this.rateLimits.consume('link_use_ip', ip);
    const passwordHash = await hashPassword(password);
    const user = await this.links.consume('invite', token, ip, async (found, manager) => {
      await this.setPassword(manager, found, passwordHash);
      await this.audit.record(
        { action: 'invite_accepted', actorId: found.id, subject: { type: 'user', id: found.id }, ip },
        manager,
      );
      return found;
    });
    return this.signIn.startSession(user, ip, 'email_link');
  }

  /** A new password makes every other open invite or reset link of the account moot. */
  private async setPassword(manager: EntityManager, user: UserEntity, passwordHash: string): Promise<void> {
    await manager.update(UserEntity, { id: user.id }, { passwordHash });
    await this.links.expireOpenLinks(manager, user.id, ['invite', 'password_reset']);
  }

  /** True when this call made the account; a concurrent request for the same address makes it once. */
  private async createMemberIfNew(manager: EntityManager, email: string, locale: Locale): Promise<boolean> {
    if (await findByEmail(manager, email)) return false;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ email, displayName: email.split('@')[0], role: 'member', locale })
      .orIgnore()
      .returning('id')
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }
}

/** Addresses are compared without case: people type them either way. */
function findByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
  return manager
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where('lower(u.email) = lower(:email)', { email })
    .getOne();
}
