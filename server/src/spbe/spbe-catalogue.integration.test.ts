import { createTestApp, type TestApp } from '../../test/test-app';
import { SpbeCatalogueSeeder } from './spbe-catalogue.seeder';

const FRAMEWORK = `query ($code: String) {
  spbeFramework(code: $code) {
    code name validFrom maturityLevels { level name } predicates { name minIndex }
    domains { code name weightBp aspects { code weightBp indicators { code number name weightBp weightPercent } } }
  }
}`;

interface Framework {
  code: string;
  maturityLevels: Array<{ level: number; name: string }>;
  predicates: Array<{ name: string; minIndex: number }>;
  domains: Array<{
    code: string;
    name: string;
    weightBp: number;
    aspects: Array<{
      code: string;
      weightBp: number;
      indicators: Array<{ code: string; number: number; name: string; weightBp: number; weightPercent: number }>;
    }>;
  }>;
}

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ token } = await t.createUser({ email: 'asn@example.id' }));
});
afterAll(() => t.close());

it('serves PermenPANRB 59/2020: 4 domains, 8 aspects, 47 indicators, weights adding up to 100 %', async () => {
  const response = await t.graphql<{ spbeFramework: Framework }>(FRAMEWORK, {}, token);
  expect(response.errors).toBeUndefined();
  const framework = response.data!.spbeFramework;
  expect(framework.code).toBe('PERMENPANRB-59-2020');
  expect(framework.domains.map((d) => [d.code, d.name, d.weightBp])).toEqual([
    ['D1', 'Kebijakan Internal', 1300],
    ['D2', 'Tata Kelola', 2500],
    ['D3', 'Manajemen', 1650],
    ['D4', 'Layanan', 4550],
  ]);
  const aspects = framework.domains.flatMap((d) => d.aspects);
  expect(aspects.map((a) => a.code)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
  const indicators = aspects.flatMap((a) => a.indicators);
  expect(indicators.map((i) => i.number)).toEqual(Array.from({ length: 47 }, (_, n) => n + 1));
  expect(indicators.reduce((sum, i) => sum + i.weightBp, 0)).toBe(10000);
  expect(indicators[43]).toEqual({
    code: 'I44',
    number: 44,
    name: 'Layanan Jaringan Dokumentasi dan Informasi Hukum (JDIH)',
    weightBp: 300,
    weightPercent: 3,
  });
  expect(framework.maturityLevels.map((l) => l.name)).toEqual(['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum']);
  expect(framework.predicates[0]).toEqual({ name: 'Memuaskan', minIndex: 4.2 });
});

it('answers NOT_FOUND for an unknown framework version', async () => {
  const response = await t.graphql(FRAMEWORK, { code: 'PERMENPANRB-5-2018' }, token);
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'FRAMEWORK_NOT_FOUND' });
});

it('is for signed-in users only', async () => {
  const response = await t.graphql(FRAMEWORK, {});
  expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

it('is seeded once: a restart leaves edited names alone', async () => {
  await t.dataSource.query(`UPDATE spbe_indicators SET name = 'Layanan Publik Sektor Kesehatan' WHERE code = 'I45'`);
  await t.app.get(SpbeCatalogueSeeder).seed();
  const [{ name, count }] = await t.dataSource.query(
    `SELECT (SELECT name FROM spbe_indicators WHERE code = 'I45') AS name, (SELECT count(*)::int FROM spbe_indicators) AS count`,
  );
  expect({ name, count }).toEqual({ name: 'Layanan Publik Sektor Kesehatan', count: 47 });
});
