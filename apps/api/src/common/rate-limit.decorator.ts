// `@RateLimit(policy)` on a route counts every call against a RateLimitService policy before the
// handler (and before validation, so a flood of malformed requests counts too) and answers 429 with
// Retry-After once the limit is reached. Runs after the access guard, so a signed-in caller is known.
import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { clientIp } from '../auth/client-ip';
import { RateLimitService, type RateLimitPolicy } from '../auth/rate-limit.service';
import type { RequestUser } from '../auth/request-user';

const RATE_LIMIT_KEY = 'signaalroute:rate-limit';

interface RateLimitRule {
  policy: RateLimitPolicy;
  /** `ip`: per address; `caller`: per account when signed in, else per address. */
  per: 'ip' | 'caller';
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!rule) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: RequestUser }>();
    const key = rule.per === 'caller' && request.user ? `user:${request.user.id}` : `ip:${clientIp(request)}`;
    await this.limits.consume(rule.policy, key);
    return true;
  }
}

export function RateLimit(policy: RateLimitPolicy, per: RateLimitRule['per'] = 'ip'): MethodDecorator {
  return applyDecorators(
    SetMetadata(RATE_LIMIT_KEY, { policy, per } satisfies RateLimitRule),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({
      description: `Too many requests from this ${per === 'ip' ? 'address' : 'address or account'}; Retry-After says when to try again.`,
    }),
  );
}
