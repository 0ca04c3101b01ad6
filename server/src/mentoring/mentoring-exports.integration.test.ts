import { downloadCsv, expectRegionExportAccess, parseCsv } from '../../test/csv-export';
import { StatementCounter } from '../../test/statement-counter';
import { createTestApp, type TestApp } from '../../test/test-app';

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let otherCoordinator: Account;
let admin: Account;
let siti: Account;

async function pairWithSession(regionCode: string, mentorId: string, menteeId: string, agenda: string, place: string): Promise<string> {
  const [{ id: pairId }] = await t.dataSource.query(
    `INSERT INTO mentoring_pairs (mentor_id, mentee_kind, region_code, goals, start_date, end_date, created_by)
     VALUES ($1, 'LEARNER', $2, 'x', current_date, current_date + 30, $1) RETURNING id`,
    [mentorId, regionCode],
  );
  await t.dataSource.query('INSERT INTO mentoring_pair_members (pair_id, user_id) VALUES ($1, $2)', [pairId, menteeId]);
  const [{ id: sessionId }] = await t.dataSource.query(
    `INSERT INTO mentoring_sessions (pair_id, starts_at, duration_minutes, place, agenda, created_by, status)
     VALUES ($1, '2026-03-02T02:00:00Z', 90, $2, $3, $4, 'HELD') RETURNING id`,
    [pairId, place, agenda, mentorId],
  );
  return sessionId;
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  otherCoordinator = await t.createUser({ email: 'lain@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  const mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], fullName: 'Mentor Sumedang' });
  siti = await t.createUser({ email: 'siti@example.id', regionCode: '32.08', fullName: 'Siti "Ina"\nPutri' });
  const outsider = await t.createUser({ email: 'luar@example.id', regionCode: '32.73' });
  const sessionId = await pairWithSession('32.08', mentor.user.id, siti.user.id, 'Bahas "SPBE"\nlanjutan', '=cmd|calc');
  await t.dataSource.query(
    `INSERT INTO mentoring_action_items (session_id, text, owner_id, due_date) VALUES ($1, '+62 telepon', $2, '2026-03-09'), ($1, 'Selesai', $2, NULL)`,
    [sessionId, siti.user.id],
  );
  await t.dataSource.query(`UPDATE mentoring_action_items SET done_at = '2026-03-03T03:00:00Z' WHERE text = 'Selesai'`);
  const elsewhere = await pairWithSession('32.73', mentor.user.id, outsider.user.id, 'Rahasia kota lain', 'Aula');
  await t.dataSource.query(`INSERT INTO mentoring_action_items (session_id, text, owner_id) VALUES ($1, 'Kota lain', $2)`, [
    elsewhere,
    outsider.user.id,
  ]);
});
afterAll(() => t.close());

const SESSIONS = '/exports/mentoring-sessions.csv?region=32.08';
const ACTION_ITEMS = '/exports/mentoring-action-items.csv?region=32.08';

it.each([SESSIONS, ACTION_ITEMS])('only the region’s coordinators and admins may download %s', async (path) => {
  await expectRegionExportAccess(t, path, {
    coordinator: coordinator.token,
    admin: admin.token,
    learner: siti.token,
    otherCoordinator: otherCoordinator.token,
  });
});

it('lists the region’s sessions only, in WIB, with formulas neutralised and quotes and newlines kept', async () => {
  const file = await downloadCsv(t, SESSIONS, coordinator.token);
  expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(file.disposition).toBe('attachment; filename="sesi-mentoring-32.08.csv"');
  const rows = parseCsv(file.text, ';');
  expect(rows[0][0]).toBe('Mulai (WIB)');
  expect(rows.slice(1)).toEqual([
    ['2026-03-02 09:00', '90', 'Mentor Sumedang', 'Siti "Ina"\nPutri', 'Terlaksana', "'=cmd|calc", '', 'Bahas "SPBE"\nlanjutan', '1', '1'],
  ]);
  const english = parseCsv((await downloadCsv(t, `${SESSIONS}&lang=en`, admin.token)).text, ',');
  expect(english[0][0]).toBe('Starts (WIB)');
  expect(english[1][4]).toBe('Held');
});

it('lists the region’s action items only', async () => {
  const rows = parseCsv((await downloadCsv(t, `${ACTION_ITEMS}&delimiter=comma`, coordinator.token)).text, ',');
  expect(rows[0]).toEqual(['Tindak lanjut', 'Penanggung jawab', 'Tenggat', 'Selesai pada', 'Sesi (WIB)', 'Status sesi', 'Mentor']);
  expect(rows.slice(1).sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
    ["'+62 telepon", 'Siti "Ina"\nPutri', '2026-03-09', '', '2026-03-02 09:00', 'Terlaksana', 'Mentor Sumedang'],
    ['Selesai', 'Siti "Ina"\nPutri', '', '2026-03-03 10:00', '2026-03-02 09:00', 'Terlaksana', 'Mentor Sumedang'],
  ]);
});

it('reads sessions and action items through the region’s pairs only', async () => {
  const counter = new StatementCounter(t.dataSource);
  for (const path of [SESSIONS, ACTION_ITEMS]) {
    const { statements } = await counter.during(() => downloadCsv(t, path, coordinator.token));
    const reads = statements.filter((sql) => /FROM "mentoring_(sessions|action_items)"/.test(sql));
    expect(reads.length).toBeGreaterThan(0);
    for (const sql of reads) expect(sql).toMatch(/region_code"? = \$1|session_id = ANY/);
  }
});
