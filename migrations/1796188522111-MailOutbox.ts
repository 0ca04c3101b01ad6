import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1796188522111 implements MigrationInterface {
  name = 'MailOutbox1796188522111';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"mail_status\" AS ENUM('QUEUED', 'RETRYING', 'SENT', 'FAILED', 'KEPT', 'SKIPPED')");
    await queryRunner.query(
      'CREATE TABLE "mail_messages" ("id" uuid NOT NULL, "idempotency_key" text, "to_address" text NOT NULL, "to_user_id" uuid, "locale" character varying(2) NOT NULL, "kind" text NOT NULL, "essential" boolean NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "unsubscribe_url" text, "attachments" jsonb NOT NULL, "status" "public"."mail_status" NOT NULL DEFAULT \'QUEUED\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "smtp_message_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "mail_messages_idempotency_key_key" ON "mail_messages"  ("idempotency_key") ');
    await queryRunner.query('CREATE INDEX "mail_messages_to_user_id_idx" ON "mail_messages"  ("to_user_id") ');
    await queryRunner.query('CREATE INDEX "mail_messages_status_created_at_idx" ON "mail_messages"  ("status", "created_at") ');
    await queryRunner.query('CREATE INDEX "mail_messages_created_at_idx" ON "mail_messages"  ("created_at") ');
    await queryRunner.query(
      'CREATE TABLE "mail_unsubscribes" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43264e7a7140d4d2e7495f4f3bc" PRIMARY KEY ("user_id", "kind"))',
    );
    await queryRunner.query(
      'ALTER TABLE "mail_messages" ADD CONSTRAINT "FK_5aacf7255292d266f7eab92b546" FOREIGN KEY ("to_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mail_unsubscribes" ADD CONSTRAINT "FK_42dae78cc6e5f424c421bacf968" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mail_unsubscribes" DROP CONSTRAINT "FK_42dae78cc6e5f424c421bacf968"');
    await queryRunner.query('ALTER TABLE "mail_messages" DROP CONSTRAINT "FK_5aacf7255292d266f7eab92b546"');
    await queryRunner.query('DROP TABLE "mail_unsubscribes"');
    await queryRunner.query('DROP INDEX "public"."mail_messages_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."mail_messages_status_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."mail_messages_to_user_id_idx"');
    await queryRunner.query('DROP INDEX "public"."mail_messages_idempotency_key_key"');
    await queryRunner.query('DROP TABLE "mail_messages"');
    await queryRunner.query('DROP TYPE "public"."mail_status"');
  }
}
