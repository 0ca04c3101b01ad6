import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Learning1795817903289 implements MigrationInterface {
  name = 'Learning1795817903289';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "learning_paths" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" character varying(2000) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_2f073530d2af4a865296c06274c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "learning_paths_created_by_idx" ON "learning_paths"  ("created_by") ');
    await queryRunner.query(
      'CREATE TABLE "learning_path_steps" ("path_id" uuid NOT NULL, "item_id" uuid NOT NULL, "position" integer NOT NULL, "requires_item_ids" uuid array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_9513b6c5d84b9b2f56c66d709d6" PRIMARY KEY ("path_id", "item_id"))',
    );
    await queryRunner.query('CREATE INDEX "learning_path_steps_item_id_idx" ON "learning_path_steps"  ("item_id") ');
    await queryRunner.query('CREATE TYPE "public"."certificate_kind" AS ENUM(\'MODULE\', \'PATH\')');
    await queryRunner.query(
      'CREATE TABLE "certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(16) NOT NULL, "kind" "public"."certificate_kind" NOT NULL, "user_id" uuid NOT NULL, "item_id" uuid, "path_id" uuid, "recipient_name" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "certificates_code_key" ON "certificates"  ("code") ');
    await queryRunner.query('CREATE INDEX "certificates_user_id_idx" ON "certificates"  ("user_id") ');
    await queryRunner.query('CREATE INDEX "certificates_item_id_idx" ON "certificates"  ("item_id") ');
    await queryRunner.query('CREATE INDEX "certificates_path_id_idx" ON "certificates"  ("path_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "certificates_user_path_key" ON "certificates"  ("user_id", "path_id") WHERE kind = \'PATH\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "certificates_user_module_key" ON "certificates"  ("user_id", "item_id") WHERE kind = \'MODULE\'',
    );
    await queryRunner.query(
      'CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "item_id" uuid NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_lesson_key" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "enrolments_user_item_key" UNIQUE ("user_id", "item_id"), CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "enrolments_item_id_idx" ON "enrolments"  ("item_id") ');
    await queryRunner.query('CREATE INDEX "enrolments_completed_at_idx" ON "enrolments"  ("completed_at") ');
    await queryRunner.query(
      'CREATE TABLE "lesson_completions" ("user_id" uuid NOT NULL, "item_id" uuid NOT NULL, "lesson_key" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d757f93498f94766bda7a33891" PRIMARY KEY ("user_id", "item_id", "lesson_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "quizzes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "scope" character varying(36) NOT NULL, "pass_mark_percent" integer NOT NULL, "questions" jsonb NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quizzes_item_scope_key" UNIQUE ("item_id", "scope"), CONSTRAINT "PK_b24f0f7662cf6b3a0e7dba0a1b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "quizzes_updated_by_idx" ON "quizzes"  ("updated_by") ');
    await queryRunner.query(
      'CREATE TABLE "quiz_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quiz_id" uuid NOT NULL, "user_id" uuid NOT NULL, "questions" jsonb NOT NULL, "pass_mark_percent" integer NOT NULL, "answers" jsonb, "score_percent" integer, "passed" boolean, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a84a93fb092359516dc5b325b90" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "quiz_attempts_quiz_id_idx" ON "quiz_attempts"  ("quiz_id") ');
    await queryRunner.query('CREATE INDEX "quiz_attempts_user_quiz_idx" ON "quiz_attempts"  ("user_id", "quiz_id") ');
    await queryRunner.query(
      'ALTER TABLE "learning_paths" ADD CONSTRAINT "FK_3840aca44ef1de041ae1723b0a2" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "learning_path_steps" ADD CONSTRAINT "FK_66374144fccb0485cebebb11b25" FOREIGN KEY ("path_id") REFERENCES "learning_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "learning_path_steps" ADD CONSTRAINT "FK_4ef9097476eabf1c30ba02e4bbf" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "certificates" ADD CONSTRAINT "FK_88f90b1b9c635c14271e509cec0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "certificates" ADD CONSTRAINT "FK_ea840aa3697400c870549d99f29" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "certificates" ADD CONSTRAINT "FK_6b48d74429def3198f233e60fb9" FOREIGN KEY ("path_id") REFERENCES "learning_paths"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "FK_7eb4b01f52fb0ce0e3136d87c76" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "FK_2160a3e3656db4ebe5221b402b6" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lesson_completions" ADD CONSTRAINT "FK_09d4eeacb27f11d22244ad3aea5" FOREIGN KEY ("user_id", "item_id") REFERENCES "enrolments"("user_id","item_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quizzes" ADD CONSTRAINT "FK_9625b92199b32a34fdca8a9b7d7" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quizzes" ADD CONSTRAINT "FK_11fd1e7a4d0e74622e0f74bb917" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_a720e260138b64fcff2fca19b2d" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_1701aaf48f6a78e96bfe08dd395" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "quiz_attempts" DROP CONSTRAINT "FK_1701aaf48f6a78e96bfe08dd395"');
    await queryRunner.query('ALTER TABLE "quiz_attempts" DROP CONSTRAINT "FK_a720e260138b64fcff2fca19b2d"');
    await queryRunner.query('ALTER TABLE "quizzes" DROP CONSTRAINT "FK_11fd1e7a4d0e74622e0f74bb917"');
    await queryRunner.query('ALTER TABLE "quizzes" DROP CONSTRAINT "FK_9625b92199b32a34fdca8a9b7d7"');
    await queryRunner.query('ALTER TABLE "lesson_completions" DROP CONSTRAINT "FK_09d4eeacb27f11d22244ad3aea5"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "FK_2160a3e3656db4ebe5221b402b6"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "FK_7eb4b01f52fb0ce0e3136d87c76"');
    await queryRunner.query('ALTER TABLE "certificates" DROP CONSTRAINT "FK_6b48d74429def3198f233e60fb9"');
    await queryRunner.query('ALTER TABLE "certificates" DROP CONSTRAINT "FK_ea840aa3697400c870549d99f29"');
    await queryRunner.query('ALTER TABLE "certificates" DROP CONSTRAINT "FK_88f90b1b9c635c14271e509cec0"');
    await queryRunner.query('ALTER TABLE "learning_path_steps" DROP CONSTRAINT "FK_4ef9097476eabf1c30ba02e4bbf"');
    await queryRunner.query('ALTER TABLE "learning_path_steps" DROP CONSTRAINT "FK_66374144fccb0485cebebb11b25"');
    await queryRunner.query('ALTER TABLE "learning_paths" DROP CONSTRAINT "FK_3840aca44ef1de041ae1723b0a2"');
    await queryRunner.query('DROP INDEX "public"."quiz_attempts_user_quiz_idx"');
    await queryRunner.query('DROP INDEX "public"."quiz_attempts_quiz_id_idx"');
    await queryRunner.query('DROP TABLE "quiz_attempts"');
    await queryRunner.query('DROP INDEX "public"."quizzes_updated_by_idx"');
    await queryRunner.query('DROP TABLE "quizzes"');
    await queryRunner.query('DROP TABLE "lesson_completions"');
    await queryRunner.query('DROP INDEX "public"."enrolments_completed_at_idx"');
    await queryRunner.query('DROP INDEX "public"."enrolments_item_id_idx"');
    await queryRunner.query('DROP TABLE "enrolments"');
    await queryRunner.query('DROP INDEX "public"."certificates_user_module_key"');
    await queryRunner.query('DROP INDEX "public"."certificates_user_path_key"');
    await queryRunner.query('DROP INDEX "public"."certificates_path_id_idx"');
    await queryRunner.query('DROP INDEX "public"."certificates_item_id_idx"');
    await queryRunner.query('DROP INDEX "public"."certificates_user_id_idx"');
    await queryRunner.query('DROP INDEX "public"."certificates_code_key"');
    await queryRunner.query('DROP TABLE "certificates"');
    await queryRunner.query('DROP TYPE "public"."certificate_kind"');
    await queryRunner.query('DROP INDEX "public"."learning_path_steps_item_id_idx"');
    await queryRunner.query('DROP TABLE "learning_path_steps"');
    await queryRunner.query('DROP INDEX "public"."learning_paths_created_by_idx"');
    await queryRunner.query('DROP TABLE "learning_paths"');
  }
}
