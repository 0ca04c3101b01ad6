import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A new account belongs to no region until a coordinator approves its request to join one: the
 * user's region, the region an enrolment counts for and a request's "from" region may be null.
 * The generated diff dropped and re-created the foreign keys and the users index around each change;
 * only the columns' nullability changes, so the rest is left out (the same schema, no index rebuild).
 */
export class RegionJoinRequests1796276216411 implements MigrationInterface {
  name = 'RegionJoinRequests1796276216411';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "enrolments" ALTER COLUMN "region_code" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "region_move_requests" ALTER COLUMN "from_region_code" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "region_code" DROP NOT NULL');

    // Written by hand: the counters skip what belongs to no region (people, enrolments and completions
    // of an account waiting to join), and a first region counts the person once ("<>" is null there).
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_region_people(p_region varchar, p_day date, p_active int, p_people int) RETURNS void LANGUAGE sql AS $$
        INSERT INTO region_last_active_days AS d (region_code, day, people)
        SELECT p_region, p_day, p_active WHERE p_region IS NOT NULL AND p_day IS NOT NULL AND p_active <> 0
        ON CONFLICT (region_code, day) DO UPDATE SET people = d.people + excluded.people;
        INSERT INTO region_stats AS s (region_code, people, updated_at) SELECT p_region, p_people, now() WHERE p_region IS NOT NULL AND p_people <> 0
        ON CONFLICT (region_code) DO UPDATE SET people = s.people + excluded.people, updated_at = now();
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_people_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM bump_region_people(OLD.region_code, (OLD.last_active_at AT TIME ZONE 'Asia/Jakarta')::date, -1,
            CASE WHEN TG_OP = 'DELETE' OR OLD.region_code IS DISTINCT FROM NEW.region_code THEN -1 ELSE 0 END);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          PERFORM bump_region_people(NEW.region_code, (NEW.last_active_at AT TIME ZONE 'Asia/Jakarta')::date, 1,
            CASE WHEN TG_OP = 'INSERT' OR OLD.region_code IS DISTINCT FROM NEW.region_code THEN 1 ELSE 0 END);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(BUMP_REGION_STATS('WHERE p_region IS NOT NULL'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(BUMP_REGION_STATS(''));
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION region_people_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM bump_region_people(OLD.region_code, (OLD.last_active_at AT TIME ZONE 'Asia/Jakarta')::date, -1,
            CASE WHEN TG_OP = 'DELETE' OR OLD.region_code <> NEW.region_code THEN -1 ELSE 0 END);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          PERFORM bump_region_people(NEW.region_code, (NEW.last_active_at AT TIME ZONE 'Asia/Jakarta')::date, 1,
            CASE WHEN TG_OP = 'INSERT' OR OLD.region_code <> NEW.region_code THEN 1 ELSE 0 END);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_region_people(p_region varchar, p_day date, p_active int, p_people int) RETURNS void LANGUAGE sql AS $$
        INSERT INTO region_last_active_days AS d (region_code, day, people) SELECT p_region, p_day, p_active WHERE p_day IS NOT NULL AND p_active <> 0
        ON CONFLICT (region_code, day) DO UPDATE SET people = d.people + excluded.people;
        INSERT INTO region_stats AS s (region_code, people, updated_at) SELECT p_region, p_people, now() WHERE p_people <> 0
        ON CONFLICT (region_code) DO UPDATE SET people = s.people + excluded.people, updated_at = now();
      $$`);
    // Before this migration a registration joined its region at once: an account still without one
    // goes to the region its latest join request named (the triggers count it as it moves), and
    // the join requests go.
    await queryRunner.query(`
      UPDATE users u SET region_code = r.to_region_code
      FROM (SELECT DISTINCT ON (user_id) user_id, to_region_code FROM region_move_requests ORDER BY user_id, created_at DESC) r
      WHERE r.user_id = u.id AND u.region_code IS NULL`);
    await queryRunner.query('DELETE FROM region_move_requests WHERE from_region_code IS NULL');
    await queryRunner.query(
      'UPDATE enrolments e SET region_code = u.region_code FROM users u WHERE u.id = e.user_id AND e.region_code IS NULL',
    );
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "region_code" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "region_move_requests" ALTER COLUMN "from_region_code" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "enrolments" ALTER COLUMN "region_code" SET NOT NULL');
  }
}

/** The RegionStats migration's counter, with a condition on its two inserts. */
const BUMP_REGION_STATS = (condition: string) => `
  CREATE OR REPLACE FUNCTION bump_region_stats(p_region varchar, p_at timestamptz, p_enrolments int, p_completions int,
                                               p_sessions int, p_open int, p_done int, p_steps int) RETURNS void LANGUAGE sql AS $$
    INSERT INTO region_stats AS s (region_code, enrolments, completions, sessions_held, action_items_open, action_items_done, steps_done, updated_at)
    SELECT p_region, p_enrolments, p_completions, p_sessions, p_open, p_done, p_steps, now() ${condition}
    ON CONFLICT (region_code) DO UPDATE SET
      enrolments = s.enrolments + excluded.enrolments, completions = s.completions + excluded.completions,
      sessions_held = s.sessions_held + excluded.sessions_held, action_items_open = s.action_items_open + excluded.action_items_open,
      action_items_done = s.action_items_done + excluded.action_items_done, steps_done = s.steps_done + excluded.steps_done, updated_at = now();
    INSERT INTO region_monthly_stats AS m (region_code, month, enrolments, completions, sessions_held, action_items_open, action_items_done, steps_done)
    SELECT p_region, date_trunc('month', p_at AT TIME ZONE 'Asia/Jakarta')::date, p_enrolments, p_completions, p_sessions, p_open, p_done, p_steps ${condition}
    ON CONFLICT (region_code, month) DO UPDATE SET
      enrolments = m.enrolments + excluded.enrolments, completions = m.completions + excluded.completions,
      sessions_held = m.sessions_held + excluded.sessions_held, action_items_open = m.action_items_open + excluded.action_items_open,
      action_items_done = m.action_items_done + excluded.action_items_done, steps_done = m.steps_done + excluded.steps_done;
  $$`;
