import 'reflect-metadata';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@app/config';
import { preflight } from '@app/core';
import { migrateDatabase } from '@app/persistence';
import { ApiModule } from './api.module';
import { configureApp } from './configure-app';

/** How long requests in flight may take after SIGTERM before their connections are cut. */
const SHUTDOWN_GRACE_MS = 25_000;

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await preflight(config, { redisRequired: false, component: 'API' });
  const migrated = await migrateDatabase(config.DATABASE_URL);
  if (migrated.length > 0) console.log(`Database migrated: ${migrated.join(', ')}`);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true });
  configureApp(app);
  closeConnectionsOnStop(app.getHttpServer() as Server);
  await app.listen(config.PORT);
  console.log(`Signaalroute API on http://localhost:${config.PORT}/api (docs: /api/docs)`);
}

/**
 * On SIGTERM Nest's shutdown hooks (configureApp enables them) close the HTTP server and wait for the
 * requests in flight before the database closes. A keep-alive client that keeps sending would hold the
 * server open for ever, so from the signal on every answer closes its connection (in-flight ones too),
 * idle connections close at once, and after a grace period whatever still hangs is cut.
 */
function closeConnectionsOnStop(server: Server): void {
  const open = new Set<ServerResponse>();
  let stopping = false;
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    if (stopping) response.setHeader('Connection', 'close');
    open.add(response);
    response.once('close', () => open.delete(response));
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const response of open) if (!response.headersSent) response.setHeader('Connection', 'close');
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
