import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail (server/src/audit). Written by hand below the generated part: a trigger function that
 * refuses UPDATE and DELETE of any row and TRUNCATE of the table, whoever asks (only the table's owner
 * dropping the triggers, in a migration, can change that). DROP TABLE in `down` is not refused.
 */

export class AuditEvents1796231382531 implements MigrationInterface {
  name = 'AuditEvents1796231382531';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_email" text, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "region_code" text, "before" jsonb, "after" jsonb, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "audit_events_region_occurred_at_idx" ON "audit_events"  ("region_code", "occurred_at") ');
    await queryRunner.query('CREATE INDEX "audit_events_action_occurred_at_idx" ON "audit_events"  ("action", "occurred_at") ');
    await queryRunner.query('CREATE INDEX "audit_events_actor_email_occurred_at_idx" ON "audit_events"  ("actor_email", "occurred_at") ');
    await queryRunner.query('CREATE INDEX "audit_events_actor_occurred_at_idx" ON "audit_events"  ("actor_user_id", "occurred_at") ');
    await queryRunner.query('CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events"  ("occurred_at", "id") ');

    // Written by hand: the trail is append-only.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_events_no_truncate ON audit_events');
    await queryRunner.query('DROP TRIGGER audit_events_no_update_delete ON audit_events');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
    await queryRunner.query('DROP INDEX "public"."audit_events_occurred_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_actor_occurred_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_actor_email_occurred_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_action_occurred_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_region_occurred_at_idx"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
