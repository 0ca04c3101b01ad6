import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountRecovery1796187443985 implements MigrationInterface {
  name = 'AccountRecovery1796187443985';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."auth_account_token_purpose" AS ENUM(\'PASSWORD_RESET\', \'EMAIL_VERIFICATION\')');
    await queryRunner.query(
      'CREATE TABLE "auth_account_tokens" ("user_id" uuid NOT NULL, "purpose" "public"."auth_account_token_purpose" NOT NULL, "token_hash" character varying(43) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_75b269d5cfe5b1852ab7f378619" PRIMARY KEY ("user_id", "purpose"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "auth_account_tokens_token_hash_key" ON "auth_account_tokens"  ("token_hash") ');
    await queryRunner.query('ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "users" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE');
    // Accounts that exist before verification did (seeded, demo, and the early adopters an admin
    // already gave roles) count as verified: nobody loses a role, and only new registrations verify.
    await queryRunner.query('UPDATE "users" SET "email_verified_at" = "created_at"');
    await queryRunner.query(
      'ALTER TABLE "auth_account_tokens" ADD CONSTRAINT "FK_8423a4a81545f124ca59d518580" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "auth_account_tokens" DROP CONSTRAINT "FK_8423a4a81545f124ca59d518580"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "deactivated_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "email_verified_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "token_version"');
    await queryRunner.query('DROP INDEX "public"."auth_account_tokens_token_hash_key"');
    await queryRunner.query('DROP TABLE "auth_account_tokens"');
    await queryRunner.query('DROP TYPE "public"."auth_account_token_purpose"');
  }
}
