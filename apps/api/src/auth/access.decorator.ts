// Every route says who may call it: `@Public()` or `@Roles(...)`. The access guard refuses a route
// that says neither, so none can be added open by mistake.
import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiHeader,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Role } from '@app/workflow';

export const ACCESS_KEY = 'signaalroute:access';

export type AccessRule = { public: true } | { public: false; roles: readonly Role[] };

export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);
}

export function Roles(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, { public: false, roles } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiBearerAuth('token'),
    ApiUnauthorizedResponse({ description: 'Not signed in.' }),
    ApiForbiddenResponse({
      description: `Only for: ${roles.join(', ')}. A browser session must send X-CSRF-Token on changes.`,
    }),
  );
}

/** Documents the Idempotency-Key header on routes that honour it. */
export function IdempotencyKeyHeader(): MethodDecorator {
  return ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'A unique key (16-200 characters) per submission; a retry with the same key returns the first result.',
  });
}
