import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795432889805 implements MigrationInterface {
  name = 'Foundation1795432889805';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: what TypeORM cannot generate (extensions, sequences, GIN indexes, triggers).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL DEFAULT \'\', "domains" character varying(20) array NOT NULL DEFAULT \'{}\', "handling_option" character varying(40), "step" character varying(20) NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_cases_reference" ON "cases"  ("reference") ');
    await queryRunner.query('CREATE INDEX "ix_cases_step_created" ON "cases"  ("step", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "job_failures" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "job_name" character varying(60) NOT NULL, "job_id" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "attempts" integer NOT NULL, "error" text NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c199fe43056ac6b47d3937e7d42" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" character varying(200) NOT NULL, "purpose" character varying(40) NOT NULL, "to_address" character varying(254) NOT NULL, "locale" character varying(2) NOT NULL, "subject" character varying(300) NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "signal_id" uuid, "status" character varying(10) NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "transport" character varying(10), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_mail_messages_dedupe_key" ON "mail_messages"  ("dedupe_key") ',
    );
    await queryRunner.query('CREATE INDEX "ix_mail_messages_signal" ON "mail_messages"  ("signal_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_mail_messages_pending" ON "mail_messages"  ("created_at") WHERE status = \'pending\'',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "job_name" character varying(60) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_outbox_pending" ON "outbox"  ("id") WHERE dispatched_at IS NULL',
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)',
      [
        await queryRunner.getCurrentDatabase(),
        'public',
        'signals',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('dutch', coalesce(\"title\", '')), 'A') || setweight(to_tsvector('dutch', coalesce(\"description\", '')), 'B')",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "signals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(20) NOT NULL, "kind" character varying(20) NOT NULL DEFAULT \'bottleneck\', "title" character varying(200) NOT NULL, "description" text NOT NULL, "domains" character varying(20) array NOT NULL, "region" character varying(100), "submitter_role" character varying(40), "organisation" character varying(200), "channel" character varying(40) NOT NULL DEFAULT \'website\', "email" character varying(254), "consent_contact" boolean NOT NULL DEFAULT false, "consent_publication" boolean NOT NULL DEFAULT false, "locale" character varying(2) NOT NULL DEFAULT \'nl\', "call_id" uuid, "registered_by_id" uuid, "step" character varying(20) NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "case_id" uuid, "linked_at" TIMESTAMP WITH TIME ZONE, "tracking_token_hash" character(64) NOT NULL, "idempotency_key" character varying(200), "idempotency_fingerprint" character(64), "suggestions" jsonb, "suggested_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector(\'dutch\', coalesce("title", \'\')), \'A\') || setweight(to_tsvector(\'dutch\', coalesce("description", \'\')), \'B\')) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_04eeac09c09b65bc55c628c101d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_signals_reference" ON "signals"  ("reference") ');
    await queryRunner.query('CREATE INDEX "ix_signals_case" ON "signals"  ("case_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_signals_tracking_token_hash" ON "signals"  ("tracking_token_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_signals_idempotency_key" ON "signals"  ("idempotency_key") ',
    );
    await queryRunner.query('CREATE INDEX "ix_signals_created" ON "signals"  ("created_at") ');
    await queryRunner.query('CREATE INDEX "ix_signals_step_created" ON "signals"  ("step", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "step_history" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "subject_type" character varying(10) NOT NULL, "subject_id" uuid NOT NULL, "from_step" character varying(20), "to_step" character varying(20) NOT NULL, "action" character varying(40) NOT NULL, "actor_id" uuid, "actor_role" character varying(20) NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3acd9fda74b9ccb81fce2b6321e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_step_history_subject" ON "step_history"  ("subject_type", "subject_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "active" boolean NOT NULL DEFAULT true, "locale" character varying(2) NOT NULL DEFAULT \'nl\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") ');
    await queryRunner.query(
      'ALTER TABLE "signals" ADD CONSTRAINT "fk_signals_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Written by hand from here on.
    await queryRunner.query('CREATE SEQUENCE signal_reference_seq');
    await queryRunner.query('CREATE SEQUENCE case_reference_seq');
    await queryRunner.query(
      'CREATE INDEX "ix_signals_search_vector" ON "signals" USING GIN ("search_vector")',
    );
    // The history is append-only: corrections are new rows, never edits.
    await queryRunner.query(`CREATE FUNCTION step_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'step_history is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER step_history_append_only BEFORE UPDATE OR DELETE ON "step_history"
      FOR EACH ROW EXECUTE FUNCTION step_history_append_only()`);
    // Wakes the outbox relay at commit, so jobs start without waiting for the next poll.
    await queryRunner.query(`CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('outbox', ''); RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER outbox_notify AFTER INSERT ON "outbox"
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER outbox_notify ON "outbox"');
    await queryRunner.query('DROP FUNCTION outbox_notify()');
    await queryRunner.query('DROP TRIGGER step_history_append_only ON "step_history"');
    await queryRunner.query('DROP FUNCTION step_history_append_only()');
    await queryRunner.query('DROP INDEX "ix_signals_search_vector"');
    await queryRunner.query('DROP SEQUENCE case_reference_seq');
    await queryRunner.query('DROP SEQUENCE signal_reference_seq');
    await queryRunner.query('ALTER TABLE "signals" DROP CONSTRAINT "fk_signals_case"');
    await queryRunner.query('DROP INDEX "public"."uq_users_email"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."ix_step_history_subject"');
    await queryRunner.query('DROP TABLE "step_history"');
    await queryRunner.query('DROP INDEX "public"."ix_signals_step_created"');
    await queryRunner.query('DROP INDEX "public"."ix_signals_created"');
    await queryRunner.query('DROP INDEX "public"."uq_signals_idempotency_key"');
    await queryRunner.query('DROP INDEX "public"."uq_signals_tracking_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_signals_case"');
    await queryRunner.query('DROP INDEX "public"."uq_signals_reference"');
    await queryRunner.query('DROP TABLE "signals"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5',
      ['GENERATED_COLUMN', 'search_vector', await queryRunner.getCurrentDatabase(), 'public', 'signals'],
    );
    await queryRunner.query('DROP INDEX "public"."ix_outbox_pending"');
    await queryRunner.query('DROP TABLE "outbox"');
    await queryRunner.query('DROP INDEX "public"."ix_mail_messages_pending"');
    await queryRunner.query('DROP INDEX "public"."ix_mail_messages_signal"');
    await queryRunner.query('DROP INDEX "public"."uq_mail_messages_dedupe_key"');
    await queryRunner.query('DROP TABLE "mail_messages"');
    await queryRunner.query('DROP TABLE "job_failures"');
    await queryRunner.query('DROP INDEX "public"."ix_cases_step_created"');
    await queryRunner.query('DROP INDEX "public"."uq_cases_reference"');
    await queryRunner.query('DROP TABLE "cases"');
  }
}
