import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PemdiEvaluations1796188872360 implements MigrationInterface {
  name = 'PemdiEvaluations1796188872360';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."pemdi_evaluation_status" AS ENUM(\'DRAFT\', \'SUBMITTED\')');
    await queryRunner.query(
      'CREATE TABLE "pemdi_evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(5) NOT NULL, "year" integer NOT NULL, "framework_code" character varying(40) NOT NULL, "status" "public"."pemdi_evaluation_status" NOT NULL DEFAULT \'DRAFT\', "submission_round" integer NOT NULL DEFAULT \'0\', "submitted_at" TIMESTAMP WITH TIME ZONE, "opened_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pemdi_evaluations_region_year_key" UNIQUE ("region_code", "year"), CONSTRAINT "PK_184e9163d96abc2bc5df31847de" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "pemdi_evaluations_framework_code_idx" ON "pemdi_evaluations"  ("framework_code") ');
    await queryRunner.query('CREATE INDEX "pemdi_evaluations_opened_by_idx" ON "pemdi_evaluations"  ("opened_by") ');
    await queryRunner.query(
      'CREATE TABLE "pemdi_evaluation_indicators" ("evaluation_id" uuid NOT NULL, "indicator_id" integer NOT NULL, "owner_id" uuid, "value_hundredths" integer, "justification" character varying(4000) NOT NULL DEFAULT \'\', "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pemdi_evaluation_indicators_value_check" CHECK (value_hundredths BETWEEN 100 AND 500), CONSTRAINT "PK_10598722785007a1703e641174f" PRIMARY KEY ("evaluation_id", "indicator_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "pemdi_evaluation_indicators_indicator_id_idx" ON "pemdi_evaluation_indicators"  ("indicator_id") ',
    );
    await queryRunner.query('CREATE INDEX "pemdi_evaluation_indicators_owner_id_idx" ON "pemdi_evaluation_indicators"  ("owner_id") ');
    await queryRunner.query('CREATE TYPE "public"."pemdi_evidence_kind" AS ENUM(\'FILE\', \'LINK\')');
    await queryRunner.query("CREATE TYPE \"public\".\"pemdi_evidence_verdict\" AS ENUM('ACCEPTED', 'TO_REVISE', 'REJECTED')");
    await queryRunner.query(
      'CREATE TABLE "pemdi_evidence_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evaluation_id" uuid NOT NULL, "indicator_id" integer NOT NULL, "kind" "public"."pemdi_evidence_kind" NOT NULL, "url" character varying(2000), "file_key" character varying(80), "file_name" character varying(255), "content_type" character varying(120), "size_bytes" integer, "note" character varying(2000) NOT NULL DEFAULT \'\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_round" integer, "verdict" "public"."pemdi_evidence_verdict", "assessor_note" character varying(2000) NOT NULL DEFAULT \'\', "verdict_at" TIMESTAMP WITH TIME ZONE, "verdict_by" uuid, "replaced_by" uuid, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "UQ_26f93b0e9ed0d3926ed8ca33b56" UNIQUE ("file_key"), CONSTRAINT "pemdi_evidence_items_verdict_check" CHECK (verdict IS NULL OR submitted_round IS NOT NULL), CONSTRAINT "pemdi_evidence_items_kind_check" CHECK ((kind = \'FILE\' AND file_key IS NOT NULL AND url IS NULL) OR (kind = \'LINK\' AND url IS NOT NULL AND file_key IS NULL)), CONSTRAINT "PK_e1e79cea107535b07abac995a70" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "pemdi_evidence_items_indicator_id_idx" ON "pemdi_evidence_items"  ("indicator_id") ');
    await queryRunner.query('CREATE INDEX "pemdi_evidence_items_created_by_idx" ON "pemdi_evidence_items"  ("created_by") ');
    await queryRunner.query('CREATE INDEX "pemdi_evidence_items_verdict_by_idx" ON "pemdi_evidence_items"  ("verdict_by") ');
    await queryRunner.query('CREATE INDEX "pemdi_evidence_items_replaced_by_idx" ON "pemdi_evidence_items"  ("replaced_by") ');
    await queryRunner.query(
      'CREATE INDEX "pemdi_evidence_items_evaluation_indicator_idx" ON "pemdi_evidence_items"  ("evaluation_id", "indicator_id") ',
    );
    await queryRunner.query('ALTER TABLE "adoption_steps" ADD "evidence_file_key" character varying(80)');
    await queryRunner.query('ALTER TABLE "adoption_steps" ADD CONSTRAINT "UQ_1c6572018fac7d9dfe5bfd2500e" UNIQUE ("evidence_file_key")');
    await queryRunner.query('ALTER TABLE "adoption_steps" ADD "evidence_file_name" character varying(255)');
    await queryRunner.query('ALTER TABLE "adoption_steps" ADD "evidence_file_type" character varying(120)');
    await queryRunner.query('ALTER TABLE "adoption_steps" ADD "evidence_file_size" integer');
    await queryRunner.query(
      'ALTER TABLE "pemdi_evaluations" ADD CONSTRAINT "FK_8bf2870a40b73bb48eab57ec6fa" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evaluations" ADD CONSTRAINT "FK_150a03510a6fb3e5db5be47e0f1" FOREIGN KEY ("framework_code") REFERENCES "spbe_frameworks"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evaluations" ADD CONSTRAINT "FK_7137b997ef37b0f103782173344" FOREIGN KEY ("opened_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evaluation_indicators" ADD CONSTRAINT "FK_8d690ccbe8244cfd632409ae077" FOREIGN KEY ("evaluation_id") REFERENCES "pemdi_evaluations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evaluation_indicators" ADD CONSTRAINT "FK_a1752e3e2acbae81a4c540888ec" FOREIGN KEY ("indicator_id") REFERENCES "spbe_indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evaluation_indicators" ADD CONSTRAINT "FK_1c53b77979c4eb198a305b5aecd" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evidence_items" ADD CONSTRAINT "FK_5ed17e4c078eef7b10b5a69b177" FOREIGN KEY ("evaluation_id") REFERENCES "pemdi_evaluations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evidence_items" ADD CONSTRAINT "FK_b714c86015b8dee00262cc7e15c" FOREIGN KEY ("indicator_id") REFERENCES "spbe_indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evidence_items" ADD CONSTRAINT "FK_60202bbe2501c0bb6e7064d760b" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evidence_items" ADD CONSTRAINT "FK_05c0ce607fe3419e29760cb55cf" FOREIGN KEY ("verdict_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pemdi_evidence_items" ADD CONSTRAINT "FK_bd84d8a7c07cc820cc6fb2038d6" FOREIGN KEY ("replaced_by") REFERENCES "pemdi_evidence_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "pemdi_evidence_items" DROP CONSTRAINT "FK_bd84d8a7c07cc820cc6fb2038d6"');
    await queryRunner.query('ALTER TABLE "pemdi_evidence_items" DROP CONSTRAINT "FK_05c0ce607fe3419e29760cb55cf"');
    await queryRunner.query('ALTER TABLE "pemdi_evidence_items" DROP CONSTRAINT "FK_60202bbe2501c0bb6e7064d760b"');
    await queryRunner.query('ALTER TABLE "pemdi_evidence_items" DROP CONSTRAINT "FK_b714c86015b8dee00262cc7e15c"');
    await queryRunner.query('ALTER TABLE "pemdi_evidence_items" DROP CONSTRAINT "FK_5ed17e4c078eef7b10b5a69b177"');
    await queryRunner.query('ALTER TABLE "pemdi_evaluation_indicators" DROP CONSTRAINT "FK_1c53b77979c4eb198a305b5aecd"');
    await queryRunner.query('ALTER TABLE "pemdi_evaluation_indicators" DROP CONSTRAINT "FK_a1752e3e2acbae81a4c540888ec"');
    await queryRunner.query('ALTER TABLE "pemdi_evaluation_indicators" DROP CONSTRAINT "FK_8d690ccbe8244cfd632409ae077"');
    await queryRunner.query('ALTER TABLE "pemdi_evaluations" DROP CONSTRAINT "FK_7137b997ef37b0f103782173344"');
    await queryRunner.query('ALTER TABLE "pemdi_evaluations" DROP CONSTRAINT "FK_150a03510a6fb3e5db5be47e0f1"');
    await queryRunner.query('ALTER TABLE "pemdi_evaluations" DROP CONSTRAINT "FK_8bf2870a40b73bb48eab57ec6fa"');
    await queryRunner.query('ALTER TABLE "adoption_steps" DROP COLUMN "evidence_file_size"');
    await queryRunner.query('ALTER TABLE "adoption_steps" DROP COLUMN "evidence_file_type"');
    await queryRunner.query('ALTER TABLE "adoption_steps" DROP COLUMN "evidence_file_name"');
    await queryRunner.query('ALTER TABLE "adoption_steps" DROP CONSTRAINT "UQ_1c6572018fac7d9dfe5bfd2500e"');
    await queryRunner.query('ALTER TABLE "adoption_steps" DROP COLUMN "evidence_file_key"');
    await queryRunner.query('DROP INDEX "public"."pemdi_evidence_items_evaluation_indicator_idx"');
    await queryRunner.query('DROP INDEX "public"."pemdi_evidence_items_replaced_by_idx"');
    await queryRunner.query('DROP INDEX "public"."pemdi_evidence_items_verdict_by_idx"');
    await queryRunner.query('DROP INDEX "public"."pemdi_evidence_items_created_by_idx"');
    await queryRunner.query('DROP INDEX "public"."pemdi_evidence_items_indicator_id_idx"');
    await queryRunner.query('DROP TABLE "pemdi_evidence_items"');
    await queryRunner.query('DROP TYPE "public"."pemdi_evidence_verdict"');
    await queryRunner.query('DROP TYPE "public"."pemdi_evidence_kind"');
    await queryRunner.query('DROP INDEX "public"."pemdi_evaluation_indicators_owner_id_idx"');
    await queryRunner.query('DROP INDEX "public"."pemdi_evaluation_indicators_indicator_id_idx"');
    await queryRunner.query('DROP TABLE "pemdi_evaluation_indicators"');
    await queryRunner.query('DROP INDEX "public"."pemdi_evaluations_opened_by_idx"');
    await queryRunner.query('DROP INDEX "public"."pemdi_evaluations_framework_code_idx"');
    await queryRunner.query('DROP TABLE "pemdi_evaluations"');
    await queryRunner.query('DROP TYPE "public"."pemdi_evaluation_status"');
  }
}
