import type { Request } from 'express';

/** The caller's address as Express sees it (behind a proxy, set `trust proxy` so this is the client). */
export function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
