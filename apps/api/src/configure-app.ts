// Everything the API sets up around its module: used by main.ts and by the e2e tests alike, so the
// tests exercise the same pipes, prefix and documentation as production.
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { RequestValidationError } from './common/request-validation.error';

export function configureApp(app: NestExpressApplication): OpenAPIObject {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '100kb' });
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
  return document;
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
