// Everything the API sets up around its module: used by main.ts and by the e2e tests alike, so the
// tests exercise the same pipes, prefix and documentation as production.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { corsAllowList, corsOptions } from './common/cors-policy';
import { rejectDeepBodies } from './common/json-depth';
import { cspHeader, securityHeaders, WEB_APP_CSP } from './common/security-headers';
import { RequestValidationError } from './common/request-validation.error';

export function configureApp(app: NestExpressApplication): OpenAPIObject {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  // Behind a reverse proxy, the client's address (rate limits, audit) comes from the proxies trusted here.
  if (config.TRUST_PROXY) app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.use(securityHeaders({ https: config.publicUrl.startsWith('https://') }));
  const cors = corsOptions(corsAllowList(config.CORS_ORIGINS));
  if (cors) app.enableCors(cors);
  app.useBodyParser('json', { limit: '100kb' });
  app.use(rejectDeepBodies());
  app.use(cookieParser());
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // One message per field: a missing value does not also need "must be text" and "too short".
      stopAtFirstError: true,
      // The target lets the error messages read each rule's arguments; values are never echoed back.
      validationError: { target: true, value: false },
      exceptionFactory: (errors) => new RequestValidationError(errors),
    }),
  );
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, () => document, { jsonDocumentUrl: 'api/docs-json' });
  serveWebApp(app, WEB_ROOT);
  return document;
}

/** The built web app (`npm run build`): dist/web, five levels above the compiled dist/apps/api/apps/api/src. */
const WEB_ROOT = resolve(__dirname, '../../../../../web');

/** Only the app's own files and the API; links in it may carry secrets (tracking, sign-in). */
const WEB_APP_HEADERS = {
  'Cache-Control': 'no-cache',
  'Content-Security-Policy': cspHeader(WEB_APP_CSP),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** A number of hops, or the names and addresses Express understands. */
function trustProxySetting(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}
const API_PATH = /^\/api(\/|$)/;
const FILE_PATH = /\.[a-z0-9]+$/i;

/**
 * Serves the web app from the API's origin, so the session cookie and CSRF work without CORS: hashed
 * assets with a long cache, and index.html for every other GET outside /api, where the app's router
 * takes over. Does nothing when the app is not built (tests, API-only runs); /api keeps its own 404s.
 */
export function serveWebApp(app: NestExpressApplication, root: string): boolean {
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(root, 'assets'), {
    prefix: '/assets/',
    immutable: true,
    maxAge: '1y',
    index: false,
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    // A missing asset or file is a 404, not the app: its HTML would only confuse the browser.
    if (!isPage || API_PATH.test(request.path) || FILE_PATH.test(request.path)) return next();
    response.set(WEB_APP_HEADERS).sendFile(index);
  });
  return true;
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Signaalroute API')
    .setDescription(
      'From bottleneck to change (van knelpunt naar verandering): signals, cases and the seven steps. ' +
        'Public routes need no sign-in; staff routes name the roles that may call them.',
    )
    .setVersion('0.1.0')
    .addCookieAuth(
      'sr_session',
      {
        type: 'apiKey',
        in: 'cookie',
        description: 'Browser session (POST /api/auth/login); send X-CSRF-Token on changes',
      },
      'session',
    )
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Personal API token (srt_...)' }, 'token')
    .build();
  return SwaggerModule.createDocument(app, config);
}
