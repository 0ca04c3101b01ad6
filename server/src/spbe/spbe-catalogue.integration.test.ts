import { createTestApp, type TestApp } from '../../test/test-app';
import { SpbeCatalogueSeeder } from './spbe-catalogue.seeder';

const TREE = `code name validFrom validTo revocation { on by } scale { resolution planStep }
    maturityLevels { level name nameEn } predicates { name minIndex }
    domains { code name weightBp maturityLevels { level name nameEn } aspects { code weightBp indicators { code number name weightBp weightPercent } } }
    aspects { code frameworkCode weightBp indicators { code number name weightBp frameworkCode } }`;
const FRAMEWORK = `query ($code: String) { spbeFramework(code: $code) { ${TREE} } }`;
const FRAMEWORKS = 'query { spbeFrameworks { code validFrom validTo revocation { on by } } }';
const FOR_YEAR = 'query ($year: Int!) { frameworkForYear(year: $year) { code } }';
const SET_LEVELS = `mutation ($frameworkCode: String!, $domainCode: String, $levels: [MaturityLevelInput!]) {
  setSpbeLevelNames(frameworkCode: $frameworkCode, domainCode: $domainCode, levels: $levels) {
    maturityLevels { level name nameEn } domains { code maturityLevels { level name nameEn } }
  }
}`;

interface Level {
  level: number;
  name: string;
  nameEn: string | null;
}
interface Indicator {
  code: string;
  number: number;
  name: string;
  weightBp: number;
  weightPercent: number;
  frameworkCode: string;
}
interface Framework {
  code: string;
  validFrom: number;
  validTo: number | null;
  revocation: { on: string; by: string } | null;
  scale: { resolution: number; planStep: number };
  maturityLevels: Level[];
  predicates: Array<{ name: string; minIndex: number }>;
  domains: Array<{
    code: string;
    name: string;
    weightBp: number;
    maturityLevels: Level[] | null;
    aspects: Array<{ code: string; weightBp: number; indicators: Indicator[] }>;
  }>;
  aspects: Array<{ code: string; frameworkCode: string; weightBp: number; indicators: Indicator[] }>;
}

const SPBE = 'PERMENPANRB-59-2020';
const PEMDI = 'PERMENPANRB-8-2026';
const levels = (names: string[]) => names.map((name, index) => ({ level: index + 1, name, nameEn: null }));

let t: TestApp;
let token: string;
let admin: string;
let coordinator: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ token } = await t.createUser({ email: 'asn@example.id' }));
  ({ token: admin } = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] }));
  ({ token: coordinator } = await t.createUser({ email: 'koordinator@example.id', roles: ['COORDINATOR'] }));
});
afterAll(() => t.close());

async function framework(code?: string): Promise<Framework> {
  const response = await t.graphql<{ spbeFramework: Framework }>(FRAMEWORK, code ? { code } : {}, token);
  expect(response.errors).toBeUndefined();
  return response.data!.spbeFramework;
}

