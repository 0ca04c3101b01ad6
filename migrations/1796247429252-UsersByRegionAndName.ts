import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UsersByRegionAndName1796247429252 implements MigrationInterface {
  name = 'UsersByRegionAndName1796247429252';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."users_region_code_idx"');
    await queryRunner.query('CREATE INDEX "users_region_name_idx" ON "users"  ("region_code", "full_name", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."users_region_name_idx"');
    await queryRunner.query('CREATE INDEX "users_region_code_idx" ON "users" USING btree ("region_code") ');
  }
}
