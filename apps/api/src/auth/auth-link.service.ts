// Single-use, expiring links sent by e-mail: an invite (sets the first password), a password reset and
// a member's sign-in link. Only the token's hash is stored; the mail and its delivery job are written in
// the caller's transaction, so a link exists exactly when its mail will go out.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { DomainError, hashSecretToken, isWellFormedSecretToken, newSecretToken } from '@app/core';
import {
  composeInvite,
  composeMagicLink,
  composePasswordReset,
  resolveLocale,
  type RenderedMail,
} from '@app/mail';
import { AuthLinkEntity, MailMessageEntity, UserEntity, type AuthLinkPurpose } from '@app/persistence';
import { addToOutbox, outboxJob } from '@app/queue';
import { isStaffRole, type Role } from '@app/workflow';
import { AuditService } from '../audit/audit.service';

/** How long each kind of link is valid, in minutes. */
export const LINK_VALIDITY_MINUTES: Record<AuthLinkPurpose, number> = {
  invite: 7 * 24 * 60,
  password_reset: 60,
  magic_link: 15,
};

/** Where the web app handles each link. */
const LINK_PATHS: Record<AuthLinkPurpose, string> = {
  invite: 'invite',
  password_reset: 'reset',
  magic_link: 'sign-in',
};

/** Who may use each kind of link: members sign in by link, staff set passwords. */
function fitsPurpose(purpose: AuthLinkPurpose, role: Role): boolean {
  return purpose === 'magic_link' ? role === 'member' : isStaffRole(role);
}

export type LinkRefusal = 'unknown' | 'used' | 'expired' | 'account_not_eligible';

type ConsumeOutcome<T> = { ok: true; value: T } | { ok: false; refusal: LinkRefusal; userId: string | null };

const LINK_INVALID = {
  nl: 'Deze link is niet (meer) geldig. Hij is misschien al gebruikt of verlopen. Vraag een nieuwe link aan.',
  en: 'This link is not valid (any more). It may have been used or have expired. Ask for a new link.',
};

@Injectable()
export class AuthLinkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /**
   * Issues a link for the user and queues its mail, in the caller's transaction. Earlier unused links
   * of the same kind stop working: only the newest mail is good.
   */
  async issue(
    manager: EntityManager,
    purpose: AuthLinkPurpose,
    user: UserEntity,
    createdById: string | null = null,
  ): Promise<AuthLinkEntity> {
    await this.expireOpenLinks(manager, user.id, [purpose]);
    if (!fitsPurpose(purpose, user.role)) {
      throw new Error(`A ${purpose} link is not for an account with role ${user.role}`);
    }
    const { token, hash } = newSecretToken();
    const validMinutes = LINK_VALIDITY_MINUTES[purpose];
    const link = manager.create(AuthLinkEntity, {
      purpose,
      userId: user.id,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + validMinutes * 60_000),
      usedAt: null,
      createdById,
    });
    await manager.insert(AuthLinkEntity, link);

    const url = `${this.config.publicUrl}/${LINK_PATHS[purpose]}/${token}`;
    const message = this.compose(purpose, user, url, validMinutes);
    const mail = manager.create(MailMessageEntity, {
      dedupeKey: `${purpose}:${link.id}`,
      purpose,
      toAddress: user.email,
      locale: resolveLocale(user.locale),
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      signalId: null,
    });
    await manager.insert(MailMessageEntity, mail);
    await addToOutbox(manager, [outboxJob('mail.send', { mailId: mail.id })]);
    return link;
  }

  /**
   * Uses a link once: the link row is locked, checked and marked used, and `use` runs for its user in
   * the same transaction. Unknown, used and expired links (and links of deactivated accounts) all get
   * the same 410 answer; the audit log records which it was.
   */
  async consume<T>(
    purpose: AuthLinkPurpose,
    token: string,
    ip: string,
    use: (user: UserEntity, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<ConsumeOutcome<T>> => {
      const link = isWellFormedSecretToken(token)
        ? await manager.findOne(AuthLinkEntity, {
            where: { tokenHash: hashSecretToken(token), purpose },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!link) return { ok: false, refusal: 'unknown', userId: null };
      if (link.usedAt) return { ok: false, refusal: 'used', userId: link.userId };
      if (link.expiresAt.getTime() <= Date.now())
        return { ok: false, refusal: 'expired', userId: link.userId };
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.id = :id', { id: link.userId })
        .getOne();
      if (!user?.active || !fitsPurpose(purpose, user.role)) {
        return { ok: false, refusal: 'account_not_eligible', userId: link.userId };
      }
      await manager.update(AuthLinkEntity, { id: link.id }, { usedAt: new Date() });
      return { ok: true, value: await use(user, manager) };
    });
    if (outcome.ok) return outcome.value;

    // Using a link is signing in (or taking over an account): a refused one is a failed sign-in.
    await this.audit.record({
      action: 'sign_in_failed',
      actorId: outcome.userId,
      ip,
      details: { method: 'email_link', purpose, reason: outcome.refusal },
    });
    throw new DomainError('link_invalid', LINK_INVALID);
  }

  /** Makes the user's unused links of these kinds stop working (a new password makes old links moot). */
  async expireOpenLinks(
    manager: EntityManager,
    userId: string,
    purposes: readonly AuthLinkPurpose[],
  ): Promise<void> {
    for (const purpose of purposes) {
      await manager.update(
        AuthLinkEntity,
        { userId, purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        { expiresAt: new Date() },
      );
    }
  }

  private compose(
    purpose: AuthLinkPurpose,
    user: UserEntity,
    url: string,
    validMinutes: number,
  ): RenderedMail {
    const locale = resolveLocale(user.locale);
    switch (purpose) {
      case 'invite':
        if (!isStaffRole(user.role)) throw new Error('Only staff accounts are invited');
        return composeInvite({ locale, displayName: user.displayName, role: user.role, url, validMinutes });
      case 'password_reset':
        return composePasswordReset({ locale, url, validMinutes });
      case 'magic_link':
        return composeMagicLink({ locale, url, validMinutes });
    }
  }
}
