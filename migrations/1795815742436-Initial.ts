import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795815742436 implements MigrationInterface {
  name = 'Initial1795815742436';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"region_kind\" AS ENUM('PROVINCE', 'REGENCY', 'CITY')");
    await queryRunner.query(
      'CREATE TABLE "regions" ("code" character varying(5) NOT NULL, "name" character varying(100) NOT NULL, "official_name" character varying(100) NOT NULL, "kind" "public"."region_kind" NOT NULL, "province_code" character varying(5), CONSTRAINT "PK_4f6dc5a464961e7c65a395ea4c6" PRIMARY KEY ("code"))',
    );
    await queryRunner.query('CREATE INDEX "regions_province_code_idx" ON "regions"  ("province_code") ');
    await queryRunner.query(
      'CREATE TABLE "spbe_indicators" ("id" SERIAL NOT NULL, "framework_code" character varying(40) NOT NULL, "aspect_id" integer NOT NULL, "code" character varying(8) NOT NULL, "number" integer NOT NULL, "name" character varying(200) NOT NULL, "weight_bp" integer NOT NULL, CONSTRAINT "spbe_indicators_framework_code_key" UNIQUE ("framework_code", "code"), CONSTRAINT "PK_68cf895a6378cc204a9f386a88d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "spbe_indicators_aspect_id_idx" ON "spbe_indicators"  ("aspect_id") ');
    await queryRunner.query(
      'CREATE TABLE "spbe_aspects" ("id" SERIAL NOT NULL, "domain_id" integer NOT NULL, "code" character varying(8) NOT NULL, "number" integer NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "PK_12f00b5fd3a6e61b0e12e72fae2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "spbe_aspects_domain_id_idx" ON "spbe_aspects"  ("domain_id") ');
    await queryRunner.query(
      'CREATE TABLE "spbe_domains" ("id" SERIAL NOT NULL, "framework_code" character varying(40) NOT NULL, "code" character varying(8) NOT NULL, "number" integer NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "spbe_domains_framework_code_key" UNIQUE ("framework_code", "code"), CONSTRAINT "PK_8a28b540aeb0546b00befa7f5c7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "spbe_frameworks" ("code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "legal_basis" character varying(300) NOT NULL, "valid_from" integer NOT NULL, "maturity_levels" jsonb NOT NULL, "predicates" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_561ec220a4a41402d0f15a99479" PRIMARY KEY ("code"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('LEARNER', 'MENTOR', 'COORDINATOR', 'ADMIN')");
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "full_name" character varying(120) NOT NULL, "nip" character varying(18), "region_code" character varying(5) NOT NULL, "agency" character varying(160) NOT NULL, "roles" "public"."user_role" array NOT NULL DEFAULT \'{LEARNER}\', "locale" character varying(5) NOT NULL DEFAULT \'id\', "time_zone" character varying(64) NOT NULL DEFAULT \'Asia/Jakarta\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "users_nip_key" UNIQUE ("nip"), CONSTRAINT "users_email_key" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "users_region_code_idx" ON "users"  ("region_code") ');
    // Written by hand: TypeORM cannot declare a GIN index (the entity marks it synchronize: false).
    await queryRunner.query('CREATE INDEX "users_roles_idx" ON "users" USING GIN ("roles")');
    await queryRunner.query(
      'CREATE TABLE "coordinator_regions" ("user_id" uuid NOT NULL, "region_code" character varying(5) NOT NULL, CONSTRAINT "PK_b737cc15bced2a2cb641dd175be" PRIMARY KEY ("user_id", "region_code"))',
    );
    await queryRunner.query('CREATE INDEX "coordinator_regions_region_code_idx" ON "coordinator_regions"  ("region_code") ');
    await queryRunner.query(
      'ALTER TABLE "regions" ADD CONSTRAINT "FK_b886e8c580a496f6cea9b380ae2" FOREIGN KEY ("province_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_indicators" ADD CONSTRAINT "FK_46777ede651a92b299c937c0faa" FOREIGN KEY ("aspect_id") REFERENCES "spbe_aspects"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_aspects" ADD CONSTRAINT "FK_d17b8127041b30a7c8af8c0012f" FOREIGN KEY ("domain_id") REFERENCES "spbe_domains"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spbe_domains" ADD CONSTRAINT "FK_ef2155df78f0b4967dea7ecfbea" FOREIGN KEY ("framework_code") REFERENCES "spbe_frameworks"("code") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_f6a8ac2795a603f380bd4966816" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "coordinator_regions" ADD CONSTRAINT "FK_8a653601dfdfe7fb765e4ccd686" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "coordinator_regions" ADD CONSTRAINT "FK_6cce8c273af198900dfdf776c60" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "coordinator_regions" DROP CONSTRAINT "FK_6cce8c273af198900dfdf776c60"');
    await queryRunner.query('ALTER TABLE "coordinator_regions" DROP CONSTRAINT "FK_8a653601dfdfe7fb765e4ccd686"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_f6a8ac2795a603f380bd4966816"');
    await queryRunner.query('ALTER TABLE "spbe_domains" DROP CONSTRAINT "FK_ef2155df78f0b4967dea7ecfbea"');
    await queryRunner.query('ALTER TABLE "spbe_aspects" DROP CONSTRAINT "FK_d17b8127041b30a7c8af8c0012f"');
    await queryRunner.query('ALTER TABLE "spbe_indicators" DROP CONSTRAINT "FK_46777ede651a92b299c937c0faa"');
    await queryRunner.query('ALTER TABLE "regions" DROP CONSTRAINT "FK_b886e8c580a496f6cea9b380ae2"');
    await queryRunner.query('DROP INDEX "public"."coordinator_regions_region_code_idx"');
    await queryRunner.query('DROP TABLE "coordinator_regions"');
    await queryRunner.query('DROP INDEX "public"."users_roles_idx"');
    await queryRunner.query('DROP INDEX "public"."users_region_code_idx"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP TABLE "spbe_frameworks"');
    await queryRunner.query('DROP TABLE "spbe_domains"');
    await queryRunner.query('DROP INDEX "public"."spbe_aspects_domain_id_idx"');
    await queryRunner.query('DROP TABLE "spbe_aspects"');
    await queryRunner.query('DROP INDEX "public"."spbe_indicators_aspect_id_idx"');
    await queryRunner.query('DROP TABLE "spbe_indicators"');
    await queryRunner.query('DROP INDEX "public"."regions_province_code_idx"');
    await queryRunner.query('DROP TABLE "regions"');
    await queryRunner.query('DROP TYPE "public"."region_kind"');
  }
}
