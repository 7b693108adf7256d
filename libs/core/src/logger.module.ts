// Structured JSON logs for both apps. Every request gets a correlation id (a caller's X-Request-Id
// when it is sane, else a new one), which is echoed in the response and in error answers.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { AppConfig } from '@app/config';

const SANE_ID = /^[A-Za-z0-9_.-]{8,100}$/;

/** Paths that carry a secret (a private tracking link, an e-mail link) are logged without it. */
const SECRET_PATH = /\/(track|invite|reset|sign-in)\/[^/?#]+/g;

export function redactSecretPaths(url: string): string {
  return url.replace(SECRET_PATH, '/$1/[redacted]');
}

function correlationId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && SANE_ID.test(given) ? given : randomUUID();
  response.setHeader('X-Correlation-Id', id);
  return id;
}

@Module({
  imports: [
    PinoLoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: correlationId,
          // Never log who someone is or how they signed in.
          redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
          serializers: {
            req: (req: { url?: string }) => ({ ...req, url: req.url && redactSecretPaths(req.url) }),
          },
          autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' },
        },
      }),
    }),
  ],
})
export class LoggerModule {}
