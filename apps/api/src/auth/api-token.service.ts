// Personal API tokens for scripts and integrations: `srt_` + a secret, shown once, stored as a hash.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { NotFoundError, hashSecretToken, isWellFormedSecretToken, newSecretToken } from '@app/core';
import { ApiTokenEntity, UserEntity } from '@app/persistence';

const PREFIX = 'srt_';

@Injectable()
export class ApiTokenService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(userId: string, name: string): Promise<{ token: string; entity: ApiTokenEntity }> {
    const { token, hash } = newSecretToken();
    const entity = this.dataSource.getRepository(ApiTokenEntity).create({
      userId,
      name,
      tokenHash: hash,
      tokenPrefix: `${PREFIX}${token.slice(0, 6)}`,
      lastUsedAt: null,
      revokedAt: null,
    });
    await this.dataSource.getRepository(ApiTokenEntity).insert(entity);
    return { token: `${PREFIX}${token}`, entity };
  }

  list(userId: string): Promise<ApiTokenEntity[]> {
    return this.dataSource.getRepository(ApiTokenEntity).find({
      where: { userId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  async revoke(userId: string, tokenId: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(ApiTokenEntity)
      .update({ id: tokenId, userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (result.affected === 0) throw new NotFoundError('API token', tokenId);
  }

  async revokeAllOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(ApiTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The active user behind a bearer token, or null. */
  async resolve(bearer: string): Promise<{ token: ApiTokenEntity; user: UserEntity } | null> {
    if (!bearer.startsWith(PREFIX)) return null;
    const secret = bearer.slice(PREFIX.length);
    if (!isWellFormedSecretToken(secret)) return null;
    const token = await this.dataSource.getRepository(ApiTokenEntity).findOne({
      where: { tokenHash: hashSecretToken(secret), revokedAt: IsNull() },
      relations: { user: true },
    });
    if (!token?.user?.active) return null;
    // Best effort: when the token was last used, at most once a minute.
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
      await this.dataSource
        .getRepository(ApiTokenEntity)
        .update({ id: token.id }, { lastUsedAt: new Date() });
    }
    return { token, user: token.user };
  }
}
