import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuizIntegrity1796166303678 implements MigrationInterface {
  name = 'QuizIntegrity1796166303678';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."quiz_attempts_user_quiz_idx"');
    await queryRunner.query('ALTER TABLE "quizzes" ADD "attempts_allowed" integer');
    await queryRunner.query('ALTER TABLE "quizzes" ADD "answer_policy" character varying(24) NOT NULL DEFAULT \'AFTER_PASSING\'');
    await queryRunner.query('ALTER TABLE "quizzes" ADD "draw_count" integer');
    // Existing attempts are numbered in the order they were started (hand-written: the generator cannot know).
    await queryRunner.query('ALTER TABLE "quiz_attempts" ADD "attempt_number" integer');
    await queryRunner.query(
      `UPDATE "quiz_attempts" a SET "attempt_number" = n.number
       FROM (SELECT id, row_number() OVER (PARTITION BY user_id, quiz_id ORDER BY started_at, id)::int AS number FROM "quiz_attempts") n
       WHERE n.id = a.id`,
    );
    await queryRunner.query('ALTER TABLE "quiz_attempts" ALTER COLUMN "attempt_number" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_user_quiz_number_key" UNIQUE ("user_id", "quiz_id", "attempt_number")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "quiz_attempts" DROP CONSTRAINT "quiz_attempts_user_quiz_number_key"');
    await queryRunner.query('ALTER TABLE "quiz_attempts" DROP COLUMN "attempt_number"');
    await queryRunner.query('ALTER TABLE "quizzes" DROP COLUMN "draw_count"');
    await queryRunner.query('ALTER TABLE "quizzes" DROP COLUMN "answer_policy"');
    await queryRunner.query('ALTER TABLE "quizzes" DROP COLUMN "attempts_allowed"');
    await queryRunner.query('CREATE INDEX "quiz_attempts_user_quiz_idx" ON "quiz_attempts" ("user_id", "quiz_id") ');
  }
}
