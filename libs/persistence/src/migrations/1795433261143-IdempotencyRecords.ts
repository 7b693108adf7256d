import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyRecords1795433261143 implements MigrationInterface {
  name = 'IdempotencyRecords1795433261143';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_signals_idempotency_key"');
    await queryRunner.query(
      'CREATE TABLE "idempotency_records" ("key" character varying(200) NOT NULL, "fingerprint" character(64) NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f97e644e78e639ac55614cbaffe" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_idempotency_records_created" ON "idempotency_records"  ("created_at") ',
    );
    await queryRunner.query('ALTER TABLE "signals" DROP COLUMN "idempotency_key"');
    await queryRunner.query('ALTER TABLE "signals" DROP COLUMN "idempotency_fingerprint"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "signals" ADD "idempotency_fingerprint" character(64)');
    await queryRunner.query('ALTER TABLE "signals" ADD "idempotency_key" character varying(200)');
    await queryRunner.query('DROP INDEX "public"."ix_idempotency_records_created"');
    await queryRunner.query('DROP TABLE "idempotency_records"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_signals_idempotency_key" ON "signals" USING btree ("idempotency_key") ',
    );
  }
}
