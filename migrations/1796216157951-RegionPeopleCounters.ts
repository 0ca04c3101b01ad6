import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboards' people figures (people per region, active in the last 30 days) kept by a trigger on
 * users instead of counted per request: the count grew with the data (770 000 index entries per
 * province overview at 1 M learners) and the index-only scans it relied on slowed tenfold once
 * activity updates had cleared the visibility map. region_stats.people follows the person's current
 * region; region_last_active_days counts each person once, on the WIB day they were last active.
 */

export class RegionPeopleCounters1796216157951 implements MigrationInterface {
  name = 'RegionPeopleCounters1796216157951';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."users_region_last_active_idx"');
    await queryRunner.query(
      'CREATE TABLE "region_last_active_days" ("region_code" character varying(5) NOT NULL, "day" date NOT NULL, "people" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_1a728e336431de83c6eb6106909" PRIMARY KEY ("region_code", "day"))',
    );
    await queryRunner.query('ALTER TABLE "region_stats" ADD "people" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'ALTER TABLE "region_last_active_days" ADD CONSTRAINT "FK_1a7f23c10981635c3641c15f0c7" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Written by hand: the trigger and a backfill. Day rows are bumped before region_stats, the order
    // a learning action takes too (activity first, then its completion), so the two never deadlock.
    await queryRunner.query(`
      CREATE FUNCTION bump_region_people(p_region varchar, p_day date, p_active int, p_people int) RETURNS void LANGUAGE sql AS $$
        INSERT INTO region_last_active_days AS d (region_code, day, people) SELECT p_region, p_day, p_active WHERE p_day IS NOT NULL AND p_active <> 0
        ON CONFLICT (region_code, day) DO UPDATE SET people = d.people + excluded.people;
        INSERT INTO region_stats AS s (region_code, people, updated_at) SELECT p_region, p_people, now() WHERE p_people <> 0
        ON CONFLICT (region_code) DO UPDATE SET people = s.people + excluded.people, updated_at = now();
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION region_people_counts() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(
      'CREATE TRIGGER region_people_counts AFTER INSERT OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION region_people_counts()',
    );
    // Most activity updates stay on the same day: those fire nothing.
    await queryRunner.query(`
      CREATE TRIGGER region_people_moves AFTER UPDATE OF region_code, last_active_at ON users FOR EACH ROW
      WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code
         OR (OLD.last_active_at AT TIME ZONE 'Asia/Jakarta')::date IS DISTINCT FROM (NEW.last_active_at AT TIME ZONE 'Asia/Jakarta')::date)
      EXECUTE FUNCTION region_people_counts()`);
    await queryRunner.query(`
      INSERT INTO region_stats AS s (region_code, people)
      SELECT region_code, count(*) FROM users GROUP BY region_code
      ON CONFLICT (region_code) DO UPDATE SET people = excluded.people`);
    await queryRunner.query(`
      INSERT INTO region_last_active_days (region_code, day, people)
      SELECT region_code, (last_active_at AT TIME ZONE 'Asia/Jakarta')::date, count(*) FROM users WHERE last_active_at IS NOT NULL GROUP BY 1, 2`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER region_people_moves ON users');
    await queryRunner.query('DROP TRIGGER region_people_counts ON users');
    await queryRunner.query('DROP FUNCTION region_people_counts()');
    await queryRunner.query('DROP FUNCTION bump_region_people(varchar, date, int, int)');
    await queryRunner.query('ALTER TABLE "region_last_active_days" DROP CONSTRAINT "FK_1a7f23c10981635c3641c15f0c7"');
    await queryRunner.query('ALTER TABLE "region_stats" DROP COLUMN "people"');
    await queryRunner.query('DROP TABLE "region_last_active_days"');
    await queryRunner.query('CREATE INDEX "users_region_last_active_idx" ON "users" ("region_code", "last_active_at") ');
  }
}
