import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1795819294926 implements MigrationInterface {
  name = 'Assessments1795819294926';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"score_scope\" AS ENUM('REGION', 'NATIONAL_AVERAGE', 'PROVINCE_KABKOTA_AVERAGE')");
    await queryRunner.query(
      'CREATE TABLE "spbe_published_scores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scope" "public"."score_scope" NOT NULL, "region_code" character varying(5) NOT NULL, "year" integer NOT NULL, "index_value" numeric(3,2) NOT NULL, "source" character varying(300) NOT NULL, "demo" boolean NOT NULL DEFAULT false, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "spbe_published_scores_key" UNIQUE ("scope", "region_code", "year"), CONSTRAINT "PK_514121e2c09e196f3ddc1195136" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "spbe_published_scores_region_code_idx" ON "spbe_published_scores"  ("region_code") ');
    await queryRunner.query(
      'CREATE TABLE "spbe_targets" ("province_code" character varying(5) NOT NULL, "target" numeric(3,2) NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9fb0065bc82128429086caaca1b" PRIMARY KEY ("province_code"))',
    );
    await queryRunner.query('CREATE TYPE "public"."assessment_status" AS ENUM(\'DRAFT\', \'FINAL\')');
    await queryRunner.query(
      'CREATE TABLE "spbe_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(5) NOT NULL, "year" integer NOT NULL, "framework_code" character varying(40) NOT NULL, "status" "public"."assessment_status" NOT NULL DEFAULT \'DRAFT\', "index_value" numeric(3,2), "predicate" character varying(40), "updated_by" uuid NOT NULL, "finalized_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "spbe_assessments_region_year_key" UNIQUE ("region_code", "year", "framework_code"), CONSTRAINT "PK_f5c4c5144405556b0322c4b7877" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "spbe_assessments_framework_code_idx" ON "spbe_assessments"  ("framework_code") ');
    await queryRunner.query('CREATE INDEX "spbe_assessments_updated_by_idx" ON "spbe_assessments"  ("updated_by") ');
    await queryRunner.query(
      'CREATE TABLE "spbe_assessment_levels" ("assessment_id" uuid NOT NULL, "indicator_id" integer NOT NULL, "level" integer NOT NULL, "evidence_url" character varying(2000), "note" character varying(2000) NOT NULL DEFAULT \'\', CONSTRAINT "spbe_assessment_levels_level_check" CHECK (level BETWEEN 1 AND 5), CONSTRAINT "PK_5072dac680d1c68aa3a7d496124" PRIMARY KEY ("assessment_id", "indicator_id"))',
    );
    await queryRunner.query('CREATE INDEX "spbe_assessment_levels_indicator_id_idx" ON "spbe_assessment_levels"  ("indicator_id") ');
    await queryRunner.query(
      'CREATE TABLE "spbe_action_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(5) NOT NULL, "assessment_id" uuid NOT NULL, "target" numeric(3,2) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_11d8cdb610b0e68265c28b339f5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "spbe_action_plans_region_code_idx" ON "spbe_action_plans"  ("region_code") ');
    await queryRunner.query('CREATE INDEX "spbe_action_plans_assessment_id_idx" ON "spbe_action_plans"  ("assessment_id") ');
    await queryRunner.query('CREATE INDEX "spbe_action_plans_created_by_idx" ON "spbe_action_plans"  ("created_by") ');
    await queryRunner.query(
      'CREATE TABLE "spbe_action_plan_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "indicator_id" integer NOT NULL, "from_level" integer NOT NULL, "to_level" integer NOT NULL, "owner" character varying(200) NOT NULL, "due_date" date, CONSTRAINT "PK_deb86a1d94ddee595d78d3fdb43" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "spbe_action_plan_items_plan_id_idx" ON "spbe_action_plan_items"  ("plan_id") ');
    await queryRunner.query('CREATE INDEX "spbe_action_plan_items_indicator_id_idx" ON "spbe_action_plan_items"  ("indicator_id") ');
    await queryRunner.query(
      'ALTER TABLE "spbe_targets" ADD CONSTRAINT "FK_9fb0065bc82128429086caaca1b" FOREIGN KEY ("province_code") REFERENCES "regions"("code") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_assessments" ADD CONSTRAINT "FK_7c7019c4ea2083469d870803e18" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_assessments" ADD CONSTRAINT "FK_1ff8abf00bceb6f88e942439642" FOREIGN KEY ("framework_code") REFERENCES "spbe_frameworks"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_assessments" ADD CONSTRAINT "FK_981703dac19b72902e4285fa503" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_assessment_levels" ADD CONSTRAINT "FK_099f934baf0504162832a45cf66" FOREIGN KEY ("assessment_id") REFERENCES "spbe_assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_assessment_levels" ADD CONSTRAINT "FK_53216d7ef622f0eee09892798ee" FOREIGN KEY ("indicator_id") REFERENCES "spbe_indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_action_plans" ADD CONSTRAINT "FK_62cf77ddeab7e53f167afaaa36c" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_action_plans" ADD CONSTRAINT "FK_799a9dc0eee84f28da890d62e73" FOREIGN KEY ("assessment_id") REFERENCES "spbe_assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_action_plans" ADD CONSTRAINT "FK_122d8f6349aee458b6355c9a904" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_action_plan_items" ADD CONSTRAINT "FK_bd067650ef44af0a58ceb77dc59" FOREIGN KEY ("plan_id") REFERENCES "spbe_action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_action_plan_items" ADD CONSTRAINT "FK_f631bc50eeff0df7dd6fddf0a1e" FOREIGN KEY ("indicator_id") REFERENCES "spbe_indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "spbe_action_plan_items" DROP CONSTRAINT "FK_f631bc50eeff0df7dd6fddf0a1e"');
    await queryRunner.query('ALTER TABLE "spbe_action_plan_items" DROP CONSTRAINT "FK_bd067650ef44af0a58ceb77dc59"');
    await queryRunner.query('ALTER TABLE "spbe_action_plans" DROP CONSTRAINT "FK_122d8f6349aee458b6355c9a904"');
    await queryRunner.query('ALTER TABLE "spbe_action_plans" DROP CONSTRAINT "FK_799a9dc0eee84f28da890d62e73"');
    await queryRunner.query('ALTER TABLE "spbe_action_plans" DROP CONSTRAINT "FK_62cf77ddeab7e53f167afaaa36c"');
    await queryRunner.query('ALTER TABLE "spbe_assessment_levels" DROP CONSTRAINT "FK_53216d7ef622f0eee09892798ee"');
    await queryRunner.query('ALTER TABLE "spbe_assessment_levels" DROP CONSTRAINT "FK_099f934baf0504162832a45cf66"');
    await queryRunner.query('ALTER TABLE "spbe_assessments" DROP CONSTRAINT "FK_981703dac19b72902e4285fa503"');
    await queryRunner.query('ALTER TABLE "spbe_assessments" DROP CONSTRAINT "FK_1ff8abf00bceb6f88e942439642"');
    await queryRunner.query('ALTER TABLE "spbe_assessments" DROP CONSTRAINT "FK_7c7019c4ea2083469d870803e18"');
    await queryRunner.query('ALTER TABLE "spbe_targets" DROP CONSTRAINT "FK_9fb0065bc82128429086caaca1b"');
    await queryRunner.query('DROP INDEX "public"."spbe_action_plan_items_indicator_id_idx"');
    await queryRunner.query('DROP INDEX "public"."spbe_action_plan_items_plan_id_idx"');
    await queryRunner.query('DROP TABLE "spbe_action_plan_items"');
    await queryRunner.query('DROP INDEX "public"."spbe_action_plans_created_by_idx"');
    await queryRunner.query('DROP INDEX "public"."spbe_action_plans_assessment_id_idx"');
    await queryRunner.query('DROP INDEX "public"."spbe_action_plans_region_code_idx"');
    await queryRunner.query('DROP TABLE "spbe_action_plans"');
    await queryRunner.query('DROP INDEX "public"."spbe_assessment_levels_indicator_id_idx"');
    await queryRunner.query('DROP TABLE "spbe_assessment_levels"');
    await queryRunner.query('DROP INDEX "public"."spbe_assessments_updated_by_idx"');
    await queryRunner.query('DROP INDEX "public"."spbe_assessments_framework_code_idx"');
    await queryRunner.query('DROP TABLE "spbe_assessments"');
    await queryRunner.query('DROP TYPE "public"."assessment_status"');
    await queryRunner.query('DROP TABLE "spbe_targets"');
    await queryRunner.query('DROP INDEX "public"."spbe_published_scores_region_code_idx"');
    await queryRunner.query('DROP TABLE "spbe_published_scores"');
    await queryRunner.query('DROP TYPE "public"."score_scope"');
  }
}
