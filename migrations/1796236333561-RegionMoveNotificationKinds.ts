import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionMoveNotificationKinds1796236333561 implements MigrationInterface {
  name = 'RegionMoveNotificationKinds1796236333561';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TYPE "public"."notification_kind" ADD VALUE \'REGION_MOVE_REQUESTED\'');
    await queryRunner.query('ALTER TYPE "public"."notification_kind" ADD VALUE \'REGION_MOVE_APPROVED\'');
    await queryRunner.query('ALTER TYPE "public"."notification_kind" ADD VALUE \'REGION_MOVE_REJECTED\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // One type serves both tables: rows of the new kinds go first, then both columns move to the old type at once.
    const kinds = "('REGION_MOVE_REQUESTED', 'REGION_MOVE_APPROVED', 'REGION_MOVE_REJECTED')";
    await queryRunner.query(`DELETE FROM "notifications" WHERE "kind"::text IN ${kinds}`);
    await queryRunner.query(`DELETE FROM "notification_preferences" WHERE "kind"::text IN ${kinds}`);
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('REVISION_SUBMITTED', 'REVISION_CHANGES_REQUESTED', 'REVISION_PUBLISHED', 'PAIR_CREATED', 'PAIR_ENDED', 'SESSION_SCHEDULED', 'SESSION_RESCHEDULED', 'SESSION_CANCELLED', 'SESSION_REMINDER_24H', 'SESSION_REMINDER_1H', 'SESSION_OUTCOME_RECORDED', 'ACTION_ITEM_ASSIGNED', 'ACTION_ITEM_DUE_TOMORROW', 'ACTION_ITEM_OVERDUE', 'FEEDBACK_RECEIVED', 'ASSESSMENT_FINALISED', 'ASSESSMENT_REOPENED', 'EVIDENCE_VERDICT', 'CERTIFICATE_ISSUED', 'ROLE_GRANTED', 'QUESTION_ASKED', 'QUESTION_ANSWERED')",
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"',
    );
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
    await queryRunner.query('ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"');
  }
}