it('serves PermenPANRB 59/2020: 4 domains, 8 aspects, 47 indicators, weights adding up to 100 %, for 2021-2025, revoked', async () => {
  const spbe = await framework(SPBE);
  expect(spbe).toMatchObject({
    code: SPBE,
    validFrom: 2021,
    validTo: 2025,
    revocation: { on: '2026-06-05', by: 'PermenPANRB 8/2026' },
    scale: { resolution: 100, planStep: 100 },
  });
  expect(spbe.domains.map((d) => [d.code, d.name, d.weightBp])).toEqual([
    ['D1', 'Kebijakan Internal', 1300],
    ['D2', 'Tata Kelola', 2500],
    ['D3', 'Manajemen', 1650],
    ['D4', 'Layanan', 4550],
  ]);
  const aspects = spbe.domains.flatMap((d) => d.aspects);
  expect(aspects.map((a) => a.code)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
  expect(spbe.aspects.map((a) => a.code)).toEqual(aspects.map((a) => a.code));
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
  expect(spbe.maturityLevels.map((l) => [l.name, l.nameEn])).toEqual([
    ['Rintisan', 'Initial'],
    ['Terkelola', 'Managed'],
    ['Terdefinisi', 'Defined'],
    ['Terpadu dan Terukur', 'Integrated and measured'],
    ['Optimum', 'Optimum'],
  ]);
  // Layanan is scored on technical-function capability: its own level names; the other domains use the framework's.
  expect(spbe.domains.map((d) => d.maturityLevels?.map((l) => l.name) ?? null)).toEqual([
    null,
    null,
    null,
    ['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum'],
  ]);
  expect(spbe.predicates[0]).toEqual({ name: 'Memuaskan', minIndex: 4.2 });
});

it('serves the Indeks Pemerintah Digital (PermenPANRB 8/2026): 7 aspects and 20 indicators without domains, two decimals, in force from 2026', async () => {
  const pemdi = await framework(PEMDI);
  expect(pemdi).toMatchObject({ code: PEMDI, validFrom: 2026, validTo: null, revocation: null, scale: { resolution: 1, planStep: 25 } });
  expect(pemdi.domains).toEqual([]);
  expect(pemdi.aspects.map((a) => [a.code, a.frameworkCode, a.weightBp, a.indicators.length])).toEqual([
    ['A1', PEMDI, 1000, 2],
    ['A2', PEMDI, 1000, 2],
    ['A3', PEMDI, 1500, 4],
    ['A4', PEMDI, 1500, 4],
    ['A5', PEMDI, 1000, 2],
    ['A6', PEMDI, 1500, 4],
    ['A7', PEMDI, 2500, 2],
  ]);
  const indicators = pemdi.aspects.flatMap((a) => a.indicators);
  expect(indicators.map((i) => i.code)).toEqual(Array.from({ length: 20 }, (_, n) => `I${String(n + 1).padStart(2, '0')}`));
  expect(indicators.every((i) => i.frameworkCode === PEMDI)).toBe(true);
  expect(indicators[4]).toMatchObject({ code: 'I05', name: 'Tingkat Kematangan Tata Kelola Data', weightBp: 500 });
  expect(pemdi.maturityLevels.map((l) => [l.name, l.nameEn])).toEqual([
    ['Merintis', 'Initiate'],
    ['Membangun', 'Emerging'],
    ['Berkembang', 'Developing'],
    ['Melembaga', 'Embedded'],
    ['Unggul', 'Leading'],
  ]);
  expect(pemdi.predicates.map((p) => [p.name, p.minIndex])).toEqual([
    ['Memuaskan', 4],
    ['Sangat Baik', 3.5],
    ['Baik', 2.5],
    ['Cukup', 1.5],
    ['Kurang', 1],
  ]);
});

it('lists both frameworks newest first with their years, and finds the framework of an evaluation year', async () => {
  const response = await t.graphql<{ spbeFrameworks: Array<Pick<Framework, 'code' | 'validFrom' | 'validTo'>> }>(FRAMEWORKS, {}, token);
  expect(response.data?.spbeFrameworks.map((f) => [f.code, f.validFrom, f.validTo])).toEqual([
    [PEMDI, 2026, null],
    [SPBE, 2021, 2025],
  ]);
  for (const [year, code] of [
    [2021, SPBE],
    [2025, SPBE],
    [2026, PEMDI],
    [2031, PEMDI],
  ] as const) {
    const found = await t.graphql<{ frameworkForYear: { code: string } }>(FOR_YEAR, { year }, token);
    expect([year, found.data?.frameworkForYear.code]).toEqual([year, code]);
  }
  // 2018-2020 were scored on PermenPANRB 5/2018, which ships no catalogue.
  const none = await t.graphql(FOR_YEAR, { year: 2020 }, token);
  expect(none.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_FRAMEWORK_FOR_YEAR', params: { year: 2020 } });
});

it('serves the framework in force this year (WIB) when no code is given', async () => {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));
  expect((await framework()).code).toBe(year >= 2026 ? PEMDI : SPBE);
});

it('answers NOT_FOUND for an unknown framework version', async () => {
  const response = await t.graphql(FRAMEWORK, { code: 'PERMENPANRB-5-2018' }, token);
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'FRAMEWORK_NOT_FOUND' });
});

