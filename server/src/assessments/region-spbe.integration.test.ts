import { PemdiCatalogue1796187499752 } from '../../../migrations/1796187499752-PemdiCatalogue';
import { createTestApp, type TestApp } from '../../test/test-app';
import { SpbeCatalogueSeeder } from '../spbe';
import { PublishedScoresSeeder } from './published-scores.seeder';
import { finalSpbeAssessment, submittedPemdiEvaluation } from './region-spbe.test-helpers';

const SPBE = 'PERMENPANRB-59-2020';
const PEMDI = 'PERMENPANRB-8-2026';
const OLD = 'PERMENPANRB-5-2018';

const VALUE = 'frameworkCode year value kind';
const SUMMARY = `query ($regionCode: String!, $framework: String) {
  regionSpbe(regionCode: $regionCode, frameworkCode: $framework) {
    frameworkCode framework { code } target targetYear targetIsDefault gapToTarget
    latestValue { ${VALUE} } latestOfficial { ${VALUE} } latestSelfAssessed { ${VALUE} } latestSimulated { ${VALUE} }
    published { year index frameworkCode kind demo source } benchmarks { scope year index frameworkCode kind }
    selfAssessed { year frameworkCode index } aspectScores { code }
    history { frameworkCode values { ${VALUE} } }
  }
}`;
const SET_TARGET = `mutation ($framework: String, $year: Int, $target: Float!, $version: Int) {
  setSpbeTarget(provinceCode: "32", frameworkCode: $framework, year: $year, target: $target, version: $version) { provinceCode frameworkCode year target version }
}`;
const TARGETS = 'query ($framework: String) { spbeTargets(provinceCode: "32", frameworkCode: $framework) { frameworkCode year target } }';
const RECORD = `mutation ($input: RecordPublishedScoreInput!) { recordPublishedSpbeScore(input: $input) { year frameworkCode kind } }`;

type Value = { frameworkCode: string; year: number; value: number; kind: string };
interface Summary {
  frameworkCode: string;
  framework: { code: string };
  target: number;
  targetYear: number | null;
  targetIsDefault: boolean;
  gapToTarget: number | null;
  latestValue: Value | null;
  latestOfficial: Value | null;
  latestSelfAssessed: Value | null;
  latestSimulated: Value | null;
  published: Array<{ year: number; index: number; frameworkCode: string; kind: string; demo: boolean; source: string }>;
  benchmarks: Array<{ scope: string; year: number; index: number; frameworkCode: string; kind: string }>;
  selfAssessed: Array<{ year: number; frameworkCode: string; index: number }>;
  aspectScores: Array<{ code: string }>;
  history: Array<{ frameworkCode: string; values: Value[] }>;
}

type Account = { user: { id: string }; token: string };
let t: TestApp;
let admin: Account;
let coordinator: Account;
let otherCoordinator: Account;
let learner: Account;
let outsider: Account;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'], regionCode: '32' });
  otherCoordinator = await t.createUser({ email: 'koord.lain@example.id', roles: ['COORDINATOR'], regionCode: '32.73' });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.11'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  learner = await t.createUser({ email: 'asn@example.id', regionCode: '32.11' });
  outsider = await t.createUser({ email: 'asn.lain@example.id', regionCode: '32.73' });
});
afterAll(() => t.close());

async function summary(framework: string | null, token = coordinator.token, regionCode = '32.11'): Promise<Summary> {
  const response = await t.graphql<{ regionSpbe: Summary }>(SUMMARY, { regionCode, framework }, token);
  expect(response.errors).toBeUndefined();
  return response.data!.regionSpbe;
}

