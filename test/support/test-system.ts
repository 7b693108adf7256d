// Boots the real API and worker modules in the test process against a database of their own and a
// BullMQ key prefix of their own on the real Redis, so test files can run side by side.
import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@app/config';
import { UserEntity } from '@app/persistence';
import { ROLES, type Role } from '@app/workflow';
import { ApiModule } from '../../apps/api/src/api.module';
import { ApiTokenService } from '../../apps/api/src/auth/api-token.service';
import { hashPassword } from '../../apps/api/src/auth/password-hasher';
import { configureApp, serveWebApp } from '../../apps/api/src/configure-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The password of every staff test user (members have none: they sign in by e-mail link). */
export const TEST_PASSWORD = 'correct horse battery staple';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestSystem {
  api: NestExpressApplication;
  worker: INestApplicationContext | null;
  config: AppConfig;
  /** This system's configuration with some settings changed (e.g. for a second worker). */
  configWith(env: Record<string, string>): AppConfig;
  dataSource: DataSource;
  database: TestDatabase;
  users: Record<Role, UserEntity>;
  /** An Authorization header with a personal API token of the test user with that role. */
  as(role: Role): Record<string, string>;
  close(): Promise<void>;
}

export interface TestSystemOptions {
  env?: Record<string, string>;
  /** Start the worker too (default true). */
  worker?: boolean;
  /** Serve the built web app from this folder (browser tests). */
  webRoot?: string;
}

export async function startTestSystem(options: TestSystemOptions = {}): Promise<TestSystem> {
  const database = await createTestDatabase();
  const prefix = `test_${randomBytes(4).toString('hex')}`;
  const baseEnv = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:3000',
    OUTBOX_POLL_MS: '200',
    SWEEP_INTERVAL_MS: '60000',
    ...options.env,
  };
  const config = loadConfig(baseEnv);

  const apiModule = await Test.createTestingModule({ imports: [ApiModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const api = apiModule.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApp(api);
  if (options.webRoot && !serveWebApp(api, options.webRoot)) {
    throw new Error(`No built web app in ${options.webRoot}: run npm run web:build`);
  }
  await api.init();

  const worker = options.worker === false ? null : await startWorker(config);

  const dataSource = api.get(DataSource);
  const users = {} as Record<Role, UserEntity>;
  const headers = {} as Record<Role, Record<string, string>>;
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const role of ROLES) {
    users[role] = await dataSource.getRepository(UserEntity).save({
      email: `${role}@test.signaalroute.nl`,
      displayName: `Test ${role}`,
      role,
      passwordHash: role === 'member' ? null : passwordHash,
    });
    const { token } = await api.get(ApiTokenService).create(users[role].id, 'tests');
    headers[role] = { Authorization: `Bearer ${token}` };
  }

  return {
    api,
    worker,
    config,
    configWith: (env) => loadConfig({ ...baseEnv, ...env }),
    dataSource,
    database,
    users,
    as: (role) => headers[role],
    async close() {
      await worker?.close();
      await api.close();
      await deleteQueueKeys(prefix);
      await database.drop();
    },
  };
}

/** Starts the worker module with the given configuration (e.g. the API's, with another Redis). */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const workerModule = await Test.createTestingModule({ imports: [WorkerModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  return workerModule.init();
}

/** Removes this test's BullMQ keys, so Redis does not fill up run after run. */
export async function deleteQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
