// Who is calling, and may they call this route? A caller is identified by a personal API token
// (Authorization: Bearer) or by the session cookie; a session must also send its CSRF token on every
// state-changing request. Every route declares its access; one that does not is nobody's.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError, secretsEqual } from '@app/core';
import type { UserEntity } from '@app/persistence';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import { ApiTokenService } from './api-token.service';
import type { RequestUser } from './request-user';
import { SESSION_COOKIE, SessionService } from './session.service';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type AuthenticatedRequest = Request & { user?: RequestUser };

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Fail closed: a route that does not declare its access is nobody's.
    if (!rule) throw new DomainError('forbidden', 'This route declares no access rule.');

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const identified = await this.identify(request);
    if (rule.public) {
      // Public routes serve anyone; a signed-in caller is known to them only with a valid CSRF token.
      if (identified && identified.csrfOk) request.user = identified.user;
      return true;
    }
    if (!identified) {
      throw new DomainError('unauthenticated', {
        nl: 'Log in om dit te gebruiken.',
        en: 'Sign in to use this.',
      });
    }
    if (!identified.csrfOk) {
      throw new DomainError(
        'csrf_failed',
        'The X-CSRF-Token header is missing or does not match this session.',
      );
    }
    if (!rule.roles.includes(identified.user.role)) {
      throw new DomainError('forbidden', `This route is for: ${rule.roles.join(', ')}.`);
    }
    request.user = identified.user;
    return true;
  }

  private async identify(request: Request): Promise<{ user: RequestUser; csrfOk: boolean } | null> {
    const authorization = request.header('authorization');
    if (authorization) {
      const [scheme, value] = authorization.split(' ');
      const found = scheme?.toLowerCase() === 'bearer' && value ? await this.tokens.resolve(value) : null;
      // A token is not sent by a browser on its own, so it needs no CSRF token.
      return found ? { user: toRequestUser(found.user, 'token'), csrfOk: true } : null;
    }
    const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (!cookie) return null;
    const found = await this.sessions.resolve(cookie);
    if (!found) return null;
    const sent = request.header(CSRF_HEADER);
    const csrfOk =
      SAFE_METHODS.has(request.method) || (!!sent && secretsEqual(sent, found.session.csrfToken));
    return { user: { ...toRequestUser(found.user, 'session'), sessionId: found.session.id }, csrfOk };
  }
}

function toRequestUser(user: UserEntity, via: RequestUser['via']): RequestUser {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, via };
}
