import { ROLES } from '@living-lab/shared';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PUBLISHED_SCORES } from './demo-accounts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedDemoData: true });
});
afterAll(() => t.close());

it('creates every demo account once, with its roles and coordinated regions', async () => {
  const rows: Array<{ email: string; roles: string[] }> = await t.dataSource.query(
    `SELECT email, roles::text[] AS roles FROM users WHERE email LIKE '%@livinglab.demo'`,
  );
  const byEmail = (a: { email: string }, b: { email: string }) => (a.email < b.email ? -1 : 1);
  expect(rows.sort(byEmail)).toEqual(
    DEMO_ACCOUNTS.map((account) => ({
      email: account.email,
      roles: ROLES.filter((role) => role === 'LEARNER' || account.roles.includes(role)),
    })).sort(byEmail),
  );
  const login = await t.graphql<{ login: { user: { roles: string[]; coordinatedRegions: Array<{ code: string }> } } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { user { roles coordinatedRegions { code } } } }',
    { input: { email: 'koordinator@livinglab.demo', password: DEMO_PASSWORD } },
  );
  expect(login.data?.login.user).toEqual({
    roles: ['LEARNER', 'COORDINATOR'],
    coordinatedRegions: [{ code: '32.04' }, { code: '32.08' }, { code: '32.18' }],
  });
});

it('labels the demo index values of other regions as demo, apart from the official ones', async () => {
  const rows: Array<{ region_code: string; year: number; demo: boolean; source: string }> = await t.dataSource.query(
    `SELECT region_code, year, demo, source FROM spbe_published_scores WHERE scope = 'REGION' ORDER BY region_code, year`,
  );
  const official = rows.filter((r) => r.region_code === '32' || r.region_code === '32.11');
  const others = rows.filter((r) => !official.includes(r));
  expect(others.map((r) => ({ regionCode: r.region_code, year: r.year }))).toEqual(
    DEMO_PUBLISHED_SCORES.map(({ regionCode, year }) => ({ regionCode, year })),
  );
  for (const row of others) expect(row).toMatchObject({ demo: true, source: 'Data demo, bukan nilai resmi' });
  expect(official.filter((r) => r.region_code === '32.11').length).toBeGreaterThan(0);
  for (const row of official) expect(row.demo).toBe(false);
});
