import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionMoveRequests1796235752844 implements MigrationInterface {
  name = 'RegionMoveRequests1796235752844';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"region_move_status\" AS ENUM('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')");
    await queryRunner.query(
      'CREATE TABLE "region_move_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "from_region_code" character varying(5) NOT NULL, "to_region_code" character varying(5) NOT NULL, "status" "public"."region_move_status" NOT NULL DEFAULT \'PENDING\', "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "region_move_requests_reason_length" CHECK (reason IS NULL OR char_length(reason) BETWEEN 1 AND 1000), CONSTRAINT "region_move_requests_decided_together" CHECK ((status IN (\'APPROVED\', \'REJECTED\')) = (decided_at IS NOT NULL)), CONSTRAINT "region_move_requests_other_region" CHECK (from_region_code <> to_region_code), CONSTRAINT "PK_04619bbce7c5e34fd79e4c670ec" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "region_move_requests_from_region_idx" ON "region_move_requests"  ("from_region_code") ');
    await queryRunner.query('CREATE INDEX "region_move_requests_decided_by_idx" ON "region_move_requests"  ("decided_by") ');
    await queryRunner.query(
      'CREATE INDEX "region_move_requests_to_region_idx" ON "region_move_requests"  ("to_region_code", "status", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "region_move_requests_user_idx" ON "region_move_requests"  ("user_id", "created_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "region_move_requests_one_pending_key" ON "region_move_requests"  ("user_id") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'ALTER TABLE "region_move_requests" ADD CONSTRAINT "FK_69e3ff434e76a95b7c171f1be6f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "region_move_requests" ADD CONSTRAINT "FK_f720c1840d06a3e21450af202a9" FOREIGN KEY ("from_region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "region_move_requests" ADD CONSTRAINT "FK_495b608f8a3e1b64947b81110c9" FOREIGN KEY ("to_region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "region_move_requests" ADD CONSTRAINT "FK_9b10b91bb91887359f250abb109" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "region_move_requests" DROP CONSTRAINT "FK_9b10b91bb91887359f250abb109"');
    await queryRunner.query('ALTER TABLE "region_move_requests" DROP CONSTRAINT "FK_495b608f8a3e1b64947b81110c9"');
    await queryRunner.query('ALTER TABLE "region_move_requests" DROP CONSTRAINT "FK_f720c1840d06a3e21450af202a9"');
    await queryRunner.query('ALTER TABLE "region_move_requests" DROP CONSTRAINT "FK_69e3ff434e76a95b7c171f1be6f"');
    await queryRunner.query('DROP INDEX "public"."region_move_requests_one_pending_key"');
    await queryRunner.query('DROP INDEX "public"."region_move_requests_user_idx"');
    await queryRunner.query('DROP INDEX "public"."region_move_requests_to_region_idx"');
    await queryRunner.query('DROP INDEX "public"."region_move_requests_decided_by_idx"');
    await queryRunner.query('DROP INDEX "public"."region_move_requests_from_region_idx"');
    await queryRunner.query('DROP TABLE "region_move_requests"');
    await queryRunner.query('DROP TYPE "public"."region_move_status"');
  }
}
