import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseTitleReviewed1795439661429 implements MigrationInterface {
  name = 'CaseTitleReviewed1795439661429';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "cases" ADD "title_reviewed" boolean NOT NULL DEFAULT false');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "title_reviewed"');
  }
}
