// The committed migrations build exactly the schema the entities describe, and can be undone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, diffEntitiesAgainstMigrations, MIGRATIONS } from '@app/persistence';
import { createTestDatabase, testServerUrl, type TestDatabase } from '../support/test-database';

describe('migrations', () => {
  it('match the entities (no drift)', async () => {
    const diff = await diffEntitiesAgainstMigrations(testServerUrl());
    expect(diff.up.map((statement) => statement.query)).toEqual([]);
  });

  describe('on a migrated database', () => {
    let database: TestDatabase;
    let dataSource: DataSource;

    beforeAll(async () => {
      database = await createTestDatabase();
      dataSource = new DataSource(buildDataSourceOptions(database.url));
      await dataSource.initialize();
    });

    afterAll(async () => {
      await dataSource.destroy();
      await database.drop();
    });

    it('keeps the step history append-only', async () => {
      await dataSource.query(
        `INSERT INTO step_history (subject_type, subject_id, to_step, action, actor_role)
         VALUES ('signal', gen_random_uuid(), 'intake', 'submit', 'member')`,
      );
      await expect(dataSource.query(`UPDATE step_history SET reason = 'edited'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(dataSource.query(`DELETE FROM step_history`)).rejects.toThrow(/append-only/);
    });

    it('can be reverted to an empty schema and applied again', async () => {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = (await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'
           AND table_name <> 'typeorm_metadata'`,
      )) as unknown[];
      expect(tables).toEqual([]);
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      expect(ran).toHaveLength(MIGRATIONS.length);
    });
  });
});
