import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Content1795816920132 implements MigrationInterface {
  name = 'Content1795816920132';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"content_type\" AS ENUM('MODULE', 'CASE_STUDY', 'PLAYBOOK')");
    await queryRunner.query(
      'CREATE TABLE "content_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120), "type" "public"."content_type" NOT NULL, "author_id" uuid NOT NULL, "published_revision_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c6bf4f28851752cee186915e39" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "content_items_slug_key" ON "content_items"  ("slug") ');
    await queryRunner.query('CREATE INDEX "content_items_type_idx" ON "content_items"  ("type") ');
    await queryRunner.query('CREATE INDEX "content_items_author_id_idx" ON "content_items"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "content_items_published_revision_id_idx" ON "content_items"  ("published_revision_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"revision_status\" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED')");
    await queryRunner.query("CREATE TYPE \"public\".\"content_level\" AS ENUM('BEGINNER', 'INTERMEDIATE', 'ADVANCED')");
    await queryRunner.query(
      'CREATE TABLE "content_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "number" integer NOT NULL, "status" "public"."revision_status" NOT NULL, "title" character varying(200) NOT NULL, "summary" character varying(1000) NOT NULL, "level" "public"."content_level" NOT NULL, "estimated_minutes" integer NOT NULL, "language" character varying(5) NOT NULL, "body" jsonb NOT NULL, "plain_text" text NOT NULL, "search_vector" tsvector, "created_by" uuid NOT NULL, "updated_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "content_revisions_item_number_key" UNIQUE ("item_id", "number"), CONSTRAINT "PK_750b063aa2aad282d6a5fd2db2a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "content_revisions_status_idx" ON "content_revisions"  ("status") ');
    await queryRunner.query('CREATE INDEX "content_revisions_level_idx" ON "content_revisions"  ("level") ');
    await queryRunner.query('CREATE INDEX "content_revisions_created_by_idx" ON "content_revisions"  ("created_by") ');
    await queryRunner.query('CREATE INDEX "content_revisions_updated_by_idx" ON "content_revisions"  ("updated_by") ');
    await queryRunner.query('CREATE INDEX "content_revisions_published_at_idx" ON "content_revisions"  ("published_at") ');
    // Written by hand: TypeORM cannot declare a GIN index (the entity marks it synchronize: false).
    // Partial: only published revisions are searched.
    await queryRunner.query(
      'CREATE INDEX "content_revisions_search_idx" ON "content_revisions" USING GIN ("search_vector") WHERE status = \'PUBLISHED\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "content_revisions_one_open_per_item" ON "content_revisions"  ("item_id") WHERE status IN (\'DRAFT\', \'IN_REVIEW\')',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"content_action\" AS ENUM('CREATED', 'EDITED', 'SUBMITTED', 'WITHDRAWN', 'CHANGES_REQUESTED', 'PUBLISHED', 'REVISION_STARTED', 'ARCHIVED', 'RESTORED')",
    );
    await queryRunner.query(
      'CREATE TABLE "content_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "revision_id" uuid, "actor_id" uuid NOT NULL, "action" "public"."content_action" NOT NULL, "changed_fields" text array NOT NULL DEFAULT \'{}\', "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af4aa209bff141a3e9cb6ec5860" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "content_events_revision_id_idx" ON "content_events"  ("revision_id") ');
    await queryRunner.query('CREATE INDEX "content_events_actor_id_idx" ON "content_events"  ("actor_id") ');
    await queryRunner.query('CREATE INDEX "content_events_item_created_idx" ON "content_events"  ("item_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "content_revision_indicators" ("revision_id" uuid NOT NULL, "indicator_id" integer NOT NULL, CONSTRAINT "PK_e367d9ff8b9c6c8e8578f8c5e66" PRIMARY KEY ("revision_id", "indicator_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "content_revision_indicators_indicator_id_idx" ON "content_revision_indicators"  ("indicator_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "content_items" ADD CONSTRAINT "FK_91d1e3a030c1cdcf27760cce286" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_items" ADD CONSTRAINT "FK_f6ddf7d1dc541667049c71cf09d" FOREIGN KEY ("published_revision_id") REFERENCES "content_revisions"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_revisions" ADD CONSTRAINT "FK_37c6426f2077debf11172a3d506" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_revisions" ADD CONSTRAINT "FK_48114871c28572bfd826caaf321" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_revisions" ADD CONSTRAINT "FK_a427cd9a04cade032c26871784d" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_events" ADD CONSTRAINT "FK_2c72c90f8e7ddfe6466082e1e07" FOREIGN KEY ("item_id") REFERENCES "content_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_events" ADD CONSTRAINT "FK_2fa784a0972e0dbf921d1748261" FOREIGN KEY ("revision_id") REFERENCES "content_revisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_events" ADD CONSTRAINT "FK_d16bd74aeddf5bb3954192cb0a2" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_revision_indicators" ADD CONSTRAINT "FK_39e24206502a4e781f29ac6cb0a" FOREIGN KEY ("revision_id") REFERENCES "content_revisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_revision_indicators" ADD CONSTRAINT "FK_d1441a64f75b3289539224252d5" FOREIGN KEY ("indicator_id") REFERENCES "spbe_indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "content_revision_indicators" DROP CONSTRAINT "FK_d1441a64f75b3289539224252d5"');
    await queryRunner.query('ALTER TABLE "content_revision_indicators" DROP CONSTRAINT "FK_39e24206502a4e781f29ac6cb0a"');
    await queryRunner.query('ALTER TABLE "content_events" DROP CONSTRAINT "FK_d16bd74aeddf5bb3954192cb0a2"');
    await queryRunner.query('ALTER TABLE "content_events" DROP CONSTRAINT "FK_2fa784a0972e0dbf921d1748261"');
    await queryRunner.query('ALTER TABLE "content_events" DROP CONSTRAINT "FK_2c72c90f8e7ddfe6466082e1e07"');
    await queryRunner.query('ALTER TABLE "content_revisions" DROP CONSTRAINT "FK_a427cd9a04cade032c26871784d"');
    await queryRunner.query('ALTER TABLE "content_revisions" DROP CONSTRAINT "FK_48114871c28572bfd826caaf321"');
    await queryRunner.query('ALTER TABLE "content_revisions" DROP CONSTRAINT "FK_37c6426f2077debf11172a3d506"');
    await queryRunner.query('ALTER TABLE "content_items" DROP CONSTRAINT "FK_f6ddf7d1dc541667049c71cf09d"');
    await queryRunner.query('ALTER TABLE "content_items" DROP CONSTRAINT "FK_91d1e3a030c1cdcf27760cce286"');
    await queryRunner.query('DROP INDEX "public"."content_revision_indicators_indicator_id_idx"');
    await queryRunner.query('DROP TABLE "content_revision_indicators"');
    await queryRunner.query('DROP INDEX "public"."content_events_item_created_idx"');
    await queryRunner.query('DROP INDEX "public"."content_events_actor_id_idx"');
    await queryRunner.query('DROP INDEX "public"."content_events_revision_id_idx"');
    await queryRunner.query('DROP TABLE "content_events"');
    await queryRunner.query('DROP TYPE "public"."content_action"');
    await queryRunner.query('DROP INDEX "public"."content_revisions_one_open_per_item"');
    await queryRunner.query('DROP INDEX "public"."content_revisions_search_idx"');
    await queryRunner.query('DROP INDEX "public"."content_revisions_published_at_idx"');
    await queryRunner.query('DROP INDEX "public"."content_revisions_updated_by_idx"');
    await queryRunner.query('DROP INDEX "public"."content_revisions_created_by_idx"');
    await queryRunner.query('DROP INDEX "public"."content_revisions_level_idx"');
    await queryRunner.query('DROP INDEX "public"."content_revisions_status_idx"');
    await queryRunner.query('DROP TABLE "content_revisions"');
    await queryRunner.query('DROP TYPE "public"."content_level"');
    await queryRunner.query('DROP TYPE "public"."revision_status"');
    await queryRunner.query('DROP INDEX "public"."content_items_published_revision_id_idx"');
    await queryRunner.query('DROP INDEX "public"."content_items_author_id_idx"');
    await queryRunner.query('DROP INDEX "public"."content_items_type_idx"');
    await queryRunner.query('DROP INDEX "public"."content_items_slug_key"');
    await queryRunner.query('DROP TABLE "content_items"');
    await queryRunner.query('DROP TYPE "public"."content_type"');
  }
}
