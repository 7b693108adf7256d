// CORS is closed unless CORS_ORIGINS names other sites: the web app is served from the API's own
// origin and needs none. A listed site's browser code may call the API with a personal API token,
// never with the session cookie (no credentials), so a session's CSRF protection stays whole.
import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';

/** The origins in CORS_ORIGINS, normalised (no trailing slash, lower case). */
export function corsAllowList(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, '').toLowerCase())
    .filter((origin) => origin.length > 0);
}

/** Options for `enableCors`, or null when no site is allowed (then CORS is not enabled at all). */
export function corsOptions(allowList: string[]): CorsOptions | null {
  if (allowList.length === 0) return null;
  return {
    origin: (origin, callback) =>
      callback(null, origin !== undefined && allowList.includes(origin.toLowerCase())),
    credentials: false,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'Idempotency-Key'],
    exposedHeaders: ['Retry-After', 'X-Correlation-Id'],
    maxAge: 600,
  };
}
