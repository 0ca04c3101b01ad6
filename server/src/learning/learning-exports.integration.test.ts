import { downloadCsv, expectRegionExportAccess, parseCsv } from '../../test/csv-export';
import { StatementCounter } from '../../test/statement-counter';
import { createTestApp, type TestApp } from '../../test/test-app';
import { firstLessonKey, moduleDraft, publish } from '../content/content.test-helpers';

const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';
const COMPLETE = 'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { completedAt } }';

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let otherCoordinator: Account;
let admin: Account;
let siti: Account;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  otherCoordinator = await t.createUser({ email: 'lain@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  const mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  siti = await t.createUser({ email: 'siti@example.id', regionCode: '32.08', fullName: 'Siti "Ina"\nPutri' });
  await t.createUser({ email: 'rumus@example.id', regionCode: '32.08', fullName: '=HYPERLINK("http://x")' });
  const outsider = await t.createUser({ email: 'luar@example.id', regionCode: '32.73', fullName: 'Orang Luar' });
  const itemId = (
    await publish(
      t,
      mentor.token,
      reviewer.token,
      'MODULE',
      moduleDraft({ title: 'Satu', lessons: [{ position: 1, title: 'a', body: 'b' }] }),
    )
  ).itemId;
  await t.graphql(ENROL, { itemId }, siti.token);
  await t.graphql(ENROL, { itemId }, outsider.token);
  await t.graphql(COMPLETE, { itemId, lessonKey: await firstLessonKey(t, itemId) }, siti.token);
});
afterAll(() => t.close());

const PATH = '/exports/region-learners.csv?region=32.08';

it('only the region’s coordinators and admins may download its learners', async () => {
  await expectRegionExportAccess(t, PATH, {
    coordinator: coordinator.token,
    admin: admin.token,
    learner: siti.token,
    otherCoordinator: otherCoordinator.token,
  });
});

it('writes an Indonesian file by default: BOM, semicolons, 100%, formulas neutralised, quotes and newlines kept', async () => {
  const file = await downloadCsv(t, PATH, coordinator.token);
  expect(file.contentType).toMatch(/^text\/csv; charset=utf-8/);
  expect(file.disposition).toBe('attachment; filename="peserta-32.08.csv"');
  expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(file.text).toContain('"Siti ""Ina""\nPutri";"Diskominfo"');
  const rows = parseCsv(file.text, ';');
  expect(rows[0]).toEqual([
    'Nama',
    'Instansi',
    'Kode wilayah',
    'Pendaftaran modul',
    'Modul selesai',
    'Aktivitas terakhir',
    'Modul',
    'Pelajaran selesai',
    'Jumlah pelajaran',
    'Kemajuan',
    'Modul selesai pada',
  ]);
  // Ordered by name: "=HYPERLINK…" sorts before "Siti…"; the other region's learner is absent.
  expect(rows.slice(1).map((row) => row[0])).toEqual(['\'=HYPERLINK("http://x")', 'Siti "Ina"\nPutri']);
  expect(rows[2].slice(3, 5)).toEqual(['1', '1']);
  expect(rows[2].slice(6, 10)).toEqual(['Satu', '1', '1', '100%']);
  expect(rows[2][10]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  expect(rows[1].slice(6)).toEqual(['', '', '', '', '']);
});

it('writes English with commas, or semicolons when asked; refuses an unknown language', async () => {
  const english = parseCsv((await downloadCsv(t, `${PATH}&lang=en`, admin.token)).text, ',');
  expect(english[0].slice(0, 2)).toEqual(['Name', 'Agency']);
  expect(english[2][9]).toBe('100%');
  const semicolons = await downloadCsv(t, `${PATH}&lang=en&delimiter=semicolon`, admin.token);
  expect(parseCsv(semicolons.text, ';')[0][1]).toBe('Agency');
  const commas = await downloadCsv(t, `${PATH}&delimiter=comma`, admin.token);
  expect(parseCsv(commas.text, ',')[0][1]).toBe('Instansi');
  const bad = await downloadCsv(t, `${PATH}&lang=fr`, admin.token);
  expect([bad.status, bad.error?.reason]).toEqual([400, 'INVALID_INPUT']);
});

it('reads only the region’s learners', async () => {
  const counter = new StatementCounter(t.dataSource);
  const { statements } = await counter.during(() => downloadCsv(t, PATH, coordinator.token));
  const userReads = statements.filter((sql) => /FROM "users"/.test(sql) && /full_name/.test(sql));
  expect(userReads.length).toBeGreaterThan(0);
  for (const sql of userReads) expect(sql).toMatch(/region_code"? = |"id" IN|"id" = /);
  const enrolmentReads = statements.filter((sql) => /FROM "enrolments"/.test(sql));
  expect(enrolmentReads.length).toBeGreaterThan(0);
  for (const sql of enrolmentReads) expect(sql).toMatch(/"user_id" IN|user_id = ANY|"user_id" = /);
});
