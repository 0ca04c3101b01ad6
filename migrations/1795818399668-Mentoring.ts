import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Mentoring1795818399668 implements MigrationInterface {
  name = 'Mentoring1795818399668';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the double-booking exclusion constraint compares uuids with = inside a GiST index,
    // which btree_gist provides (a trusted extension: a database owner may create it).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query(
      'CREATE TABLE "mentor_profiles" ("user_id" uuid NOT NULL, "capacity" integer NOT NULL DEFAULT \'5\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fa86c14c3a0de91f7253a180bb" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mentor_expertise" ("user_id" uuid NOT NULL, "indicator_id" integer NOT NULL, CONSTRAINT "PK_8af2a29762ad8e5ef0edd0763c2" PRIMARY KEY ("user_id", "indicator_id"))',
    );
    await queryRunner.query('CREATE INDEX "mentor_expertise_indicator_id_idx" ON "mentor_expertise"  ("indicator_id") ');
    await queryRunner.query('CREATE TYPE "public"."mentee_kind" AS ENUM(\'LEARNER\', \'REGION_TEAM\')');
    await queryRunner.query("CREATE TYPE \"public\".\"pair_status\" AS ENUM('ACTIVE', 'COMPLETED', 'CANCELLED')");
    await queryRunner.query(
      'CREATE TABLE "mentoring_pairs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_id" uuid NOT NULL, "mentee_kind" "public"."mentee_kind" NOT NULL, "region_code" character varying(5) NOT NULL, "playbook_id" uuid, "goals" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "status" "public"."pair_status" NOT NULL DEFAULT \'ACTIVE\', "capacity_override_reason" text, "end_reason" text, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_17b214a1f73e1bdd7489b88dc59" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "mentoring_pairs_mentor_id_idx" ON "mentoring_pairs"  ("mentor_id") ');
    await queryRunner.query('CREATE INDEX "mentoring_pairs_region_code_idx" ON "mentoring_pairs"  ("region_code") ');
    await queryRunner.query('CREATE INDEX "mentoring_pairs_playbook_id_idx" ON "mentoring_pairs"  ("playbook_id") ');
    await queryRunner.query('CREATE INDEX "mentoring_pairs_status_idx" ON "mentoring_pairs"  ("status") ');
    await queryRunner.query('CREATE INDEX "mentoring_pairs_created_by_idx" ON "mentoring_pairs"  ("created_by") ');
    await queryRunner.query(
      'CREATE TABLE "mentoring_pair_members" ("pair_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_7b1eb7fe9fd461823407f74fd2f" PRIMARY KEY ("pair_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "mentoring_pair_members_user_id_idx" ON "mentoring_pair_members"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "mentoring_pair_indicators" ("pair_id" uuid NOT NULL, "indicator_id" integer NOT NULL, CONSTRAINT "PK_76aa4be14c44c53c8cbc5ebd9b7" PRIMARY KEY ("pair_id", "indicator_id"))',
    );
    await queryRunner.query('CREATE INDEX "mentoring_pair_indicators_indicator_id_idx" ON "mentoring_pair_indicators"  ("indicator_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"session_status\" AS ENUM('SCHEDULED', 'HELD', 'NO_SHOW', 'CANCELLED')");
    await queryRunner.query(
      'CREATE TABLE "mentoring_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pair_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "online_url" character varying(2000), "place" character varying(300), "agenda" text NOT NULL, "status" "public"."session_status" NOT NULL DEFAULT \'SCHEDULED\', "cancel_reason" text, "notes" text, "sequence" integer NOT NULL DEFAULT \'0\', "version" integer NOT NULL DEFAULT \'1\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mentoring_sessions_duration_check" CHECK (duration_minutes BETWEEN 1 AND 480), CONSTRAINT "PK_8ce3ec85cbac78813679b7c1f67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "mentoring_sessions_pair_id_idx" ON "mentoring_sessions"  ("pair_id") ');
    await queryRunner.query('CREATE INDEX "mentoring_sessions_starts_at_idx" ON "mentoring_sessions"  ("starts_at") ');
    await queryRunner.query('CREATE INDEX "mentoring_sessions_created_by_idx" ON "mentoring_sessions"  ("created_by") ');
    await queryRunner.query(
      'CREATE TABLE "mentoring_session_participants" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "period" tstzrange NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "mentoring_session_participants_no_overlap" EXCLUDE USING gist ("user_id" WITH =, "period" WITH &&) WHERE ("active"), CONSTRAINT "PK_624218c669db913f8f70511204b" PRIMARY KEY ("session_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "mentoring_session_participants_user_id_idx" ON "mentoring_session_participants"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "mentoring_action_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "text" character varying(1000) NOT NULL, "owner_id" uuid NOT NULL, "due_date" date, "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22bce421015c15e74c8a06bc34c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "mentoring_action_items_session_id_idx" ON "mentoring_action_items"  ("session_id") ');
    await queryRunner.query('CREATE INDEX "mentoring_action_items_owner_id_idx" ON "mentoring_action_items"  ("owner_id") ');
    await queryRunner.query(
      'CREATE TABLE "mentoring_session_feedback" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "rating" integer NOT NULL, "comment" character varying(2000) NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mentoring_session_feedback_rating_check" CHECK (rating BETWEEN 1 AND 5), CONSTRAINT "PK_48b5c6042d89c9ba097398c0690" PRIMARY KEY ("session_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "mentoring_session_feedback_user_id_idx" ON "mentoring_session_feedback"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "calendar_feeds" ("user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3212ce9ff23847e66347a6730d3" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"  ("token_hash") ');
    await queryRunner.query(
      'ALTER TABLE "mentor_profiles" ADD CONSTRAINT "FK_5fa86c14c3a0de91f7253a180bb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_expertise" ADD CONSTRAINT "FK_065780b4c2446aef2fd4b9aedbe" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentor_expertise" ADD CONSTRAINT "FK_01aa046b38bda50c52e09033e88" FOREIGN KEY ("indicator_id") REFERENCES "spbe_indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "FK_66eb423f82493d97589548933c5" FOREIGN KEY ("mentor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "FK_7eb893562d55692f3a6eb5f636a" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "FK_1264db68cbdb33318f44cecd09a" FOREIGN KEY ("playbook_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "FK_86b14ca1ea887bc0ba5e9f99cbe" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_pair_members" ADD CONSTRAINT "FK_cbc8453cb494570f69cb956cfd9" FOREIGN KEY ("pair_id") REFERENCES "mentoring_pairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_pair_members" ADD CONSTRAINT "FK_521dfd6bf1b28e30a6d8beb24bf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_pair_indicators" ADD CONSTRAINT "FK_2663d6d816d94e26b2340cbec0f" FOREIGN KEY ("pair_id") REFERENCES "mentoring_pairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_pair_indicators" ADD CONSTRAINT "FK_1c78e78b841c49a04e0cb60e676" FOREIGN KEY ("indicator_id") REFERENCES "spbe_indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "FK_a9b39d4742b2f693fe4f4123a7d" FOREIGN KEY ("pair_id") REFERENCES "mentoring_pairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "FK_05a07a5bebb8edab33235fe0d47" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_session_participants" ADD CONSTRAINT "FK_6af8ab9d41949987a579911070d" FOREIGN KEY ("session_id") REFERENCES "mentoring_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_session_participants" ADD CONSTRAINT "FK_018f05722d6b6ee3ea9131c71d7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_action_items" ADD CONSTRAINT "FK_6ab64af5eccde692f18735def0c" FOREIGN KEY ("session_id") REFERENCES "mentoring_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_action_items" ADD CONSTRAINT "FK_d9faac1b34870bfac8a90c4c2f0" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_session_feedback" ADD CONSTRAINT "FK_099e7fabb8aaec8b0acbf7ef2f7" FOREIGN KEY ("session_id") REFERENCES "mentoring_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mentoring_session_feedback" ADD CONSTRAINT "FK_8705986750d4f5bfe2c0be4d07c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_3212ce9ff23847e66347a6730d3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_3212ce9ff23847e66347a6730d3"');
    await queryRunner.query('ALTER TABLE "mentoring_session_feedback" DROP CONSTRAINT "FK_8705986750d4f5bfe2c0be4d07c"');
    await queryRunner.query('ALTER TABLE "mentoring_session_feedback" DROP CONSTRAINT "FK_099e7fabb8aaec8b0acbf7ef2f7"');
    await queryRunner.query('ALTER TABLE "mentoring_action_items" DROP CONSTRAINT "FK_d9faac1b34870bfac8a90c4c2f0"');
    await queryRunner.query('ALTER TABLE "mentoring_action_items" DROP CONSTRAINT "FK_6ab64af5eccde692f18735def0c"');
    await queryRunner.query('ALTER TABLE "mentoring_session_participants" DROP CONSTRAINT "FK_018f05722d6b6ee3ea9131c71d7"');
    await queryRunner.query('ALTER TABLE "mentoring_session_participants" DROP CONSTRAINT "FK_6af8ab9d41949987a579911070d"');
    await queryRunner.query('ALTER TABLE "mentoring_sessions" DROP CONSTRAINT "FK_05a07a5bebb8edab33235fe0d47"');
    await queryRunner.query('ALTER TABLE "mentoring_sessions" DROP CONSTRAINT "FK_a9b39d4742b2f693fe4f4123a7d"');
    await queryRunner.query('ALTER TABLE "mentoring_pair_indicators" DROP CONSTRAINT "FK_1c78e78b841c49a04e0cb60e676"');
    await queryRunner.query('ALTER TABLE "mentoring_pair_indicators" DROP CONSTRAINT "FK_2663d6d816d94e26b2340cbec0f"');
    await queryRunner.query('ALTER TABLE "mentoring_pair_members" DROP CONSTRAINT "FK_521dfd6bf1b28e30a6d8beb24bf"');
    await queryRunner.query('ALTER TABLE "mentoring_pair_members" DROP CONSTRAINT "FK_cbc8453cb494570f69cb956cfd9"');
    await queryRunner.query('ALTER TABLE "mentoring_pairs" DROP CONSTRAINT "FK_86b14ca1ea887bc0ba5e9f99cbe"');
    await queryRunner.query('ALTER TABLE "mentoring_pairs" DROP CONSTRAINT "FK_1264db68cbdb33318f44cecd09a"');
    await queryRunner.query('ALTER TABLE "mentoring_pairs" DROP CONSTRAINT "FK_7eb893562d55692f3a6eb5f636a"');
    await queryRunner.query('ALTER TABLE "mentoring_pairs" DROP CONSTRAINT "FK_66eb423f82493d97589548933c5"');
    await queryRunner.query('ALTER TABLE "mentor_expertise" DROP CONSTRAINT "FK_01aa046b38bda50c52e09033e88"');
    await queryRunner.query('ALTER TABLE "mentor_expertise" DROP CONSTRAINT "FK_065780b4c2446aef2fd4b9aedbe"');
    await queryRunner.query('ALTER TABLE "mentor_profiles" DROP CONSTRAINT "FK_5fa86c14c3a0de91f7253a180bb"');
    await queryRunner.query('DROP INDEX "public"."calendar_feeds_token_hash_key"');
    await queryRunner.query('DROP TABLE "calendar_feeds"');
    await queryRunner.query('DROP INDEX "public"."mentoring_session_feedback_user_id_idx"');
    await queryRunner.query('DROP TABLE "mentoring_session_feedback"');
    await queryRunner.query('DROP INDEX "public"."mentoring_action_items_owner_id_idx"');
    await queryRunner.query('DROP INDEX "public"."mentoring_action_items_session_id_idx"');
    await queryRunner.query('DROP TABLE "mentoring_action_items"');
    await queryRunner.query('DROP INDEX "public"."mentoring_session_participants_user_id_idx"');
    await queryRunner.query('DROP TABLE "mentoring_session_participants"');
    await queryRunner.query('DROP INDEX "public"."mentoring_sessions_created_by_idx"');
    await queryRunner.query('DROP INDEX "public"."mentoring_sessions_starts_at_idx"');
    await queryRunner.query('DROP INDEX "public"."mentoring_sessions_pair_id_idx"');
    await queryRunner.query('DROP TABLE "mentoring_sessions"');
    await queryRunner.query('DROP TYPE "public"."session_status"');
    await queryRunner.query('DROP INDEX "public"."mentoring_pair_indicators_indicator_id_idx"');
    await queryRunner.query('DROP TABLE "mentoring_pair_indicators"');
    await queryRunner.query('DROP INDEX "public"."mentoring_pair_members_user_id_idx"');
    await queryRunner.query('DROP TABLE "mentoring_pair_members"');
    await queryRunner.query('DROP INDEX "public"."mentoring_pairs_created_by_idx"');
    await queryRunner.query('DROP INDEX "public"."mentoring_pairs_status_idx"');
    await queryRunner.query('DROP INDEX "public"."mentoring_pairs_playbook_id_idx"');
    await queryRunner.query('DROP INDEX "public"."mentoring_pairs_region_code_idx"');
    await queryRunner.query('DROP INDEX "public"."mentoring_pairs_mentor_id_idx"');
    await queryRunner.query('DROP TABLE "mentoring_pairs"');
    await queryRunner.query('DROP TYPE "public"."pair_status"');
    await queryRunner.query('DROP TYPE "public"."mentee_kind"');
    await queryRunner.query('DROP INDEX "public"."mentor_expertise_indicator_id_idx"');
    await queryRunner.query('DROP TABLE "mentor_expertise"');
    await queryRunner.query('DROP TABLE "mentor_profiles"');
  }
}
