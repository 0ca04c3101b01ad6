import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796187878334 implements MigrationInterface {
  name = 'Notifications1796187878334';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind\" AS ENUM('REVISION_SUBMITTED', 'REVISION_CHANGES_REQUESTED', 'REVISION_PUBLISHED', 'PAIR_CREATED', 'PAIR_ENDED', 'SESSION_SCHEDULED', 'SESSION_RESCHEDULED', 'SESSION_CANCELLED', 'SESSION_REMINDER_24H', 'SESSION_REMINDER_1H', 'SESSION_OUTCOME_RECORDED', 'ACTION_ITEM_ASSIGNED', 'ACTION_ITEM_DUE_TOMORROW', 'ACTION_ITEM_OVERDUE', 'FEEDBACK_RECEIVED', 'ASSESSMENT_FINALISED', 'ASSESSMENT_REOPENED', 'EVIDENCE_VERDICT', 'CERTIFICATE_ISSUED', 'ROLE_GRANTED', 'QUESTION_ASKED', 'QUESTION_ANSWERED')",
    );
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "object_type" character varying(40) NOT NULL, "object_id" character varying(64) NOT NULL, "link" character varying(300) NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', "dedupe_key" character varying(200) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "digest_pending" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notifications_recipient_dedupe_key" UNIQUE ("recipient_id", "dedupe_key"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "notifications_digest_pending_idx" ON "notifications"  ("recipient_id") WHERE digest_pending');
    await queryRunner.query('CREATE INDEX "notifications_unread_idx" ON "notifications"  ("recipient_id") WHERE read_at IS NULL');
    await queryRunner.query('CREATE INDEX "notifications_recipient_created_idx" ON "notifications"  ("recipient_id", "created_at") ');
    await queryRunner.query("CREATE TYPE \"public\".\"email_delivery\" AS ENUM('IMMEDIATE', 'DAILY_DIGEST', 'OFF')");
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "email_delivery" "public"."email_delivery" NOT NULL, CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE INDEX "mentoring_action_items_open_due_idx" ON "mentoring_action_items"  ("due_date") WHERE done_at IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"');
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"');
    await queryRunner.query('DROP INDEX "public"."mentoring_action_items_open_due_idx"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP TYPE "public"."email_delivery"');
    await queryRunner.query('DROP INDEX "public"."notifications_recipient_created_idx"');
    await queryRunner.query('DROP INDEX "public"."notifications_unread_idx"');
    await queryRunner.query('DROP INDEX "public"."notifications_digest_pending_idx"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
  }
}
