import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecognitionAndDeepening1795442296002 implements MigrationInterface {
  name = 'RecognitionAndDeepening1795442296002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "analyses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'draft\', "cause_areas" jsonb NOT NULL, "root_cause_summary" text NOT NULL DEFAULT \'\', "recommendations" text NOT NULL DEFAULT \'\', "proposed_handling_option" character varying(40), "version" integer NOT NULL DEFAULT \'1\', "submitted_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_91421900ca225ed9865d016a940" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_analyses_assignment" ON "analyses"  ("assignment_id") ');
    await queryRunner.query('CREATE INDEX "ix_analyses_case_status" ON "analyses"  ("case_id", "status") ');
    await queryRunner.query(
      'CREATE TABLE "analysis_versions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "analysis_id" uuid NOT NULL, "version" integer NOT NULL, "status" character varying(10) NOT NULL, "content" jsonb NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_46a0337fc6ceb562f9df3ad4f39" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_analysis_versions_analysis_version" ON "analysis_versions"  ("analysis_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "calls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL, "case_id" uuid, "question" character varying(300) NOT NULL, "reason" text NOT NULL, "channels" character varying(40) array NOT NULL DEFAULT \'{}\', "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "audience_domains" character varying(20) array NOT NULL DEFAULT \'{}\', "audience_regions" character varying(100) array NOT NULL DEFAULT \'{}\', "audience_everyone" boolean NOT NULL DEFAULT false, "is_public" boolean NOT NULL DEFAULT false, "status" character varying(10) NOT NULL DEFAULT \'draft\', "audience_size" integer, "fanout_completed_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9171d91f8dd1a649659f1b6a20" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_calls_case" ON "calls"  ("case_id") ');
    await queryRunner.query('CREATE INDEX "ix_calls_status_closes" ON "calls"  ("status", "closes_at") ');
    await queryRunner.query(
      'CREATE TABLE "call_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e05acf6a61a7f07492bb60b9ae2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_call_invitations_token_hash" ON "call_invitations"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_call_invitations_call_user" ON "call_invitations"  ("call_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "call_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "respondent_key" character varying(300) NOT NULL, "user_id" uuid, "email" character varying(254), "recognition" character varying(20) NOT NULL, "urgency" character varying(10) NOT NULL, "needed" text NOT NULL, "comment" text, "domain" character varying(20) NOT NULL, "region" character varying(100) NOT NULL, "organisation_type" character varying(40) NOT NULL, "organisation" character varying(200), "consent_publication" boolean NOT NULL DEFAULT false, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cca816a854d308af2e7a2f352ff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_call_answers_call_respondent" ON "call_answers"  ("call_id", "respondent_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pending_call_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "answer" jsonb NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_671ac26e0ef93e544e323825ca6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_pending_call_answers_token_hash" ON "pending_call_answers"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_endorsements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "user_id" uuid NOT NULL, "domain" character varying(20), "region" character varying(100), "organisation_type" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1195cc745d58773c5739f6be91" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_case_endorsements_case_user" ON "case_endorsements"  ("case_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "recognition_tallies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "case_id" uuid NOT NULL, "figures" jsonb NOT NULL, "recommendation" character varying(10) NOT NULL, "thresholds" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_885c15c61ba003abebfa563f9b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_recognition_tallies_call" ON "recognition_tallies"  ("call_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_recognition_tallies_case" ON "recognition_tallies"  ("case_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "recognition_conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "partners" character varying(500) NOT NULL, "held_on" date NOT NULL, "outcome" character varying(20) NOT NULL, "notes" text NOT NULL DEFAULT \'\', "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f80240d07862ac86f7eeee6e3b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_recognition_conversations_case" ON "recognition_conversations"  ("case_id", "held_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "settings" ("key" character varying(60) NOT NULL, "value" jsonb NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD "domains" character varying(20) array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query('ALTER TABLE "users" ADD "region" character varying(100)');
    await queryRunner.query('ALTER TABLE "users" ADD "organisation_type" character varying(40)');
    await queryRunner.query('ALTER TABLE "users" ADD "organisation" character varying(200)');
    await queryRunner.query('ALTER TABLE "case_assignments" ADD "external_name" character varying(200)');
    await queryRunner.query('ALTER TABLE "case_assignments" ADD "external_email" character varying(254)');
    await queryRunner.query('ALTER TABLE "case_assignments" ADD "access_token_hash" character(64)');
    await queryRunner.query(
      'ALTER TABLE "case_assignments" ADD "access_expires_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "case_assignments" ADD "due_on" date');
    await queryRunner.query('ALTER TABLE "outbox" ADD "run_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "signals" ADD "handling_option" character varying(40)');
    await queryRunner.query('ALTER TABLE "step_history" ADD "evidence" jsonb');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP CONSTRAINT "fk_case_assignments_expert"');
    await queryRunner.query('DROP INDEX "public"."uq_case_assignments_case_expert"');
    await queryRunner.query('ALTER TABLE "case_assignments" ALTER COLUMN "expert_id" DROP NOT NULL');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_case_assignments_access_token_hash" ON "case_assignments"  ("access_token_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_case_assignments_case_expert" ON "case_assignments"  ("case_id", "expert_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_signals_call" ON "signals"  ("call_id") ');
    await queryRunner.query(
      'ALTER TABLE "case_assignments" ADD CONSTRAINT "fk_case_assignments_expert" FOREIGN KEY ("expert_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "analyses" ADD CONSTRAINT "fk_analyses_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "analyses" ADD CONSTRAINT "fk_analyses_assignment" FOREIGN KEY ("assignment_id") REFERENCES "case_assignments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "analysis_versions" ADD CONSTRAINT "fk_analysis_versions_analysis" FOREIGN KEY ("analysis_id") REFERENCES "analyses"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calls" ADD CONSTRAINT "fk_calls_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_invitations" ADD CONSTRAINT "fk_call_invitations_call" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_invitations" ADD CONSTRAINT "fk_call_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_answers" ADD CONSTRAINT "fk_call_answers_call" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pending_call_answers" ADD CONSTRAINT "fk_pending_call_answers_call" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_endorsements" ADD CONSTRAINT "fk_case_endorsements_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_endorsements" ADD CONSTRAINT "fk_case_endorsements_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recognition_tallies" ADD CONSTRAINT "fk_recognition_tallies_call" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recognition_tallies" ADD CONSTRAINT "fk_recognition_tallies_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recognition_conversations" ADD CONSTRAINT "fk_recognition_conversations_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "recognition_conversations" DROP CONSTRAINT "fk_recognition_conversations_case"',
    );
    await queryRunner.query(
      'ALTER TABLE "recognition_tallies" DROP CONSTRAINT "fk_recognition_tallies_case"',
    );
    await queryRunner.query(
      'ALTER TABLE "recognition_tallies" DROP CONSTRAINT "fk_recognition_tallies_call"',
    );
    await queryRunner.query('ALTER TABLE "case_endorsements" DROP CONSTRAINT "fk_case_endorsements_user"');
    await queryRunner.query('ALTER TABLE "case_endorsements" DROP CONSTRAINT "fk_case_endorsements_case"');
    await queryRunner.query(
      'ALTER TABLE "pending_call_answers" DROP CONSTRAINT "fk_pending_call_answers_call"',
    );
    await queryRunner.query('ALTER TABLE "call_answers" DROP CONSTRAINT "fk_call_answers_call"');
    await queryRunner.query('ALTER TABLE "call_invitations" DROP CONSTRAINT "fk_call_invitations_user"');
    await queryRunner.query('ALTER TABLE "call_invitations" DROP CONSTRAINT "fk_call_invitations_call"');
    await queryRunner.query('ALTER TABLE "calls" DROP CONSTRAINT "fk_calls_case"');
    await queryRunner.query(
      'ALTER TABLE "analysis_versions" DROP CONSTRAINT "fk_analysis_versions_analysis"',
    );
    await queryRunner.query('ALTER TABLE "analyses" DROP CONSTRAINT "fk_analyses_assignment"');
    await queryRunner.query('ALTER TABLE "analyses" DROP CONSTRAINT "fk_analyses_case"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP CONSTRAINT "fk_case_assignments_expert"');
    await queryRunner.query('DROP INDEX "public"."ix_signals_call"');
    await queryRunner.query('DROP INDEX "public"."uq_case_assignments_case_expert"');
    await queryRunner.query('DROP INDEX "public"."uq_case_assignments_access_token_hash"');
    await queryRunner.query('ALTER TABLE "case_assignments" ALTER COLUMN "expert_id" SET NOT NULL');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_case_assignments_case_expert" ON "case_assignments" USING btree ("case_id", "expert_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_assignments" ADD CONSTRAINT "fk_case_assignments_expert" FOREIGN KEY ("expert_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "step_history" DROP COLUMN "evidence"');
    await queryRunner.query('ALTER TABLE "signals" DROP COLUMN "handling_option"');
    await queryRunner.query('ALTER TABLE "outbox" DROP COLUMN "run_at"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP COLUMN "due_on"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP COLUMN "access_expires_at"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP COLUMN "access_token_hash"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP COLUMN "external_email"');
    await queryRunner.query('ALTER TABLE "case_assignments" DROP COLUMN "external_name"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "organisation"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "organisation_type"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "region"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "domains"');
    await queryRunner.query('DROP TABLE "settings"');
    await queryRunner.query('DROP INDEX "public"."ix_recognition_conversations_case"');
    await queryRunner.query('DROP TABLE "recognition_conversations"');
    await queryRunner.query('DROP INDEX "public"."ix_recognition_tallies_case"');
    await queryRunner.query('DROP INDEX "public"."uq_recognition_tallies_call"');
    await queryRunner.query('DROP TABLE "recognition_tallies"');
    await queryRunner.query('DROP INDEX "public"."uq_case_endorsements_case_user"');
    await queryRunner.query('DROP TABLE "case_endorsements"');
    await queryRunner.query('DROP INDEX "public"."uq_pending_call_answers_token_hash"');
    await queryRunner.query('DROP TABLE "pending_call_answers"');
    await queryRunner.query('DROP INDEX "public"."uq_call_answers_call_respondent"');
    await queryRunner.query('DROP TABLE "call_answers"');
    await queryRunner.query('DROP INDEX "public"."uq_call_invitations_call_user"');
    await queryRunner.query('DROP INDEX "public"."uq_call_invitations_token_hash"');
    await queryRunner.query('DROP TABLE "call_invitations"');
    await queryRunner.query('DROP INDEX "public"."ix_calls_status_closes"');
    await queryRunner.query('DROP INDEX "public"."ix_calls_case"');
    await queryRunner.query('DROP TABLE "calls"');
    await queryRunner.query('DROP INDEX "public"."uq_analysis_versions_analysis_version"');
    await queryRunner.query('DROP TABLE "analysis_versions"');
    await queryRunner.query('DROP INDEX "public"."ix_analyses_case_status"');
    await queryRunner.query('DROP INDEX "public"."uq_analyses_assignment"');
    await queryRunner.query('DROP TABLE "analyses"');
  }
}
