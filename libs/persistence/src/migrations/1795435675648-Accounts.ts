import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795435675648 implements MigrationInterface {
  name = 'Accounts1795435675648';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "token_hash" character(64) NOT NULL, "token_prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_api_tokens_token_hash" ON "api_tokens"  ("token_hash") ',
    );
    await queryRunner.query('CREATE INDEX "ix_api_tokens_user" ON "api_tokens"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" character varying(40) NOT NULL, "actor_id" uuid, "subject_type" character varying(20), "subject_id" character varying(64), "ip" character varying(64), "details" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_subject" ON "audit_log"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_log_at" ON "audit_log"  ("at") ');
    await queryRunner.query(
      'CREATE TABLE "auth_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" character varying(20) NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c179ec6b05431f098b609ee7314" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_auth_links_token_hash" ON "auth_links"  ("token_hash") ',
    );
    await queryRunner.query('CREATE INDEX "ix_auth_links_user" ON "auth_links"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "case_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "assigned_by_id" uuid, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_87ea587a5ab124bd964c8db5ff7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_case_assignments_expert" ON "case_assignments"  ("expert_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_case_assignments_case_expert" ON "case_assignments"  ("case_id", "expert_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_sessions_token_hash" ON "sessions"  ("token_hash") ');
    await queryRunner.query('CREATE INDEX "ix_sessions_user" ON "sessions"  ("user_id") ');
    await queryRunner.query('ALTER TABLE "users" ADD "password_hash" character varying(255)');
    await queryRunner.query('ALTER TABLE "users" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "signals" ADD "submitted_by_id" uuid');
    await queryRunner.query('CREATE INDEX "ix_signals_submitted_by" ON "signals"  ("submitted_by_id") ');
    await queryRunner.query(
      'ALTER TABLE "api_tokens" ADD CONSTRAINT "fk_api_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "auth_links" ADD CONSTRAINT "fk_auth_links_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_assignments" ADD CONSTRAINT "fk_case_assignments_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_assignments" ADD CONSTRAINT "fk_case_assignments_expert" FOREIGN KEY ("expert_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP CONSTRAINT "fk_case_assignments_expert"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP CONSTRAINT "fk_case_assignments_case"');
    await queryRunner.query('ALTER TABLE "auth_links" DROP CONSTRAINT "fk_auth_links_user"');
    await queryRunner.query('ALTER TABLE "api_tokens" DROP CONSTRAINT "fk_api_tokens_user"');
    await queryRunner.query('DROP INDEX "public"."ix_signals_submitted_by"');
    await queryRunner.query('ALTER TABLE "signals" DROP COLUMN "submitted_by_id"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "last_sign_in_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "password_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_sessions_user"');
    await queryRunner.query('DROP INDEX "public"."uq_sessions_token_hash"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."uq_case_assignments_case_expert"');
    await queryRunner.query('DROP INDEX "public"."ix_case_assignments_expert"');
    await queryRunner.query('DROP TABLE "case_assignments"');
    await queryRunner.query('DROP INDEX "public"."ix_auth_links_user"');
    await queryRunner.query('DROP INDEX "public"."uq_auth_links_token_hash"');
    await queryRunner.query('DROP TABLE "auth_links"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_at"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_subject"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP INDEX "public"."ix_api_tokens_user"');
    await queryRunner.query('DROP INDEX "public"."uq_api_tokens_token_hash"');
    await queryRunner.query('DROP TABLE "api_tokens"');
  }
}
