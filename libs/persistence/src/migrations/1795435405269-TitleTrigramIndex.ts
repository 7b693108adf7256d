import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand: a trigram index TypeORM cannot express, for similar titles (pg_trgm's % and <->). */
export class TitleTrigramIndex1795435405269 implements MigrationInterface {
  name = 'TitleTrigramIndex1795435405269';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_signals_title_trgm" ON "signals" USING GIN ("title" gin_trgm_ops)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_signals_title_trgm"');
  }
}
