import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedDemoData: true });
});
afterAll(() => t.close());

it('creates every demo account once, with its roles and coordinated regions', async () => {
  const rows: Array<{ email: string; roles: string[] }> = await t.dataSource.query(
    `SELECT email, roles FROM users WHERE email LIKE '%@livinglab.demo' ORDER BY email`,
  );
  expect(rows).toHaveLength(DEMO_ACCOUNTS.length);
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
  const rows: Array<{ region_code: string; demo: boolean; source: string }> = await t.dataSource.query(
    `SELECT region_code, demo, source FROM spbe_published_scores WHERE scope = 'REGION' ORDER BY region_code, year`,
  );
  for (const row of rows.filter((r) => r.region_code !== '32' && r.region_code !== '32.11')) {
    expect(row).toMatchObject({ demo: true, source: 'Data demo, bukan nilai resmi' });
  }
  expect(rows.filter((r) => r.region_code === '32.11').every((r) => !r.demo)).toBe(true);
});
