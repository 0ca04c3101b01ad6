import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionStats1795819622275 implements MigrationInterface {
  name = 'RegionStats1795819622275';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "region_stats" ("region_code" character varying(5) NOT NULL, "enrolments" integer NOT NULL DEFAULT \'0\', "completions" integer NOT NULL DEFAULT \'0\', "sessions_held" integer NOT NULL DEFAULT \'0\', "action_items_open" integer NOT NULL DEFAULT \'0\', "action_items_done" integer NOT NULL DEFAULT \'0\', "steps_done" integer NOT NULL DEFAULT \'0\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2dae115e917a71ce743e63304b0" PRIMARY KEY ("region_code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "region_monthly_stats" ("region_code" character varying(5) NOT NULL, "month" date NOT NULL, "enrolments" integer NOT NULL DEFAULT \'0\', "completions" integer NOT NULL DEFAULT \'0\', "sessions_held" integer NOT NULL DEFAULT \'0\', "action_items_open" integer NOT NULL DEFAULT \'0\', "action_items_done" integer NOT NULL DEFAULT \'0\', "steps_done" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_ec05ec8386c470a085a6652c3e1" PRIMARY KEY ("region_code", "month"))',
    );
    await queryRunner.query('ALTER TABLE "users" ADD "last_active_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('CREATE INDEX "users_region_last_active_idx" ON "users"  ("region_code", "last_active_at") ');
    await queryRunner.query(
      'ALTER TABLE "region_stats" ADD CONSTRAINT "FK_2dae115e917a71ce743e63304b0" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "region_monthly_stats" ADD CONSTRAINT "FK_559ecc401685739c091b57ba35b" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Written by hand: the triggers that keep region_stats and region_monthly_stats current, and a
    // backfill from the rows that exist already. Each trigger adds deltas in the writing transaction.
    await queryRunner.query(`
      CREATE FUNCTION bump_region_stats(p_region varchar, p_at timestamptz, p_enrolments int, p_completions int,
                                        p_sessions int, p_open int, p_done int, p_steps int) RETURNS void LANGUAGE sql AS $$
        INSERT INTO region_stats AS s (region_code, enrolments, completions, sessions_held, action_items_open, action_items_done, steps_done, updated_at)
        VALUES (p_region, p_enrolments, p_completions, p_sessions, p_open, p_done, p_steps, now())
        ON CONFLICT (region_code) DO UPDATE SET
          enrolments = s.enrolments + excluded.enrolments, completions = s.completions + excluded.completions,
          sessions_held = s.sessions_held + excluded.sessions_held, action_items_open = s.action_items_open + excluded.action_items_open,
          action_items_done = s.action_items_done + excluded.action_items_done, steps_done = s.steps_done + excluded.steps_done, updated_at = now();
        INSERT INTO region_monthly_stats AS m (region_code, month, enrolments, completions, sessions_held, action_items_open, action_items_done, steps_done)
        VALUES (p_region, date_trunc('month', p_at AT TIME ZONE 'Asia/Jakarta')::date, p_enrolments, p_completions, p_sessions, p_open, p_done, p_steps)
        ON CONFLICT (region_code, month) DO UPDATE SET
          enrolments = m.enrolments + excluded.enrolments, completions = m.completions + excluded.completions,
          sessions_held = m.sessions_held + excluded.sessions_held, action_items_open = m.action_items_open + excluded.action_items_open,
          action_items_done = m.action_items_done + excluded.action_items_done, steps_done = m.steps_done + excluded.steps_done;
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION region_stats_enrolments() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(
      'CREATE TRIGGER region_stats_enrolments AFTER INSERT OR UPDATE OF completed_at ON enrolments FOR EACH ROW EXECUTE FUNCTION region_stats_enrolments()',
    );
    await queryRunner.query(`
      CREATE FUNCTION region_stats_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r varchar;
      BEGIN
        IF NEW.status = 'HELD' AND OLD.status IS DISTINCT FROM 'HELD' THEN
          SELECT region_code INTO r FROM mentoring_pairs WHERE id = NEW.pair_id;
          PERFORM bump_region_stats(r, NEW.starts_at, 0, 0, 1, 0, 0, 0);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER region_stats_sessions AFTER UPDATE OF status ON mentoring_sessions FOR EACH ROW EXECUTE FUNCTION region_stats_sessions()',
    );
    await queryRunner.query(`
      CREATE FUNCTION region_stats_action_items() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(
      'CREATE TRIGGER region_stats_action_items AFTER INSERT OR UPDATE OF done_at ON mentoring_action_items FOR EACH ROW EXECUTE FUNCTION region_stats_action_items()',
    );
    await queryRunner.query(`
      CREATE FUNCTION region_stats_steps() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(
      'CREATE TRIGGER region_stats_steps AFTER INSERT OR UPDATE OF status ON adoption_steps FOR EACH ROW EXECUTE FUNCTION region_stats_steps()',
    );
    await queryRunner.query(`
      INSERT INTO region_stats (region_code, enrolments, completions, sessions_held, action_items_open, action_items_done, steps_done)
      SELECT r.code,
             (SELECT count(*) FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.region_code = r.code),
             (SELECT count(*) FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.region_code = r.code AND e.completed_at IS NOT NULL),
             (SELECT count(*) FROM mentoring_sessions s JOIN mentoring_pairs p ON p.id = s.pair_id WHERE p.region_code = r.code AND s.status = 'HELD'),
             (SELECT count(*) FROM mentoring_action_items a JOIN mentoring_sessions s ON s.id = a.session_id JOIN mentoring_pairs p ON p.id = s.pair_id
               WHERE p.region_code = r.code AND a.done_at IS NULL),
             (SELECT count(*) FROM mentoring_action_items a JOIN mentoring_sessions s ON s.id = a.session_id JOIN mentoring_pairs p ON p.id = s.pair_id
               WHERE p.region_code = r.code AND a.done_at IS NOT NULL),
             (SELECT count(*) FROM adoption_steps st JOIN playbook_adoptions pa ON pa.id = st.adoption_id WHERE pa.region_code = r.code AND st.status = 'DONE')
      FROM regions r
      WHERE EXISTS (SELECT 1 FROM users u WHERE u.region_code = r.code) OR EXISTS (SELECT 1 FROM mentoring_pairs p WHERE p.region_code = r.code)
         OR EXISTS (SELECT 1 FROM playbook_adoptions pa WHERE pa.region_code = r.code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['adoption_steps', 'mentoring_action_items', 'mentoring_sessions', 'enrolments']) {
      const name = {
        adoption_steps: 'steps',
        mentoring_action_items: 'action_items',
        mentoring_sessions: 'sessions',
        enrolments: 'enrolments',
      }[table];
      await queryRunner.query(`DROP TRIGGER region_stats_${name} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION region_stats_${name}()`);
    }
    await queryRunner.query('DROP FUNCTION bump_region_stats(varchar, timestamptz, int, int, int, int, int, int)');
    await queryRunner.query('ALTER TABLE "region_monthly_stats" DROP CONSTRAINT "FK_559ecc401685739c091b57ba35b"');
    await queryRunner.query('ALTER TABLE "region_stats" DROP CONSTRAINT "FK_2dae115e917a71ce743e63304b0"');
    await queryRunner.query('DROP INDEX "public"."users_region_last_active_idx"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "last_active_at"');
    await queryRunner.query('DROP TABLE "region_monthly_stats"');
    await queryRunner.query('DROP TABLE "region_stats"');
  }
}
