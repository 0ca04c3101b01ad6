import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Replication1795819465375 implements MigrationInterface {
  name = 'Replication1795819465375';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "playbook_adoptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(5) NOT NULL, "playbook_id" uuid NOT NULL, "adopted_by" uuid NOT NULL, "adopted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "playbook_adoptions_region_playbook_key" UNIQUE ("region_code", "playbook_id"), CONSTRAINT "PK_595cf5ddf95d795b81748150de8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "playbook_adoptions_playbook_id_idx" ON "playbook_adoptions"  ("playbook_id") ');
    await queryRunner.query('CREATE INDEX "playbook_adoptions_adopted_by_idx" ON "playbook_adoptions"  ("adopted_by") ');
    await queryRunner.query("CREATE TYPE \"public\".\"step_status\" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED')");
    await queryRunner.query(
      'CREATE TABLE "adoption_steps" ("adoption_id" uuid NOT NULL, "step_key" uuid NOT NULL, "status" "public"."step_status" NOT NULL DEFAULT \'NOT_STARTED\', "blocked_reason" character varying(1000), "owner" character varying(200) NOT NULL DEFAULT \'\', "evidence_url" character varying(2000), "evidence_note" character varying(2000) NOT NULL DEFAULT \'\', "started_on" date, "done_on" date, "version" integer NOT NULL DEFAULT \'1\', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c848d212e3c3adf00dba6172a3" PRIMARY KEY ("adoption_id", "step_key"))',
    );
    await queryRunner.query('CREATE INDEX "adoption_steps_updated_by_idx" ON "adoption_steps"  ("updated_by") ');
    await queryRunner.query(
      'ALTER TABLE "playbook_adoptions" ADD CONSTRAINT "FK_88563f44a4292453488d76d402f" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "playbook_adoptions" ADD CONSTRAINT "FK_446d3e87fd9f36f092899c350a8" FOREIGN KEY ("playbook_id") REFERENCES "content_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "playbook_adoptions" ADD CONSTRAINT "FK_dabde143d2bc891aa84419f4430" FOREIGN KEY ("adopted_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption_steps" ADD CONSTRAINT "FK_e88451a9bda90abf6b4727333e5" FOREIGN KEY ("adoption_id") REFERENCES "playbook_adoptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "adoption_steps" ADD CONSTRAINT "FK_173ef61ccebc39c7cadd1be0355" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "adoption_steps" DROP CONSTRAINT "FK_173ef61ccebc39c7cadd1be0355"');
    await queryRunner.query('ALTER TABLE "adoption_steps" DROP CONSTRAINT "FK_e88451a9bda90abf6b4727333e5"');
    await queryRunner.query('ALTER TABLE "playbook_adoptions" DROP CONSTRAINT "FK_dabde143d2bc891aa84419f4430"');
    await queryRunner.query('ALTER TABLE "playbook_adoptions" DROP CONSTRAINT "FK_446d3e87fd9f36f092899c350a8"');
    await queryRunner.query('ALTER TABLE "playbook_adoptions" DROP CONSTRAINT "FK_88563f44a4292453488d76d402f"');
    await queryRunner.query('DROP INDEX "public"."adoption_steps_updated_by_idx"');
    await queryRunner.query('DROP TABLE "adoption_steps"');
    await queryRunner.query('DROP TYPE "public"."step_status"');
    await queryRunner.query('DROP INDEX "public"."playbook_adoptions_adopted_by_idx"');
    await queryRunner.query('DROP INDEX "public"."playbook_adoptions_playbook_id_idx"');
    await queryRunner.query('DROP TABLE "playbook_adoptions"');
  }
}
