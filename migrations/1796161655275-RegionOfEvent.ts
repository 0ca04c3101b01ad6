import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Region figures count each event for the region it happened in. An enrolment stores the learner's
 * region at enrolment (set by a trigger at insert) and its completion counts there too, so a learner
 * who moves no longer completes in B what was enrolled in A. The region_stats triggers read the
 * row's stored region (or its pair's / adoption's, which never change) and subtract on DELETE.
 */
export class RegionOfEvent1796161655275 implements MigrationInterface {
  name = 'RegionOfEvent1796161655275';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Generated (ADD ... NOT NULL split by hand: existing rows get their learner's current region first).
    await queryRunner.query('ALTER TABLE "enrolments" ADD "region_code" character varying(5)');
    await queryRunner.query('UPDATE "enrolments" e SET "region_code" = u."region_code" FROM "users" u WHERE u."id" = e."user_id"');
    await queryRunner.query('ALTER TABLE "enrolments" ALTER COLUMN "region_code" SET NOT NULL');
    await queryRunner.query('CREATE INDEX "enrolments_region_code_idx" ON "enrolments"  ("region_code") ');
    await queryRunner.query(
      'ALTER TABLE "enrolments" ADD CONSTRAINT "FK_29dcd756c28b52d975dbb45d462" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );

    // Written by hand from here on.
    await queryRunner.query(`
      CREATE FUNCTION enrolments_set_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.region_code IS NULL THEN
          SELECT region_code INTO NEW.region_code FROM users WHERE id = NEW.user_id;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER enrolments_set_region BEFORE INSERT ON enrolments FOR EACH ROW EXECUTE FUNCTION enrolments_set_region()',
    );

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_stats_enrolments() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM bump_region_stats(NEW.region_code, NEW.enrolled_at, 1, 0, 0, 0, 0, 0);
          IF NEW.completed_at IS NOT NULL THEN PERFORM bump_region_stats(NEW.region_code, NEW.completed_at, 0, 1, 0, 0, 0, 0); END IF;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM bump_region_stats(OLD.region_code, OLD.enrolled_at, -1, 0, 0, 0, 0, 0);
          IF OLD.completed_at IS NOT NULL THEN PERFORM bump_region_stats(OLD.region_code, OLD.completed_at, 0, -1, 0, 0, 0, 0); END IF;
        ELSE
          IF (OLD.region_code, OLD.enrolled_at) IS DISTINCT FROM (NEW.region_code, NEW.enrolled_at) THEN
            PERFORM bump_region_stats(OLD.region_code, OLD.enrolled_at, -1, 0, 0, 0, 0, 0);
            PERFORM bump_region_stats(NEW.region_code, NEW.enrolled_at, 1, 0, 0, 0, 0, 0);
          END IF;
          IF (OLD.region_code, OLD.completed_at) IS DISTINCT FROM (NEW.region_code, NEW.completed_at) THEN
            IF OLD.completed_at IS NOT NULL THEN PERFORM bump_region_stats(OLD.region_code, OLD.completed_at, 0, -1, 0, 0, 0, 0); END IF;
            IF NEW.completed_at IS NOT NULL THEN PERFORM bump_region_stats(NEW.region_code, NEW.completed_at, 0, 1, 0, 0, 0, 0); END IF;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query('DROP TRIGGER region_stats_enrolments ON enrolments');
    await queryRunner.query(
      'CREATE TRIGGER region_stats_enrolments AFTER INSERT OR DELETE OR UPDATE OF completed_at, enrolled_at, region_code ON enrolments FOR EACH ROW EXECUTE FUNCTION region_stats_enrolments()',
    );

    // Children of a deleted pair, session or adoption are deleted by the cascade after their parent,
    // when their own trigger no longer finds the region: it skips them, and the parent's BEFORE
    // DELETE trigger (below) subtracts them instead.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_stats_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r varchar; was_held boolean := TG_OP <> 'INSERT' AND OLD.status = 'HELD'; is_held boolean := TG_OP <> 'DELETE' AND NEW.status = 'HELD';
      BEGIN
        IF TG_OP = 'UPDATE' AND was_held = is_held AND (NOT is_held OR OLD.starts_at = NEW.starts_at) THEN RETURN NULL; END IF;
        SELECT region_code INTO r FROM mentoring_pairs WHERE id = coalesce(NEW.pair_id, OLD.pair_id);
        IF r IS NULL THEN RETURN NULL; END IF;
        IF was_held THEN PERFORM bump_region_stats(r, OLD.starts_at, 0, 0, -1, 0, 0, 0); END IF;
        IF is_held THEN PERFORM bump_region_stats(r, NEW.starts_at, 0, 0, 1, 0, 0, 0); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query('DROP TRIGGER region_stats_sessions ON mentoring_sessions');
    await queryRunner.query(
      'CREATE TRIGGER region_stats_sessions AFTER INSERT OR DELETE OR UPDATE OF status, starts_at ON mentoring_sessions FOR EACH ROW EXECUTE FUNCTION region_stats_sessions()',
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_stats_action_items() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r varchar; open_delta int := 0; done_delta int := 0;
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          IF OLD.done_at IS NULL THEN open_delta := -1; ELSE done_delta := -1; END IF;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          IF NEW.done_at IS NULL THEN open_delta := open_delta + 1; ELSE done_delta := done_delta + 1; END IF;
        END IF;
        IF open_delta = 0 AND done_delta = 0 THEN RETURN NULL; END IF;
        SELECT p.region_code INTO r FROM mentoring_sessions s JOIN mentoring_pairs p ON p.id = s.pair_id
        WHERE s.id = coalesce(NEW.session_id, OLD.session_id);
        IF r IS NULL THEN RETURN NULL; END IF;
        PERFORM bump_region_stats(r, now(), 0, 0, 0, open_delta, done_delta, 0);
        RETURN NULL;
      END $$`);
    await queryRunner.query('DROP TRIGGER region_stats_action_items ON mentoring_action_items');
    await queryRunner.query(
      'CREATE TRIGGER region_stats_action_items AFTER INSERT OR DELETE OR UPDATE OF done_at ON mentoring_action_items FOR EACH ROW EXECUTE FUNCTION region_stats_action_items()',
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_stats_steps() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r varchar; delta int := 0;
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.status = 'DONE' THEN delta := -1; END IF;
        IF TG_OP <> 'DELETE' AND NEW.status = 'DONE' THEN delta := delta + 1; END IF;
        IF delta = 0 THEN RETURN NULL; END IF;
        SELECT region_code INTO r FROM playbook_adoptions WHERE id = coalesce(NEW.adoption_id, OLD.adoption_id);
        IF r IS NULL THEN RETURN NULL; END IF;
        PERFORM bump_region_stats(r, now(), 0, 0, 0, 0, 0, delta);
        RETURN NULL;
      END $$`);
    await queryRunner.query('DROP TRIGGER region_stats_steps ON adoption_steps');
    await queryRunner.query(
      'CREATE TRIGGER region_stats_steps AFTER INSERT OR DELETE OR UPDATE OF status ON adoption_steps FOR EACH ROW EXECUTE FUNCTION region_stats_steps()',
    );

    await queryRunner.query(`
      CREATE FUNCTION region_stats_pair_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE held record; open_n int; done_n int;
      BEGIN
        FOR held IN SELECT starts_at FROM mentoring_sessions WHERE pair_id = OLD.id AND status = 'HELD' LOOP
          PERFORM bump_region_stats(OLD.region_code, held.starts_at, 0, 0, -1, 0, 0, 0);
        END LOOP;
        SELECT count(*) FILTER (WHERE a.done_at IS NULL), count(*) FILTER (WHERE a.done_at IS NOT NULL) INTO open_n, done_n
        FROM mentoring_action_items a JOIN mentoring_sessions s ON s.id = a.session_id WHERE s.pair_id = OLD.id;
        IF open_n + done_n > 0 THEN PERFORM bump_region_stats(OLD.region_code, now(), 0, 0, 0, -open_n, -done_n, 0); END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER region_stats_pair_deleted BEFORE DELETE ON mentoring_pairs FOR EACH ROW EXECUTE FUNCTION region_stats_pair_deleted()',
    );
    await queryRunner.query(`
      CREATE FUNCTION region_stats_session_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r varchar; open_n int; done_n int;
      BEGIN
        SELECT region_code INTO r FROM mentoring_pairs WHERE id = OLD.pair_id;
        IF r IS NOT NULL THEN
          SELECT count(*) FILTER (WHERE done_at IS NULL), count(*) FILTER (WHERE done_at IS NOT NULL) INTO open_n, done_n
          FROM mentoring_action_items WHERE session_id = OLD.id;
          IF open_n + done_n > 0 THEN PERFORM bump_region_stats(r, now(), 0, 0, 0, -open_n, -done_n, 0); END IF;
        END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER region_stats_session_deleted BEFORE DELETE ON mentoring_sessions FOR EACH ROW EXECUTE FUNCTION region_stats_session_deleted()',
    );
    await queryRunner.query(`
      CREATE FUNCTION region_stats_adoption_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE done_n int;
      BEGIN
        SELECT count(*) INTO done_n FROM adoption_steps WHERE adoption_id = OLD.id AND status = 'DONE';
        IF done_n > 0 THEN PERFORM bump_region_stats(OLD.region_code, now(), 0, 0, 0, 0, 0, -done_n); END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER region_stats_adoption_deleted BEFORE DELETE ON playbook_adoptions FOR EACH ROW EXECUTE FUNCTION region_stats_adoption_deleted()',
    );

    // Backfill: enrolments and completions recounted from the rows, under their stored region.
    await queryRunner.query('UPDATE region_stats SET enrolments = 0, completions = 0, updated_at = now()');
    await queryRunner.query('UPDATE region_monthly_stats SET enrolments = 0, completions = 0');
    await queryRunner.query(`
      INSERT INTO region_stats AS s (region_code, enrolments, completions)
      SELECT region_code, count(*), count(completed_at) FROM enrolments GROUP BY region_code
      ON CONFLICT (region_code) DO UPDATE SET enrolments = excluded.enrolments, completions = excluded.completions`);
    await queryRunner.query(`
      INSERT INTO region_monthly_stats AS m (region_code, month, enrolments, completions)
      SELECT region_code, month, sum(enrolled)::int, sum(completed)::int FROM (
        SELECT region_code, date_trunc('month', enrolled_at AT TIME ZONE 'Asia/Jakarta')::date AS month, 1 AS enrolled, 0 AS completed FROM enrolments
        UNION ALL
        SELECT region_code, date_trunc('month', completed_at AT TIME ZONE 'Asia/Jakarta')::date, 0, 1 FROM enrolments WHERE completed_at IS NOT NULL
      ) events GROUP BY region_code, month
      ON CONFLICT (region_code, month) DO UPDATE SET enrolments = excluded.enrolments, completions = excluded.completions`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The previous triggers, as the RegionStats migration wrote them (the counters stay as they are).
    for (const [table, name] of [
      ['playbook_adoptions', 'region_stats_adoption_deleted'],
      ['mentoring_sessions', 'region_stats_session_deleted'],
      ['mentoring_pairs', 'region_stats_pair_deleted'],
      ['enrolments', 'enrolments_set_region'],
    ]) {
      await queryRunner.query(`DROP TRIGGER ${name} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_stats_enrolments() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r varchar;
      BEGIN
        SELECT region_code INTO r FROM users WHERE id = NEW.user_id;
        IF TG_OP = 'INSERT' THEN
          PERFORM bump_region_stats(r, NEW.enrolled_at, 1, 0, 0, 0, 0, 0);
        ELSIF OLD.completed_at IS NULL AND NEW.completed_at IS NOT NULL THEN
          PERFORM bump_region_stats(r, NEW.completed_at, 0, 1, 0, 0, 0, 0);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query('DROP TRIGGER region_stats_enrolments ON enrolments');
    await queryRunner.query(
      'CREATE TRIGGER region_stats_enrolments AFTER INSERT OR UPDATE OF completed_at ON enrolments FOR EACH ROW EXECUTE FUNCTION region_stats_enrolments()',
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_stats_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r varchar;
      BEGIN
        IF NEW.status = 'HELD' AND OLD.status IS DISTINCT FROM 'HELD' THEN
          SELECT region_code INTO r FROM mentoring_pairs WHERE id = NEW.pair_id;
          PERFORM bump_region_stats(r, NEW.starts_at, 0, 0, 1, 0, 0, 0);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query('DROP TRIGGER region_stats_sessions ON mentoring_sessions');
    await queryRunner.query(
      'CREATE TRIGGER region_stats_sessions AFTER UPDATE OF status ON mentoring_sessions FOR EACH ROW EXECUTE FUNCTION region_stats_sessions()',
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_stats_action_items() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r varchar;
      BEGIN
        SELECT p.region_code INTO r FROM mentoring_sessions s JOIN mentoring_pairs p ON p.id = s.pair_id WHERE s.id = NEW.session_id;
        IF TG_OP = 'INSERT' THEN
          IF NEW.done_at IS NULL THEN PERFORM bump_region_stats(r, now(), 0, 0, 0, 1, 0, 0);
          ELSE PERFORM bump_region_stats(r, now(), 0, 0, 0, 0, 1, 0); END IF;
        ELSIF OLD.done_at IS NULL AND NEW.done_at IS NOT NULL THEN
          PERFORM bump_region_stats(r, now(), 0, 0, 0, -1, 1, 0);
        ELSIF OLD.done_at IS NOT NULL AND NEW.done_at IS NULL THEN
          PERFORM bump_region_stats(r, now(), 0, 0, 0, 1, -1, 0);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query('DROP TRIGGER region_stats_action_items ON mentoring_action_items');
    await queryRunner.query(
      'CREATE TRIGGER region_stats_action_items AFTER INSERT OR UPDATE OF done_at ON mentoring_action_items FOR EACH ROW EXECUTE FUNCTION region_stats_action_items()',
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_stats_steps() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r varchar;
      BEGIN
        SELECT region_code INTO r FROM playbook_adoptions WHERE id = NEW.adoption_id;
        IF NEW.status = 'DONE' AND (TG_OP = 'INSERT' OR OLD.status <> 'DONE') THEN
          PERFORM bump_region_stats(r, now(), 0, 0, 0, 0, 0, 1);
        ELSIF TG_OP = 'UPDATE' AND OLD.status = 'DONE' AND NEW.status <> 'DONE' THEN
          PERFORM bump_region_stats(r, now(), 0, 0, 0, 0, 0, -1);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query('DROP TRIGGER region_stats_steps ON adoption_steps');
    await queryRunner.query(
      'CREATE TRIGGER region_stats_steps AFTER INSERT OR UPDATE OF status ON adoption_steps FOR EACH ROW EXECUTE FUNCTION region_stats_steps()',
    );

    // Generated.
    await queryRunner.query('ALTER TABLE "enrolments" DROP CONSTRAINT "FK_29dcd756c28b52d975dbb45d462"');
    await queryRunner.query('DROP INDEX "public"."enrolments_region_code_idx"');
    await queryRunner.query('ALTER TABLE "enrolments" DROP COLUMN "region_code"');
  }
}
