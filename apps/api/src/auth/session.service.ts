// Browser sessions: a random token in an HTTP-only cookie, its hash in the database. Ending a session
// (sign-out, deactivation) takes effect on the next request, since every request looks the row up.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull, MoreThan, Not, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { hashSecretToken, isWellFormedSecretToken, newSecretToken } from '@app/core';
import { SessionEntity, UserEntity } from '@app/persistence';

export const SESSION_COOKIE = 'sr_session';

export interface ResolvedSession {
  session: SessionEntity;
  user: UserEntity;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async create(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ token: string; session: SessionEntity }> {
    const { token, hash } = newSecretToken();
    const session = manager.create(SessionEntity, {
      tokenHash: hash,
      userId,
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: new Date(Date.now() + this.config.SESSION_HOURS * 3_600_000),
      revokedAt: null,
    });
    await manager.insert(SessionEntity, session);
    return { token, session };
  }

  async resolve(token: string): Promise<ResolvedSession | null> {
    if (!isWellFormedSecretToken(token)) return null;
    const session = await this.dataSource.getRepository(SessionEntity).findOne({
      where: { tokenHash: hashSecretToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session?.user?.active) return null;
    return { session, user: session.user };
  }

  async csrfTokenOf(sessionId: string): Promise<string | undefined> {
    const session = await this.dataSource.getRepository(SessionEntity).findOneBy({ id: sessionId });
    return session?.csrfToken;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of the user, except `keepSessionId` (the one making the change) when given. */
  async revokeAllOf(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
    keepSessionId?: string,
  ): Promise<void> {
    await manager.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) },
      { revokedAt: new Date() },
    );
  }

  cookieOptions(): { httpOnly: true; sameSite: 'lax'; secure: boolean; path: string; maxAge: number } {
    return {
      httpOnly: true,
      // Lax: the cookie goes along when someone follows a link to the app, never on a cross-site POST.
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: this.config.SESSION_HOURS * 3_600_000,
    };
  }
}