it('is for signed-in users only', async () => {
  const response = await t.graphql(FRAMEWORK, {});
  expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

describe('level names, editable by admins', () => {
  const service = ['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum'];

  it('renames the Layanan domain’s levels and the framework’s, and gives a domain the framework’s names back', async () => {
    const renamed = levels(['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimal']);
    const response = await t.graphql<{ setSpbeLevelNames: Framework }>(
      SET_LEVELS,
      { frameworkCode: SPBE, domainCode: 'D4', levels: [...renamed].reverse() },
      admin,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.setSpbeLevelNames.domains.find((d) => d.code === 'D4')?.maturityLevels).toEqual(renamed);

    const framework = await t.graphql<{ setSpbeLevelNames: Framework }>(
      SET_LEVELS,
      { frameworkCode: PEMDI, levels: levels(['Rintisan', 'Membangun', 'Berkembang', 'Melembaga', 'Unggul']) },
      admin,
    );
    expect(framework.data?.setSpbeLevelNames.maturityLevels[0]).toEqual({ level: 1, name: 'Rintisan', nameEn: null });

    const cleared = await t.graphql<{ setSpbeLevelNames: Framework }>(
      SET_LEVELS,
      { frameworkCode: SPBE, domainCode: 'D4', levels: null },
      admin,
    );
    expect(cleared.data?.setSpbeLevelNames.domains.find((d) => d.code === 'D4')?.maturityLevels).toBeNull();
    await t.graphql(SET_LEVELS, { frameworkCode: SPBE, domainCode: 'D4', levels: levels(service) }, admin);
  });

  it('is refused to coordinators and civil servants, and changes nothing', async () => {
    for (const who of [coordinator, token]) {
      const response = await t.graphql(
        SET_LEVELS,
        { frameworkCode: SPBE, domainCode: 'D4', levels: levels(['a', 'b', 'c', 'd', 'e']) },
        who,
      );
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const [{ names }] = await t.dataSource.query(
      `SELECT maturity_levels -> 0 ->> 'name' AS names FROM spbe_domains WHERE framework_code = $1 AND code = 'D4'`,
      [SPBE],
    );
    expect(names).toBe('Informasi');
  });

  it('refuses four names, a level twice, an empty name, an unknown domain, and removing a framework’s names', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ frameworkCode: SPBE, domainCode: 'D4', levels: levels(service).slice(0, 4) }, 'BAD_USER_INPUT', 'levels'],
      [{ frameworkCode: SPBE, domainCode: 'D4', levels: levels(service).map((l) => ({ ...l, level: 1 })) }, 'BAD_USER_INPUT', 'levels'],
      [{ frameworkCode: SPBE, levels: levels(['', 'b', 'c', 'd', 'e']) }, 'BAD_USER_INPUT', 'levels.0.name'],
      [{ frameworkCode: SPBE, levels: null }, 'BAD_USER_INPUT', 'levels'],
      [{ frameworkCode: PEMDI, domainCode: 'D1', levels: levels(service) }, 'NOT_FOUND', ''],
    ];
    for (const [variables, code, field] of cases) {
      const response = await t.graphql(SET_LEVELS, variables, admin);
      const extensions = response.errors?.[0].extensions as { code: string; fields?: Array<{ field: string }> } | undefined;
      expect([code, field, extensions?.code, field ? extensions?.fields?.[0]?.field : '']).toEqual([code, field, code, field]);
    }
  });
});

it('is seeded once per framework: a restart leaves edited names alone, and a database without Pemdi gets it', async () => {
  await t.dataSource.query(
    `UPDATE spbe_indicators SET name = 'Layanan Publik Sektor Kesehatan' WHERE code = 'I45' AND framework_code = $1`,
    [SPBE],
  );
  // A database made before Pemdi shipped.
  await t.dataSource.query('DELETE FROM spbe_frameworks WHERE code = $1', [PEMDI]);
  await t.app.get(SpbeCatalogueSeeder).seed();
  await t.app.get(SpbeCatalogueSeeder).seed();
  const [row] = await t.dataSource.query(
    `SELECT (SELECT name FROM spbe_indicators WHERE code = 'I45' AND framework_code = $1) AS name,
            (SELECT count(*)::int FROM spbe_indicators WHERE framework_code = $1) AS spbe,
            (SELECT count(*)::int FROM spbe_indicators WHERE framework_code = $2) AS pemdi,
            (SELECT count(*)::int FROM spbe_aspects WHERE framework_code = $2 AND domain_id IS NULL) AS "pemdiAspects"`,
    [SPBE, PEMDI],
  );
  expect(row).toEqual({ name: 'Layanan Publik Sektor Kesehatan', spbe: 47, pemdi: 20, pemdiAspects: 7 });
});
