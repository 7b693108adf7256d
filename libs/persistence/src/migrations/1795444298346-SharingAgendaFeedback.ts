import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SharingAgendaFeedback1795444298346 implements MigrationInterface {
  name = 'SharingAgendaFeedback1795444298346';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "summary" character varying(500) NOT NULL DEFAULT \'\', "body" text NOT NULL, "link_url" character varying(500), "call_to_action" character varying(300), "status" character varying(10) NOT NULL DEFAULT \'draft\', "checked_version" integer, "checked_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c4e732b044e09139d2f1065fae" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_publications_status_published" ON "publications"  ("status", "published_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "themes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "national_route" character varying(200) NOT NULL DEFAULT \'\', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ddbeaab913c18682e5c88155592" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_themes_name" ON "themes"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "publication_cases" ("publication_id" uuid NOT NULL, "case_id" uuid NOT NULL, CONSTRAINT "PK_252597c810f00dc3309eb7479bf" PRIMARY KEY ("publication_id", "case_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "publication_findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "publication_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "field" character varying(20) NOT NULL, "matched_text" character varying(500) NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'open\', "accepted_reason" text, "resolved_by_id" uuid, "found_in_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b322b1962e6251ff0b66c33cdbb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_publication_findings_publication" ON "publication_findings"  ("publication_id", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "national_tables" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "description" text NOT NULL DEFAULT \'\', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bb523250d3ad1ed09c3d554ed19" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_national_tables_name" ON "national_tables"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "table_liaisons" ("table_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_7406fee8106ad384fea2602b7bf" PRIMARY KEY ("table_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "table_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT \'proposed\', "ask" text NOT NULL DEFAULT \'\', "meeting_date" date, "outcome" character varying(20), "outcome_note" text, "follow_up_on" date, "moved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_agenda_items_table_status" ON "agenda_items"  ("table_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_agenda_items_case_table" ON "agenda_items"  ("case_id", "table_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "agenda_item_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "agenda_item_id" uuid NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "actor_id" uuid, "note" text NOT NULL DEFAULT \'\', "changes" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4fdfdf9700727a1be5d5867870" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_agenda_item_events_item" ON "agenda_item_events"  ("agenda_item_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "agenda_item_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "url" character varying(500) NOT NULL, "added_by_id" uuid, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f9fc8ab5878c72659106094967" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_agenda_item_documents_item" ON "agenda_item_documents"  ("agenda_item_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "feedback_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "what_happened_nl" text NOT NULL, "what_happened_en" text NOT NULL, "steps_taken_nl" text NOT NULL, "steps_taken_en" text NOT NULL, "achieved_nl" text NOT NULL, "achieved_en" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'draft\', "sent_at" TIMESTAMP WITH TIME ZONE, "sent_by_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2be083e0e12be97a4ce79d8a9e1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_feedback_messages_case" ON "feedback_messages"  ("case_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "feedback_recipients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "signal_id" uuid, "call_answer_id" uuid, "email" character varying(254) NOT NULL, "locale" character varying(2) NOT NULL DEFAULT \'nl\', "status" character varying(15) NOT NULL DEFAULT \'pending\', "undeliverable_reason" text, "mail_id" uuid, "delivered_at" TIMESTAMP WITH TIME ZONE, "response_token_hash" character(64), "helped" character varying(10), "response_comment" text, "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_71b30db102f44760bb57467e388" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_feedback_recipients_response_token_hash" ON "feedback_recipients"  ("response_token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_feedback_recipients_case_status" ON "feedback_recipients"  ("case_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_feedback_recipients_case_email" ON "feedback_recipients"  ("case_id", "email") ',
    );
    await queryRunner.query('ALTER TABLE "cases" ADD "theme_id" uuid');
    await queryRunner.query('CREATE INDEX "ix_cases_theme" ON "cases"  ("theme_id") ');
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "fk_cases_theme" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "publication_cases" ADD CONSTRAINT "fk_publication_cases_publication" FOREIGN KEY ("publication_id") REFERENCES "publications"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "publication_cases" ADD CONSTRAINT "fk_publication_cases_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "publication_findings" ADD CONSTRAINT "fk_publication_findings_publication" FOREIGN KEY ("publication_id") REFERENCES "publications"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "table_liaisons" ADD CONSTRAINT "fk_table_liaisons_table" FOREIGN KEY ("table_id") REFERENCES "national_tables"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "table_liaisons" ADD CONSTRAINT "fk_table_liaisons_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD CONSTRAINT "fk_agenda_items_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD CONSTRAINT "fk_agenda_items_table" FOREIGN KEY ("table_id") REFERENCES "national_tables"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item_events" ADD CONSTRAINT "fk_agenda_item_events_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item_documents" ADD CONSTRAINT "fk_agenda_item_documents_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_messages" ADD CONSTRAINT "fk_feedback_messages_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "feedback_recipients" ADD CONSTRAINT "fk_feedback_recipients_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Written by hand (entities cannot say it): what happened to an agenda item is never rewritten.
    await queryRunner.query(`CREATE FUNCTION agenda_item_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'agenda_item_events is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER agenda_item_events_append_only BEFORE UPDATE ON "agenda_item_events"
      FOR EACH ROW EXECUTE FUNCTION agenda_item_events_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER agenda_item_events_append_only ON "agenda_item_events"');
    await queryRunner.query('DROP FUNCTION agenda_item_events_append_only()');
    await queryRunner.query(
      'ALTER TABLE "feedback_recipients" DROP CONSTRAINT "fk_feedback_recipients_case"',
    );
    await queryRunner.query('ALTER TABLE "feedback_messages" DROP CONSTRAINT "fk_feedback_messages_case"');
    await queryRunner.query(
      'ALTER TABLE "agenda_item_documents" DROP CONSTRAINT "fk_agenda_item_documents_item"',
    );
    await queryRunner.query('ALTER TABLE "agenda_item_events" DROP CONSTRAINT "fk_agenda_item_events_item"');
    await queryRunner.query('ALTER TABLE "agenda_items" DROP CONSTRAINT "fk_agenda_items_table"');
    await queryRunner.query('ALTER TABLE "agenda_items" DROP CONSTRAINT "fk_agenda_items_case"');
    await queryRunner.query('ALTER TABLE "table_liaisons" DROP CONSTRAINT "fk_table_liaisons_user"');
    await queryRunner.query('ALTER TABLE "table_liaisons" DROP CONSTRAINT "fk_table_liaisons_table"');
    await queryRunner.query(
      'ALTER TABLE "publication_findings" DROP CONSTRAINT "fk_publication_findings_publication"',
    );
    await queryRunner.query('ALTER TABLE "publication_cases" DROP CONSTRAINT "fk_publication_cases_case"');
    await queryRunner.query(
      'ALTER TABLE "publication_cases" DROP CONSTRAINT "fk_publication_cases_publication"',
    );
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "fk_cases_theme"');
    await queryRunner.query('DROP INDEX "public"."ix_cases_theme"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "theme_id"');
    await queryRunner.query('DROP INDEX "public"."uq_feedback_recipients_case_email"');
    await queryRunner.query('DROP INDEX "public"."ix_feedback_recipients_case_status"');
    await queryRunner.query('DROP INDEX "public"."uq_feedback_recipients_response_token_hash"');
    await queryRunner.query('DROP TABLE "feedback_recipients"');
    await queryRunner.query('DROP INDEX "public"."uq_feedback_messages_case"');
    await queryRunner.query('DROP TABLE "feedback_messages"');
    await queryRunner.query('DROP INDEX "public"."ix_agenda_item_documents_item"');
    await queryRunner.query('DROP TABLE "agenda_item_documents"');
    await queryRunner.query('DROP INDEX "public"."ix_agenda_item_events_item"');
    await queryRunner.query('DROP TABLE "agenda_item_events"');
    await queryRunner.query('DROP INDEX "public"."uq_agenda_items_case_table"');
    await queryRunner.query('DROP INDEX "public"."ix_agenda_items_table_status"');
    await queryRunner.query('DROP TABLE "agenda_items"');
    await queryRunner.query('DROP TABLE "table_liaisons"');
    await queryRunner.query('DROP INDEX "public"."uq_national_tables_name"');
    await queryRunner.query('DROP TABLE "national_tables"');
    await queryRunner.query('DROP INDEX "public"."ix_publication_findings_publication"');
    await queryRunner.query('DROP TABLE "publication_findings"');
    await queryRunner.query('DROP TABLE "publication_cases"');
    await queryRunner.query('DROP INDEX "public"."uq_themes_name"');
    await queryRunner.query('DROP TABLE "themes"');
    await queryRunner.query('DROP INDEX "public"."ix_publications_status_published"');
    await queryRunner.query('DROP TABLE "publications"');
  }
}
