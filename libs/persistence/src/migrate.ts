// Migrations run once, before the apps start serving: the API migrates under an advisory lock (so two
// API processes starting together do not both migrate), the worker waits until that is done.
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

const MIGRATION_LOCK = 73_112_026;

/** Runs pending migrations; returns the names of those it ran. */
export async function migrateDatabase(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  const dataSource = new DataSource(buildDataSourceOptions(url));
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.initialize();
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.end();
  }
}

/** Waits until no migration is pending (another process is migrating), or throws after `timeoutMs`. */
export async function waitForMigrations(url: string, timeoutMs = 120_000): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions(url));
  await dataSource.initialize();
  try {
    const deadline = Date.now() + timeoutMs;
    while (await dataSource.showMigrations()) {
      if (Date.now() > deadline) {
        throw new Error(
          'The database schema is not up to date; start the API (it runs the migrations) first.',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await dataSource.destroy();
  }
}