describe('published values per framework', () => {
  it('ships Sumedang’s values each on its framework: 2019-2020 on PermenPANRB 5/2018, 2021-2024 on 59/2020; sources named', async () => {
    const rows: Array<{ year: number; framework_code: string; source: string }> = await t.dataSource.query(
      `SELECT year, framework_code, source FROM spbe_published_scores WHERE region_code = '32.11' AND scope = 'REGION' ORDER BY year`,
    );
    expect(rows.map((row) => [row.year, row.framework_code])).toEqual([
      [2019, OLD],
      [2020, OLD],
      [2021, SPBE],
      [2022, SPBE],
      [2024, SPBE],
    ]);
    expect(rows[0].source).toContain('sumber nilai ini tidak ditemukan');
    expect(rows[2].source).toContain('KepmenPANRB 1503/2021');
    expect(rows[3].source).toContain('KepmenPANRB 108/2023');
    expect(rows[4].source).toContain('KepmenPANRB 663/2024');
  });

  it('labels Jawa Barat 4.14 and the kab/kota average 3.38 as 2023 (KepmenPANRB 13/2024)', async () => {
    const rows: Array<{ scope: string; year: number; index_value: string; source: string }> = await t.dataSource.query(
      `SELECT scope, year, index_value, source FROM spbe_published_scores WHERE region_code = '32' ORDER BY scope, year`,
    );
    expect(rows.map((row) => [row.scope, row.year, Number(row.index_value)])).toEqual([
      ['REGION', 2022, 3.37],
      ['REGION', 2023, 4.14],
      ['PROVINCE_KABKOTA_AVERAGE', 2023, 3.38],
    ]);
    expect(rows.slice(1).every((row) => row.source.includes('KepmenPANRB 13/2024'))).toBe(true);
  });

  it('the region page on SPBE shows SPBE values only, labelled OFFICIAL, and the averages of that framework', async () => {
    const spbe = await summary(SPBE);
    expect(spbe.frameworkCode).toBe(SPBE);
    expect(spbe.published.map((p) => [p.year, p.index, p.frameworkCode, p.kind])).toEqual([
      [2021, 3.52, SPBE, 'OFFICIAL'],
      [2022, 3.84, SPBE, 'OFFICIAL'],
      [2024, 4.51, SPBE, 'OFFICIAL'],
    ]);
    expect(spbe.benchmarks.every((b) => b.frameworkCode === SPBE && b.kind === 'OFFICIAL')).toBe(true);
    expect(spbe.benchmarks).toContainEqual({
      scope: 'PROVINCE_KABKOTA_AVERAGE',
      year: 2023,
      index: 3.38,
      frameworkCode: SPBE,
      kind: 'OFFICIAL',
    });
    expect(spbe.latestOfficial).toEqual({ frameworkCode: SPBE, year: 2024, value: 4.51, kind: 'OFFICIAL' });
    // West Java's SPBE target of 3.5 stays as the history of 2025.
    expect([spbe.target, spbe.targetYear, spbe.targetIsDefault, spbe.gapToTarget]).toEqual([3.5, 2025, false, 0]);
  });

  it('on Pemdi (the default from 2026) there are no official values yet and no target set', async () => {
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));
    expect((await summary(null)).frameworkCode).toBe(year >= 2026 ? PEMDI : SPBE);
    const pemdi = await summary(PEMDI);
    expect(pemdi).toMatchObject({
      framework: { code: PEMDI },
      published: [],
      benchmarks: [],
      latestValue: null,
      target: 3.5,
      targetYear: null,
      targetIsDefault: true,
      gapToTarget: null,
    });
  });

  it('records an official value on the framework of its year; another framework is an input error and nothing is stored', async () => {
    const input = { regionCode: '32.11', year: 2025, index: 4.6, source: 'Uji' };
    const recorded = await t.graphql<{ recordPublishedSpbeScore: { year: number; frameworkCode: string; kind: string } }>(
      RECORD,
      { input },
      coordinator.token,
    );
    expect(recorded.data?.recordPublishedSpbeScore).toEqual({ year: 2025, frameworkCode: SPBE, kind: 'OFFICIAL' });
    const wrong = await t.graphql(RECORD, { input: { ...input, year: 2026, frameworkCode: SPBE } }, coordinator.token);
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_FRAMEWORK_FOR_YEAR',
      fields: [{ field: 'year' }],
    });
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM spbe_published_scores WHERE region_code = '32.11' AND year = 2026`,
    );
    expect(count).toBe(0);
    await t.dataSource.query(`DELETE FROM spbe_published_scores WHERE region_code = '32.11' AND year = 2025`);
  });
});

describe('self-assessed beside official, per framework', () => {
  beforeAll(async () => {
    await finalSpbeAssessment(t, '32.11', 2024, 3, admin.user.id);
    await submittedPemdiEvaluation(t, '32.11', 2026, 321, admin.user.id);
  });

  it('a self-assessment never replaces the official value of its year: both are shown, each labelled', async () => {
    const spbe = await summary(SPBE);
    expect(spbe.latestValue).toEqual({ frameworkCode: SPBE, year: 2024, value: 4.51, kind: 'OFFICIAL' });
    expect(spbe.latestSelfAssessed).toEqual({ frameworkCode: SPBE, year: 2024, value: 3, kind: 'SELF_ASSESSED' });
    expect(spbe.selfAssessed).toEqual([{ year: 2024, frameworkCode: SPBE, index: 3 }]);
  });

  it('the Pemdi page shows the Pemdi self-assessment only', async () => {
    const pemdi = await summary(PEMDI);
    expect(pemdi.latestValue).toEqual({ frameworkCode: PEMDI, year: 2026, value: 3.21, kind: 'SELF_ASSESSED' });
    expect(pemdi.latestSelfAssessed).toEqual({ frameworkCode: PEMDI, year: 2026, value: 3.21, kind: 'SELF_ASSESSED' });
    // No evidence accepted yet: the simulated index is 1.00, shown apart.
    expect(pemdi.latestSimulated).toEqual({ frameworkCode: PEMDI, year: 2026, value: 1, kind: 'SIMULATED' });
    expect(pemdi.selfAssessed).toEqual([]);
    expect(pemdi.gapToTarget).toBe(0.29);
  });

  it('the history gives one series per framework, oldest first: SPBE history beside the Pemdi present', async () => {
    const { history } = await summary(PEMDI, learner.token);
    expect(history.map((series) => series.frameworkCode)).toEqual([OLD, SPBE, PEMDI]);
    expect(history.every((series) => series.values.every((value) => value.frameworkCode === series.frameworkCode))).toBe(true);
    expect(history[1].values.map((v) => [v.year, v.value, v.kind])).toEqual([
      [2021, 3.52, 'OFFICIAL'],
      [2022, 3.84, 'OFFICIAL'],
      [2024, 4.51, 'OFFICIAL'],
      [2024, 3, 'SELF_ASSESSED'],
    ]);
    expect(history[2].values).toEqual([
      { frameworkCode: PEMDI, year: 2026, value: 3.21, kind: 'SELF_ASSESSED' },
      { frameworkCode: PEMDI, year: 2026, value: 1, kind: 'SIMULATED' },
    ]);
  });

  it('demo values are labelled DEMO, never OFFICIAL', async () => {
    await t.dataSource.query(
      `INSERT INTO spbe_published_scores (scope, region_code, year, framework_code, index_value, source, demo) VALUES ('REGION', '32.73', 2026, '${PEMDI}', 2.2, 'Data demo', true)`,
    );
    const demo = await summary(PEMDI, otherCoordinator.token, '32.73');
    expect(demo.published.map((p) => [p.kind, p.demo])).toEqual([['DEMO', true]]);
    expect(demo.latestOfficial).toBeNull();
    expect(demo.latestValue).toEqual({ frameworkCode: PEMDI, year: 2026, value: 2.2, kind: 'DEMO' });
  });

  it('another region’s coordinator and learners of other regions are refused, and see nothing', async () => {
    for (const token of [otherCoordinator.token, outsider.token]) {
      const response = await t.graphql(SUMMARY, { regionCode: '32.11', framework: PEMDI }, token);
      expect(response.errors?.[0].extensions).toMatchObject({ reason: 'NOT_YOUR_REGION' });
      expect(response.data).toBeNull();
    }
  });
});

describe('targets per framework and year', () => {
  it('an admin sets the Pemdi target for 2026; the SPBE target stays as history', async () => {
    const set = await t.graphql<{ setSpbeTarget: Record<string, unknown> }>(
      SET_TARGET,
      { framework: PEMDI, year: 2026, target: 3.4 },
      admin.token,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setSpbeTarget).toEqual({ provinceCode: '32', frameworkCode: PEMDI, year: 2026, target: 3.4, version: 1 });
    const changed = await t.graphql<{ setSpbeTarget: { target: number; version: number } }>(
      SET_TARGET,
      { framework: PEMDI, year: 2026, target: 3.6, version: 1 },
      admin.token,
    );
    expect(changed.data?.setSpbeTarget).toMatchObject({ target: 3.6, version: 2 });
    const pemdi = await summary(PEMDI);
    expect([pemdi.target, pemdi.targetYear, pemdi.targetIsDefault, pemdi.gapToTarget]).toEqual([3.6, 2026, false, 0.39]);
    const spbe = await summary(SPBE);
    expect([spbe.target, spbe.targetYear]).toEqual([3.5, 2025]);
    const history = await t.graphql<{ spbeTargets: unknown[] }>(TARGETS, { framework: SPBE }, admin.token);
    expect(history.data?.spbeTargets).toEqual([{ frameworkCode: SPBE, year: 2025, target: 3.5 }]);
  });

  it('the same target again without a version, or with a stale one, is a conflict', async () => {
    for (const version of [null, 1]) {
      const response = await t.graphql(SET_TARGET, { framework: PEMDI, year: 2026, target: 3.9, version }, admin.token);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    }
  });

  it('refuses a year the framework does not cover, an unknown framework and a target outside 1-5; nothing is stored', async () => {
    const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [
        { framework: PEMDI, year: 2025, target: 3 },
        { code: 'BAD_USER_INPUT', reason: 'NO_FRAMEWORK_FOR_YEAR', fields: [{ field: 'year' }] },
      ],
      [
        { framework: SPBE, year: 2026, target: 3 },
        { code: 'BAD_USER_INPUT', reason: 'NO_FRAMEWORK_FOR_YEAR' },
      ],
      [
        { framework: OLD, year: 2020, target: 3 },
        { code: 'NOT_FOUND', reason: 'FRAMEWORK_NOT_FOUND' },
      ],
      [
        { framework: PEMDI, year: 2027, target: 5.5 },
        { code: 'BAD_USER_INPUT', fields: [{ field: 'target' }] },
      ],
    ];
    for (const [variables, expected] of cases) {
      const response = await t.graphql(SET_TARGET, variables, admin.token);
      expect(response.errors?.[0].extensions).toMatchObject(expected);
    }
    const rows = await t.dataSource.query(`SELECT framework_code, year FROM spbe_targets WHERE province_code = '32' ORDER BY year`);
    expect(rows).toEqual([
      { framework_code: SPBE, year: 2025 },
      { framework_code: PEMDI, year: 2026 },
    ]);
  });

  it('coordinators (of the province too) and civil servants may not set or list targets', async () => {
    await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32')`, [otherCoordinator.user.id]);
    for (const token of [coordinator.token, otherCoordinator.token, learner.token]) {
      const set = await t.graphql(SET_TARGET, { framework: PEMDI, year: 2027, target: 4 }, token);
      expect(set.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.graphql(TARGETS, { framework: PEMDI }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.graphql(SET_TARGET, { framework: PEMDI, year: 2027, target: 4 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM spbe_targets WHERE year = 2027`);
    expect(count).toBe(0);
  });
});

describe('a database made before both frameworks (data migration)', () => {
  it('moves the 2024-labelled Jawa Barat values to 2023, names each value’s framework, and keeps the 3.5 target as SPBE 2025', async () => {
    const migration = new PemdiCatalogue1796187499752();
    const runner = t.dataSource.createQueryRunner();
    try {
      await t.dataSource.query('DELETE FROM spbe_targets');
      await t.dataSource.query('DELETE FROM pemdi_evaluations');
      await migration.down(runner);
      await t.dataSource.query(`DELETE FROM spbe_frameworks WHERE code = $1`, [PEMDI]);
      // What the first release shipped.
      await t.dataSource.query(`DELETE FROM spbe_published_scores WHERE region_code = '32'`);
      await t.dataSource.query(
        `INSERT INTO spbe_published_scores (scope, region_code, year, index_value, source) VALUES
         ('REGION', '32', 2024, 4.14, 'Hasil evaluasi SPBE 2024, dilaporkan media (target 4,5)'),
         ('PROVINCE_KABKOTA_AVERAGE', '32', 2024, 3.38, 'Rata-rata kabupaten/kota Jawa Barat 2024, dilaporkan media (target 3,8)')`,
      );
      await t.dataSource.query(`INSERT INTO spbe_targets (province_code, target) VALUES ('32', 3.5)`);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const scores = await t.dataSource.query(
      `SELECT scope, year, framework_code, source FROM spbe_published_scores WHERE region_code = '32' ORDER BY scope`,
    );
    expect(scores.map((row: { scope: string; year: number; framework_code: string }) => [row.scope, row.year, row.framework_code])).toEqual(
      [
        ['REGION', 2023, SPBE],
        ['PROVINCE_KABKOTA_AVERAGE', 2023, SPBE],
      ],
    );
    expect(scores.every((row: { source: string }) => row.source.includes('KepmenPANRB 13/2024'))).toBe(true);
    expect(await t.dataSource.query('SELECT province_code, framework_code, year, target::float AS target FROM spbe_targets')).toEqual([
      { province_code: '32', framework_code: SPBE, year: 2025, target: 3.5 },
    ]);
    const [framework] = await t.dataSource.query('SELECT valid_to, revoked_on::text, revoked_by FROM spbe_frameworks WHERE code = $1', [
      SPBE,
    ]);
    expect(framework).toEqual({ valid_to: 2025, revoked_on: '2026-06-05', revoked_by: 'PermenPANRB 8/2026' });
    // The next start seeds Pemdi; the seeders leave everything else as it is.
    await t.app.get(SpbeCatalogueSeeder).seed();
    await t.app.get(PublishedScoresSeeder).seed();
    const pemdi = await summary(PEMDI);
    expect(pemdi.framework.code).toBe(PEMDI);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM spbe_published_scores WHERE region_code = '32'`);
    expect(count).toBe(3);
  });
});
