import 'reflect-metadata';
import { WorkerHost } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { DiscoveryService, NestFactory } from '@nestjs/core';
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
  await app.init();
  stopGracefully(app);
  console.log('Signaalroute worker running');
}

/**
 * SIGTERM (or SIGINT) stops the worker without failing a job: first every queue stops taking jobs and
 * lets the running ones finish (BullMQ's close waits for them) while the database and SMTP are still
 * open; then the rest closes. Nest's own shutdown hooks would close the SMTP pool before the queues,
 * failing the mails being sent. A job that cannot finish (the process is killed meanwhile) is not lost:
 * its lock expires and BullMQ hands it to the next worker.
 */
function stopGracefully(app: INestApplicationContext): void {
  const hosts = app
    .get(DiscoveryService)
    .getProviders()
    .map((wrapper) => wrapper.instance as unknown)
    .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the running jobs, then stopping`);
    void Promise.all(hosts.map((host) => host.worker.close()))
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error instanceof Error ? error.message : error);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
