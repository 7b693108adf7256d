import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@app/config';
import { preflight } from '@app/core';
import { waitForMigrations } from '@app/persistence';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await preflight(config, { redisRequired: true, component: 'Worker' });
  await waitForMigrations(config.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM lets running jobs finish (BullMQ's worker.close waits for them) before the process ends.
  app.enableShutdownHooks();
  await app.init();
  console.log('Signaalroute worker running');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
