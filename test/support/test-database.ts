// A database of its own for each test file, cloned from the migrated template.
import { randomBytes } from 'node:crypto';
import { createDatabase, dropDatabase } from '../../libs/persistence/src/database-admin';

/** The Postgres server tests use; TEST_DATABASE_SERVER_URL overrides the local default. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (!template)
    throw new Error('No template database: run the tests through jest (test/support/global-setup).');
  const name = `signaalroute_test_${process.pid}_${randomBytes(3).toString('hex')}_${Date.now()}`;
  const url = await createDatabase(testServerUrl(), name, template);
  return { url, name, drop: () => dropDatabase(testServerUrl(), name) };
}
