import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@app/config';
import { preflight } from '@app/core';
import { migrateDatabase } from '@app/persistence';
import { ApiModule } from './api.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await preflight(config, { redisRequired: false, component: 'API' });
  const migrated = await migrateDatabase(config.DATABASE_URL);
  if (migrated.length > 0) console.log(`Database migrated: ${migrated.join(', ')}`);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true });
  configureApp(app);
  await app.listen(config.PORT);
  console.log(`Signaalroute API on http://localhost:${config.PORT}/api (docs: /api/docs)`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
