import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { RequestUser } from './request-user';

/** The user the access guard let in; only on routes with `@Roles(...)`. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): RequestUser => {
  const request = context.switchToHttp().getRequest<Request & { user?: RequestUser }>();
  if (!request.user) throw new Error('CurrentUser used on a route without @Roles');
  return request.user;
});

/** The signed-in caller on a public route, if any (a session needs its CSRF token to count). */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestUser | undefined =>
    context.switchToHttp().getRequest<Request & { user?: RequestUser }>().user,
);
