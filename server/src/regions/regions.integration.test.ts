import { createTestApp, type TestApp } from '../../test/test-app';
import { RegionSeeder } from './region-seeder';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('loads 38 provinces and 514 kabupaten/kota from idn-area-data', async () => {
  const [counts] = await t.dataSource.query(
    `SELECT count(*) FILTER (WHERE kind = 'PROVINCE')::int AS provinces, count(*) FILTER (WHERE kind <> 'PROVINCE')::int AS others FROM regions`,
  );
  expect(counts).toEqual({ provinces: 38, others: 514 });
});

it('lists West Java’s 27 kabupaten/kota with Sumedang at 32.11, to anyone', async () => {
  const response = await t.graphql<{ regionsOfProvince: Array<{ code: string; name: string; kind: string; provinceCode: string }> }>(
    '{ regionsOfProvince(provinceCode: "32") { code name kind provinceCode } }',
  );
  const regions = response.data!.regionsOfProvince;
  expect(regions).toHaveLength(27);
  expect(regions.filter((r) => r.kind === 'REGENCY')).toHaveLength(18);
  expect(regions.filter((r) => r.kind === 'CITY')).toHaveLength(9);
  expect(regions.find((r) => r.code === '32.11')).toEqual({
    code: '32.11',
    name: 'Kabupaten Sumedang',
    kind: 'REGENCY',
    provinceCode: '32',
  });
});

it('shows names in title case but keeps acronyms', async () => {
  const response = await t.graphql<{ region: { name: string; officialName: string } }>('{ region(code: "31") { name officialName } }');
  expect(response.data?.region).toEqual({ name: 'DKI Jakarta', officialName: 'DKI JAKARTA' });
});

it('re-seeding is idempotent', async () => {
  await t.app.get(RegionSeeder).seed();
  const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM regions');
  expect(count).toBe(552);
});
