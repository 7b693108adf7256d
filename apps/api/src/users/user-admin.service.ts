// Admins manage accounts: invite staff, change roles and names, deactivate and reactivate. A
// deactivated account stops at once (its sessions and tokens are revoked) but keeps its history.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '@app/core';
import { AUTH_LINK_PURPOSES, UserEntity } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { ApiTokenService } from '../auth/api-token.service';
import { AuthLinkService } from '../auth/auth-link.service';
import { RateLimitService } from '../auth/rate-limit.service';
import type { RequestUser } from '../auth/request-user';
import { SessionService } from '../auth/session.service';
import { applyKeyset, fetchKeysetPage } from '../common/cursor';
import type { InviteUserDto } from './dto/invite-user.dto';
import type { ListUsersQuery } from './dto/list-users.query';
import type { UpdateUserDto } from './dto/update-user.dto';
import type { UserAccountDto, UserAccountPageDto } from './dto/user-account.dto';

const EMAIL_TAKEN = {
  nl: 'Er is al een account met dit e-mailadres. Pas de rol van dat account aan in plaats van opnieuw uit te nodigen.',
  en: 'An account with this e-mail address exists. Change the role of that account instead of inviting again.',
};
const NOT_YOURSELF = {
  nl: 'Je kunt je eigen account niet deactiveren of je eigen rol wijzigen. Vraag een andere beheerder.',
  en: 'You cannot deactivate your own account or change your own role. Ask another administrator.',
};

@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: AuthLinkService,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly rateLimits: RateLimitService,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListUsersQuery): Promise<UserAccountPageDto> {
    const limit = query.limit ?? 50;
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    applyKeyset(qb, 'u', query.cursor, limit);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    const page = await fetchKeysetPage(qb, limit);
    return { items: page.rows.map(toAccount), nextCursor: page.nextCursor };
  }

  /** Makes the staff account without a password and sends the invite that lets them choose one. */
  async invite(dto: InviteUserDto, admin: RequestUser, ip: string): Promise<UserAccountDto> {
    await this.rateLimits.consume('invite_ip', ip);
    await this.rateLimits.consume('email_link_account', dto.email);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const taken = await manager
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .where('lower(u.email) = lower(:email)', { email: dto.email })
          .getExists();
        if (taken) throw new DomainError('conflict', EMAIL_TAKEN);
        const user = manager.create(UserEntity, {
          email: dto.email,
          displayName: dto.displayName,
          role: dto.role,
          locale: dto.locale ?? 'nl',
          passwordHash: null,
          active: true,
          lastSignInAt: null,
        });
        await manager.insert(UserEntity, user);
        await this.links.issue(manager, 'invite', user, admin.id);
        await this.audit.record(
          {
            action: 'invite_sent',
            actorId: admin.id,
            subject: { type: 'user', id: user.id },
            ip,
            details: { role: dto.role },
          },
          manager,
        );
        return toAccount(user);
      });
    } catch (error) {
      // Two invites for the same address at once: the unique index lets one through.
      if (isUniqueViolation(error)) throw new DomainError('conflict', EMAIL_TAKEN);
      throw error;
    }
  }

  async update(id: string, dto: UpdateUserDto, admin: RequestUser, ip: string): Promise<UserAccountDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, id);
      if (dto.role !== undefined && dto.role !== user.role) {
        // Admins change others only, so there is always an admin left.
        if (user.id === admin.id) throw new DomainError('conflict', NOT_YOURSELF);
        await this.audit.record(
          {
            action: 'role_changed',
            actorId: admin.id,
            subject: { type: 'user', id: user.id },
            ip,
            details: { from: user.role, to: dto.role },
          },
          manager,
        );
        user.role = dto.role;
      }
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      await manager.update(UserEntity, { id: user.id }, { role: user.role, displayName: user.displayName });
      return toAccount(user);
    });
  }

  /** Stops the account at once: every session and API token is revoked in the same transaction. */
  async deactivate(id: string, admin: RequestUser, ip: string): Promise<UserAccountDto> {
    if (id === admin.id) throw new DomainError('conflict', NOT_YOURSELF);
    return this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, id);
      if (!user.active) return toAccount(user);
      user.active = false;
      await manager.update(UserEntity, { id: user.id }, { active: false });
      await this.sessions.revokeAllOf(user.id, manager);
      await this.tokens.revokeAllOf(user.id, manager);
      await this.links.expireOpenLinks(manager, user.id, AUTH_LINK_PURPOSES);
      await this.audit.record(
        { action: 'account_deactivated', actorId: admin.id, subject: { type: 'user', id: user.id }, ip },
        manager,
      );
      return toAccount(user);
    });
  }

  /** The account can sign in again; its old sessions and tokens stay revoked. */
  async reactivate(id: string, admin: RequestUser, ip: string): Promise<UserAccountDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, id);
      if (user.active) return toAccount(user);
      user.active = true;
      await manager.update(UserEntity, { id: user.id }, { active: true });
      await this.audit.record(
        { action: 'account_reactivated', actorId: admin.id, subject: { type: 'user', id: user.id }, ip },
        manager,
      );
      return toAccount(user);
    });
  }
}

async function lockUser(manager: EntityManager, id: string): Promise<UserEntity> {
  const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!user) throw new NotFoundError('User', id);
  return user;
}

function toAccount(user: UserEntity): UserAccountDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}
