import { createTestApp, type TestApp } from '../../test/test-app';
import { UsersService } from '../users';

/**
 * region_stats.people and region_last_active_days are kept by a trigger on users (migration
 * RegionPeopleCounters): after registrations, activity, moves and deletions they must equal a recount
 * of the users table, and the dashboards read them instead of counting.
 */
const OVERVIEW = `query { provinceOverview(provinceCode: "32") { rows { region { code } learners activeLearners30d } } }`;

let t: TestApp;
let admin: { token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'], regionCode: '32' });
});
afterAll(() => t.close());

async function stored(): Promise<{ people: Record<string, number>; days: Record<string, number> }> {
  const people = await t.dataSource.query(`SELECT region_code, people FROM region_stats WHERE people <> 0`);
  const days = await t.dataSource.query(
    `SELECT region_code || ' ' || to_char(day, 'YYYY-MM-DD') AS key, people FROM region_last_active_days WHERE people <> 0`,
  );
  return {
    people: Object.fromEntries(people.map((row: { region_code: string; people: number }) => [row.region_code, row.people])),
    days: Object.fromEntries(days.map((row: { key: string; people: number }) => [row.key, row.people])),
  };
}

async function recounted(): Promise<{ people: Record<string, number>; days: Record<string, number> }> {
  const people = await t.dataSource.query(`SELECT region_code, count(*)::int AS people FROM users GROUP BY region_code`);
  const days = await t.dataSource.query(
    `SELECT region_code || ' ' || to_char((last_active_at AT TIME ZONE 'Asia/Jakarta')::date, 'YYYY-MM-DD') AS key, count(*)::int AS people
     FROM users WHERE last_active_at IS NOT NULL GROUP BY 1`,
  );
  return {
    people: Object.fromEntries(people.map((row: { region_code: string; people: number }) => [row.region_code, row.people])),
    days: Object.fromEntries(days.map((row: { key: string; people: number }) => [row.key, row.people])),
  };
}

async function rowOf(code: string): Promise<{ learners: number; activeLearners30d: number } | undefined> {
  const response = await t.graphql<{
    provinceOverview: { rows: Array<{ region: { code: string }; learners: number; activeLearners30d: number }> };
  }>(OVERVIEW, {}, admin.token);
  expect(response.errors).toBeUndefined();
  return response.data?.provinceOverview.rows.find((row) => row.region.code === code);
}

it('follows registrations, activity, moves and deletions exactly', async () => {
  const people = await Promise.all(
    ['a', 'b', 'c', 'd', 'e'].map((name, index) =>
      t.createUser({ email: `${name}@example.id`, regionCode: index < 3 ? '32.08' : '32.04' }),
    ),
  );
  const [a, b, c, d, e] = people.map((person) => person.user.id);
  // Activity on different days: today, 10 days ago, 29 days ago (inside the window), 31 days ago (outside).
  await t.dataSource.query(`UPDATE users SET last_active_at = now() WHERE id = $1`, [a]);
  await t.dataSource.query(`UPDATE users SET last_active_at = now() - interval '10 days' WHERE id = $1`, [b]);
  await t.dataSource.query(`UPDATE users SET last_active_at = now() - interval '29 days' WHERE id = $1`, [c]);
  await t.dataSource.query(`UPDATE users SET last_active_at = now() - interval '31 days' WHERE id = $1`, [d]);
  expect(await stored()).toEqual(await recounted());
  expect(await rowOf('32.08')).toMatchObject({ learners: 3, activeLearners30d: 3 });
  expect(await rowOf('32.04')).toMatchObject({ learners: 2, activeLearners30d: 0 });

  // b becomes active again today, d moves to Kuningan with its history, e is deleted.
  await t.dataSource.query(`UPDATE users SET last_active_at = now() WHERE id = $1`, [b]);
  await t.dataSource.query(`UPDATE users SET region_code = '32.08' WHERE id = $1`, [d]);
  await t.dataSource.query(`DELETE FROM users WHERE id = $1`, [e]);
  expect(await stored()).toEqual(await recounted());
  expect(await rowOf('32.08')).toMatchObject({ learners: 4, activeLearners30d: 3 });
  expect(await rowOf('32.04')).toMatchObject({ learners: 0, activeLearners30d: 0 });

  // A move and a new day in one statement.
  await t.dataSource.query(`UPDATE users SET region_code = '32.04', last_active_at = now() WHERE id = $1`, [c]);
  expect(await stored()).toEqual(await recounted());
  expect(await rowOf('32.04')).toMatchObject({ learners: 1, activeLearners30d: 1 });
});

it('marks a learner active once a day, whatever the number of actions', async () => {
  const { user } = await t.createUser({ email: 'sering@example.id', regionCode: '32.11' });
  const users = t.app.get(UsersService);
  await users.touchActivity(user.id);
  const [first] = await t.dataSource.query(`SELECT last_active_at FROM users WHERE id = $1`, [user.id]);
  await users.touchActivity(user.id);
  const [second] = await t.dataSource.query(`SELECT last_active_at FROM users WHERE id = $1`, [user.id]);
  expect(first.last_active_at).not.toBeNull();
  expect(second.last_active_at).toEqual(first.last_active_at);
  // Yesterday's activity is replaced by today's.
  await t.dataSource.query(`UPDATE users SET last_active_at = now() - interval '1 day' WHERE id = $1`, [user.id]);
  await users.touchActivity(user.id);
  const [third] = await t.dataSource.query(`SELECT last_active_at FROM users WHERE id = $1`, [user.id]);
  expect(third.last_active_at.getTime()).toBeGreaterThan(Date.now() - 60_000);
  expect(await stored()).toEqual(await recounted());
});
