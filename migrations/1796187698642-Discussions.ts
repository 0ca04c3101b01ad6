import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Discussions1796187698642 implements MigrationInterface {
  name = 'Discussions1796187698642';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "discussion_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "target_key" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, "hidden_reason" text, CONSTRAINT "discussion_questions_hidden_together" CHECK ((hidden_at IS NULL) = (hidden_by IS NULL) AND (hidden_at IS NULL) = (hidden_reason IS NULL)), CONSTRAINT "discussion_questions_body_length" CHECK (char_length(body) BETWEEN 1 AND 10000), CONSTRAINT "PK_4a86c9458509a246cfd29835987" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "discussion_questions_author_id_idx" ON "discussion_questions"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "discussion_questions_hidden_by_idx" ON "discussion_questions"  ("hidden_by") ');
    await queryRunner.query(
      'CREATE INDEX "discussion_questions_thread_idx" ON "discussion_questions"  ("item_id", "target_key", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "discussion_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by" uuid, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, "hidden_reason" text, CONSTRAINT "discussion_answers_accepted_together" CHECK ((accepted_at IS NULL) = (accepted_by IS NULL)), CONSTRAINT "discussion_answers_hidden_together" CHECK ((hidden_at IS NULL) = (hidden_by IS NULL) AND (hidden_at IS NULL) = (hidden_reason IS NULL)), CONSTRAINT "discussion_answers_body_length" CHECK (char_length(body) BETWEEN 1 AND 10000), CONSTRAINT "PK_2c7d136f8d8a48d668d81f2dc5b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "discussion_answers_author_id_idx" ON "discussion_answers"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "discussion_answers_accepted_by_idx" ON "discussion_answers"  ("accepted_by") ');
    await queryRunner.query('CREATE INDEX "discussion_answers_hidden_by_idx" ON "discussion_answers"  ("hidden_by") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "discussion_answers_one_accepted_key" ON "discussion_answers"  ("question_id") WHERE accepted_at IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "discussion_answers_question_idx" ON "discussion_answers"  ("question_id", "created_at") ');
    await queryRunner.query(
      'ALTER TABLE "discussion_questions" ADD CONSTRAINT "FK_f71618d66cdaf0912a2bf484a91" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "discussion_questions" ADD CONSTRAINT "FK_ea0dc69752f3a979d4cd55ffd42" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "discussion_questions" ADD CONSTRAINT "FK_49d7f2fc6831794aaf1c0f89ec8" FOREIGN KEY ("hidden_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "discussion_answers" ADD CONSTRAINT "FK_59c2529e3bb504e451eae5e34e7" FOREIGN KEY ("question_id") REFERENCES "discussion_questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "discussion_answers" ADD CONSTRAINT "FK_fd2f16812d68a39f4523f0e783a" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "discussion_answers" ADD CONSTRAINT "FK_f5692eb81c42ec740ae68be0676" FOREIGN KEY ("accepted_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "discussion_answers" ADD CONSTRAINT "FK_f0def929355e9bf965f44f4364d" FOREIGN KEY ("hidden_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "discussion_answers" DROP CONSTRAINT "FK_f0def929355e9bf965f44f4364d"');
    await queryRunner.query('ALTER TABLE "discussion_answers" DROP CONSTRAINT "FK_f5692eb81c42ec740ae68be0676"');
    await queryRunner.query('ALTER TABLE "discussion_answers" DROP CONSTRAINT "FK_fd2f16812d68a39f4523f0e783a"');
    await queryRunner.query('ALTER TABLE "discussion_answers" DROP CONSTRAINT "FK_59c2529e3bb504e451eae5e34e7"');
    await queryRunner.query('ALTER TABLE "discussion_questions" DROP CONSTRAINT "FK_49d7f2fc6831794aaf1c0f89ec8"');
    await queryRunner.query('ALTER TABLE "discussion_questions" DROP CONSTRAINT "FK_ea0dc69752f3a979d4cd55ffd42"');
    await queryRunner.query('ALTER TABLE "discussion_questions" DROP CONSTRAINT "FK_f71618d66cdaf0912a2bf484a91"');
    await queryRunner.query('DROP INDEX "public"."discussion_answers_question_idx"');
    await queryRunner.query('DROP INDEX "public"."discussion_answers_one_accepted_key"');
    await queryRunner.query('DROP INDEX "public"."discussion_answers_hidden_by_idx"');
    await queryRunner.query('DROP INDEX "public"."discussion_answers_accepted_by_idx"');
    await queryRunner.query('DROP INDEX "public"."discussion_answers_author_id_idx"');
    await queryRunner.query('DROP TABLE "discussion_answers"');
    await queryRunner.query('DROP INDEX "public"."discussion_questions_thread_idx"');
    await queryRunner.query('DROP INDEX "public"."discussion_questions_hidden_by_idx"');
    await queryRunner.query('DROP INDEX "public"."discussion_questions_author_id_idx"');
    await queryRunner.query('DROP TABLE "discussion_questions"');
  }
}
