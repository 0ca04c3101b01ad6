import type { Client } from 'pg';

/**
 * The aggregate tables recounted from the rows, one row per (region, month), with the same rules as
 * the triggers (migrations RegionStats and RegionOfEvent): enrolments in the month (WIB) they were
 * made, completions in the month they completed, sessions held in the month they started; action
 * items and playbook steps in the month they were written, i.e. loaded (the triggers use now()).
 */
export const AGGREGATE_RECOUNT_SQL = `
  SELECT region_code, month, sum(enrolments)::int AS enrolments, sum(completions)::int AS completions,
         sum(sessions_held)::int AS sessions_held, sum(action_items_open)::int AS action_items_open,
         sum(action_items_done)::int AS action_items_done, sum(steps_done)::int AS steps_done
  FROM (
    SELECT region_code, date_trunc('month', enrolled_at AT TIME ZONE 'Asia/Jakarta')::date AS month,
           1 AS enrolments, 0 AS completions, 0 AS sessions_held, 0 AS action_items_open, 0 AS action_items_done, 0 AS steps_done
    FROM enrolments
    UNION ALL
    SELECT region_code, date_trunc('month', completed_at AT TIME ZONE 'Asia/Jakarta')::date, 0, 1, 0, 0, 0, 0
    FROM enrolments WHERE completed_at IS NOT NULL
    UNION ALL
    SELECT p.region_code, date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Jakarta')::date, 0, 0, 1, 0, 0, 0
    FROM mentoring_sessions s JOIN mentoring_pairs p ON p.id = s.pair_id WHERE s.status = 'HELD'
    UNION ALL
    SELECT p.region_code, date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta')::date, 0, 0, 0,
           (a.done_at IS NULL)::int, (a.done_at IS NOT NULL)::int, 0
    FROM mentoring_action_items a JOIN mentoring_sessions s ON s.id = a.session_id JOIN mentoring_pairs p ON p.id = s.pair_id
    UNION ALL
    SELECT pa.region_code, date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta')::date, 0, 0, 0, 0, 0, 1
    FROM adoption_steps st JOIN playbook_adoptions pa ON pa.id = st.adoption_id WHERE st.status = 'DONE'
  ) events
  GROUP BY region_code, month`;

/** People per region (region_stats.people) and per last-active WIB day, as the users trigger keeps them. */
export const PEOPLE_RECOUNT_SQL = `SELECT region_code, count(*)::int AS people FROM users GROUP BY region_code`;
export const LAST_ACTIVE_DAYS_RECOUNT_SQL = `
  SELECT region_code, (last_active_at AT TIME ZONE 'Asia/Jakarta')::date AS day, count(*)::int AS people
  FROM users WHERE last_active_at IS NOT NULL GROUP BY 1, 2`;

export interface AggregateMismatch {
  table: 'region_stats' | 'region_monthly_stats' | 'region_last_active_days';
  stored: unknown;
  recounted: unknown;
}

/**
 * Rows where the stored aggregates and a recount differ (empty: consistent). Rows that are zero in
 * every figure count as absent, since a trigger may leave a zero row behind after a delete.
 */
export async function verifyAggregates(db: Client): Promise<AggregateMismatch[]> {
  const figures = 'enrolments, completions, sessions_held, action_items_open, action_items_done, steps_done';
  const nonZero =
    'NOT (enrolments = 0 AND completions = 0 AND sessions_held = 0 AND action_items_open = 0 AND action_items_done = 0 AND steps_done = 0)';
  const monthly = await db.query(
    `WITH stored AS (SELECT region_code, month, ${figures} FROM region_monthly_stats WHERE ${nonZero}),
          recounted AS (SELECT region_code, month, ${figures} FROM (${AGGREGATE_RECOUNT_SQL}) r WHERE ${nonZero})
     SELECT to_jsonb(s) AS stored, to_jsonb(r) AS recounted FROM stored s FULL JOIN recounted r USING (region_code, month)
     WHERE to_jsonb(s) IS DISTINCT FROM to_jsonb(r) LIMIT 20`,
  );
  const totals = await db.query(
    `WITH stored AS (SELECT region_code, ${figures} FROM region_stats WHERE ${nonZero}),
          recounted AS (
            SELECT region_code, sum(enrolments)::int AS enrolments, sum(completions)::int AS completions, sum(sessions_held)::int AS sessions_held,
                   sum(action_items_open)::int AS action_items_open, sum(action_items_done)::int AS action_items_done, sum(steps_done)::int AS steps_done
            FROM (${AGGREGATE_RECOUNT_SQL}) r GROUP BY region_code)
     SELECT to_jsonb(s) AS stored, to_jsonb(r) AS recounted FROM stored s FULL JOIN (SELECT * FROM recounted WHERE ${nonZero}) r USING (region_code)
     WHERE to_jsonb(s) IS DISTINCT FROM to_jsonb(r) LIMIT 20`,
  );
  const people = await db.query(
    `WITH stored AS (SELECT region_code, people FROM region_stats WHERE people <> 0)
     SELECT to_jsonb(s) AS stored, to_jsonb(r) AS recounted FROM stored s FULL JOIN (${PEOPLE_RECOUNT_SQL}) r USING (region_code)
     WHERE to_jsonb(s) IS DISTINCT FROM to_jsonb(r) LIMIT 20`,
  );
  const days = await db.query(
    `WITH stored AS (SELECT region_code, day, people FROM region_last_active_days WHERE people <> 0)
     SELECT to_jsonb(s) AS stored, to_jsonb(r) AS recounted FROM stored s FULL JOIN (${LAST_ACTIVE_DAYS_RECOUNT_SQL}) r USING (region_code, day)
     WHERE to_jsonb(s) IS DISTINCT FROM to_jsonb(r) LIMIT 20`,
  );
  return [
    ...people.rows.map((row) => ({ table: 'region_stats' as const, stored: row.stored, recounted: row.recounted })),
    ...days.rows.map((row) => ({ table: 'region_last_active_days' as const, stored: row.stored, recounted: row.recounted })),
    ...totals.rows.map((row) => ({ table: 'region_stats' as const, stored: row.stored, recounted: row.recounted })),
    ...monthly.rows.map((row) => ({ table: 'region_monthly_stats' as const, stored: row.stored, recounted: row.recounted })),
  ];
}
