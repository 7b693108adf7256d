// Who is calling, and may they call this route? Until accounts exist (next issue), a staff caller names
// their user row in the `X-User-Id` header (development only; the config refuses it in production);
// the role then comes from the database, so role checks are real.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { Repository } from 'typeorm';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/core';
import { UserEntity } from '@app/persistence';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import type { RequestUser } from './request-user';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Fail closed: a route that does not declare its access is nobody's.
    if (!rule) throw new DomainError('forbidden', 'This route declares no access rule.');
    if (rule.public) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: RequestUser }>();
    const user = await this.identify(request);
    if (!user) throw new DomainError('unauthenticated', 'Sign in to use this route.');
    if (!rule.roles.includes(user.role)) {
      throw new DomainError('forbidden', `This route is for: ${rule.roles.join(', ')}.`);
    }
    request.user = user;
    return true;
  }

  private async identify(request: Request): Promise<RequestUser | null> {
    if (!this.config.DEV_AUTH) return null;
    const id = request.header('x-user-id');
    if (!id || !UUID.test(id)) return null;
    const user = await this.users.findOne({ where: { id, active: true } });
    return user ? { id: user.id, email: user.email, displayName: user.displayName, role: user.role } : null;
  }
}
