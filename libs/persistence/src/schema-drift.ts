// Compares the entities with the schema the migrations build: the basis of migration generation
// and of the check that fails when the two drift apart.
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { createDatabase, dropDatabase } from './database-admin';

export interface SchemaStatement {
  query: string;
  parameters?: unknown[];
}

export interface SchemaDiff {
  up: SchemaStatement[];
  /** In the order they must run to undo `up`. */
  down: SchemaStatement[];
  /** The scratch database's name; TypeORM bakes it into typeorm_metadata rows, see migration-generate. */
  database: string;
}

/** Migrates a scratch database to the latest migration and returns what the entities still want. */
export async function diffEntitiesAgainstMigrations(serverUrl: string): Promise<SchemaDiff> {
  const scratch = `signaalroute_drift_${process.pid}_${Date.now()}`;
  const url = await createDatabase(serverUrl, scratch);
  const dataSource = new DataSource(buildDataSourceOptions(url, { logging: false }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map(({ query, parameters }) => ({ query, parameters })),
      down: sql.downQueries.map(({ query, parameters }) => ({ query, parameters })).reverse(),
      database: scratch,
    };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(serverUrl, scratch);
  }
}
