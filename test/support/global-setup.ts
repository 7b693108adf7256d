// jest loads global setup outside its module map, so aliases do not resolve here: relative imports.
// Runs once per jest run: migrates a template database that each test file clones (CREATE DATABASE
// ... TEMPLATE), so files start from a clean, migrated schema without re-running migrations.
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../libs/persistence/src/data-source-options';
import { createDatabase, dropDatabase, withAdminClient } from '../../libs/persistence/src/database-admin';
import { testServerUrl } from './test-database';

export default async function globalSetup(): Promise<void> {
  const serverUrl = testServerUrl();
  // A template per run, so two runs on one machine never drop each other's template.
  const template = `signaalroute_template_${process.pid}_${Date.now()}`;
  process.env.TEST_TEMPLATE_DATABASE = template;
  await dropStaleTemplates(serverUrl);
  const url = await createDatabase(serverUrl, template);
  const dataSource = new DataSource(buildDataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Removes templates and test databases left by runs that were killed, once they are an hour old. */
async function dropStaleTemplates(serverUrl: string): Promise<void> {
  const stale = await withAdminClient(serverUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname ~ '^signaalroute_(template|test|drift)_[0-9]+_'`,
    );
    return result.rows.map((row) => row.datname);
  });
  const hourAgo = Date.now() - 3_600_000;
  for (const name of stale) {
    const stamp = Number(/_(\d{13})$/.exec(name)?.[1] ?? Number.NaN);
    if (stamp < hourAgo) await dropDatabase(serverUrl, name);
  }
}
