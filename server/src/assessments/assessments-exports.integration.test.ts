import { downloadCsv, expectRegionExportAccess, parseCsv } from '../../test/csv-export';
import { StatementCounter } from '../../test/statement-counter';
import { createTestApp, type TestApp } from '../../test/test-app';

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let otherCoordinator: Account;
let admin: Account;
let learner: Account;
let indicators: Array<{ id: number; code: string; name: string }>;
let frameworkCode: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  otherCoordinator = await t.createUser({ email: 'lain@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  learner = await t.createUser({ email: 'asn@example.id', regionCode: '32.08' });
  [{ code: frameworkCode }] = await t.dataSource.query('SELECT code FROM spbe_frameworks ORDER BY code LIMIT 1');
  indicators = await t.dataSource.query('SELECT id, code, name FROM spbe_indicators WHERE framework_code = $1 ORDER BY number LIMIT 2', [
    frameworkCode,
  ]);
  const insert = async (regionCode: string, year: number, status: string, index: number | null) =>
    (
      await t.dataSource.query(
        `INSERT INTO spbe_assessments (region_code, year, framework_code, status, index_value, predicate, updated_by, finalized_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          regionCode,
          year,
          frameworkCode,
          status,
          index,
          index === null ? null : 'Baik',
          coordinator.user.id,
          index === null ? null : '2025-12-01T01:00:00Z',
        ],
      )
    )[0].id as string;
  const final = await insert('32.08', 2025, 'FINAL', 3.05);
  await t.dataSource.query(
    `INSERT INTO spbe_assessment_levels (assessment_id, indicator_id, level, evidence_url, note) VALUES ($1, $2, 3, 'https://x.id/a', '=1+1'), ($1, $3, 4, NULL, 'Rapat "tim"\nSPBE')`,
    [final, indicators[0].id, indicators[1].id],
  );
  await insert('32.08', 2026, 'DRAFT', null);
  const elsewhere = await insert('32.73', 2025, 'FINAL', 2.5);
  await t.dataSource.query(
    `INSERT INTO spbe_assessment_levels (assessment_id, indicator_id, level, note) VALUES ($1, $2, 1, 'kota lain')`,
    [elsewhere, indicators[0].id],
  );
});
afterAll(() => t.close());

const PATH = '/exports/spbe-assessments.csv?region=32.08';

it('only the region’s coordinators and admins may download its assessments', async () => {
  await expectRegionExportAccess(t, PATH, {
    coordinator: coordinator.token,
    admin: admin.token,
    learner: learner.token,
    otherCoordinator: otherCoordinator.token,
  });
});

it('lists the region’s assessments with indicator levels; index with a decimal comma in Indonesian', async () => {
  const file = await downloadCsv(t, PATH, coordinator.token);
  expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(file.text, ';');
  expect(rows[0]).toEqual([
    'Tahun',
    'Kerangka',
    'Status',
    'Indeks',
    'Predikat',
    'Difinalkan pada',
    'Kode indikator',
    'Indikator',
    'Tingkat',
    'Tautan bukti',
    'Catatan',
  ]);
  expect(rows.slice(1)).toEqual([
    ['2026', frameworkCode, 'Draf', '', '', '', '', '', '', '', ''],
    [
      '2025',
      frameworkCode,
      'Final',
      '3,05',
      'Baik',
      '2025-12-01 08:00',
      indicators[0].code,
      indicators[0].name,
      '3',
      'https://x.id/a',
      "'=1+1",
    ],
    [
      '2025',
      frameworkCode,
      'Final',
      '3,05',
      'Baik',
      '2025-12-01 08:00',
      indicators[1].code,
      indicators[1].name,
      '4',
      '',
      'Rapat "tim"\nSPBE',
    ],
  ]);
  const english = parseCsv((await downloadCsv(t, `${PATH}&lang=en`, admin.token)).text, ',');
  expect(english[0][3]).toBe('Index');
  expect(english[2].slice(2, 4)).toEqual(['Final', '3.05']);
});

it('reads only the region’s assessments', async () => {
  const counter = new StatementCounter(t.dataSource);
  const { statements } = await counter.during(() => downloadCsv(t, PATH, coordinator.token));
  const reads = statements.filter((sql) => /FROM "spbe_assessments"/.test(sql));
  expect(reads.length).toBeGreaterThan(0);
  for (const sql of reads) expect(sql).toMatch(/region_code"? = \$1/);
  const levelReads = statements.filter((sql) => /FROM "spbe_assessment_levels"/.test(sql));
  expect(levelReads.length).toBe(1);
  expect(levelReads[0]).toMatch(/"assessment_id" IN/);
});
