import { createTestApp, type TestApp } from '../../test/test-app';
import { moduleDraft, publish } from '../content/content.test-helpers';

const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';
const COMPLETE = 'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { completedAt } }';
const OVERVIEW = `query { provinceOverview(provinceCode: "32") {
  target rows { region { code } learners activeLearners30d enrolments completions completionRate sessionsHeld actionItemsOpen actionItemsDone playbookStepsDone latestIndex }
  medians { figure median of }
} }`;

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let admin: Account;
let wulan: Account;
let budi: Account;
let outsider: Account;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08')`, [coordinator.user.id]);
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'], regionCode: '32' });
  const mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], regionCode: '32.11' });
  const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'], regionCode: '32.11' });
  wulan = await t.createUser({ email: 'wulan@example.id', regionCode: '32.08' });
  await t.createUser({ email: 'euis@example.id', regionCode: '32.08' });
  budi = await t.createUser({ email: 'budi@example.id', regionCode: '32.04' });
  outsider = await t.createUser({ email: 'luar@example.id', regionCode: '32.73' });

  // Known data: Wulan (Kuningan) enrols in two modules and completes one; Budi (Kab. Bandung) enrols in one.
  const first = (
    await publish(
      t,
      mentor.token,
      reviewer.token,
      'MODULE',
      moduleDraft({ title: 'Satu', lessons: [{ position: 1, title: 'a', body: 'b' }] }),
    )
  ).itemId;
  const second = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Dua' }))).itemId;
  await t.graphql(ENROL, { itemId: first }, wulan.token);
  await t.graphql(ENROL, { itemId: second }, wulan.token);
  await t.graphql(ENROL, { itemId: first }, budi.token);
  const [{ key }] = (await t.dataSource.query(
    `SELECT body->'lessons'->0->>'key' AS key FROM content_revisions WHERE title = 'Satu'`,
  )) as Array<{ key: string }>;
  await t.graphql(COMPLETE, { itemId: first, lessonKey: key }, wulan.token);

  // A held session in Kuningan with two action items, one done; a playbook step done.
  const [{ id: pairId }] = await t.dataSource.query(
    `INSERT INTO mentoring_pairs (mentor_id, mentee_kind, region_code, goals, start_date, end_date, created_by)
     VALUES ($1, 'LEARNER', '32.08', 'x', current_date, current_date + 30, $2) RETURNING id`,
    [mentor.user.id, coordinator.user.id],
  );
  const [{ id: sessionId }] = await t.dataSource.query(
    `INSERT INTO mentoring_sessions (pair_id, starts_at, duration_minutes, place, agenda, created_by) VALUES ($1, now(), 60, 'Aula', 'x', $2) RETURNING id`,
    [pairId, mentor.user.id],
  );
  await t.dataSource.query(`UPDATE mentoring_sessions SET status = 'HELD' WHERE id = $1`, [sessionId]);
  await t.dataSource.query(`INSERT INTO mentoring_action_items (session_id, text, owner_id) VALUES ($1, 'a', $2), ($1, 'b', $2)`, [
    sessionId,
    wulan.user.id,
  ]);
  await t.dataSource.query(`UPDATE mentoring_action_items SET done_at = now() WHERE text = 'b'`);
  await t.dataSource.query(
    `INSERT INTO spbe_published_scores (scope, region_code, year, index_value, source) VALUES ('REGION', '32.08', 2024, 2.91, 'Demo uji')`,
  );
});
afterAll(() => t.close());

it('the province overview counts exactly, from the trigger-kept totals', async () => {
  const response = await t.graphql<{
    provinceOverview: {
      rows: Array<Record<string, unknown> & { region: { code: string } }>;
      medians: Array<{ figure: string; median: number; of: number }>;
    };
  }>(OVERVIEW, {}, admin.token);
  expect(response.errors).toBeUndefined();
  const rows = response.data!.provinceOverview.rows;
  expect(rows).toHaveLength(27);
  expect(rows.find((row) => row.region.code === '32.08')).toEqual({
    region: { code: '32.08' },
    learners: 2,
    activeLearners30d: 1,
    enrolments: 2,
    completions: 1,
    completionRate: 0.5,
    sessionsHeld: 1,
    actionItemsOpen: 1,
    actionItemsDone: 1,
    playbookStepsDone: 0,
    latestIndex: 2.91,
  });
  expect(rows.find((row) => row.region.code === '32.04')).toMatchObject({
    learners: 1,
    activeLearners30d: 1,
    enrolments: 1,
    completions: 0,
  });
  // 27 regions, two with learners: the median of learners is 0. Latest indices: Kuningan's 2.91 and
  // Sumedang's shipped 4.51 (2024), so the median is 3.71 over 2.
  const medians = Object.fromEntries(response.data!.provinceOverview.medians.map((m) => [m.figure, [m.median, m.of]]));
  expect(medians.learners).toEqual([0, 27]);
  expect(medians.latestIndex).toEqual([3.71, 2]);
});

it('a coordinator sees only the regions they coordinate; learners not at all', async () => {
  const response = await t.graphql<{ provinceOverview: { rows: Array<{ region: { code: string } }> } }>(OVERVIEW, {}, coordinator.token);
  expect(response.data?.provinceOverview.rows.map((row) => row.region.code)).toEqual(['32.08']);
  expect((await t.graphql(OVERVIEW, {}, wulan.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('a region’s page gives its rank and the province median, and monthly trends; for its own people', async () => {
  const QUERY =
    'query { regionDashboard(regionCode: "32.08") { row { enrolments } benchmarks { figure median rank of } monthly { month enrolments completions sessionsHeld } } }';
  const response = await t.graphql<{
    regionDashboard: {
      benchmarks: Array<{ figure: string; rank: number; median: number; of: number }>;
      monthly: Array<{ month: string; enrolments: number; completions: number; sessionsHeld: number }>;
    };
  }>(QUERY, {}, wulan.token);
  expect(response.errors).toBeUndefined();
  const enrolments = response.data!.regionDashboard.benchmarks.find((b) => b.figure === 'enrolments');
  expect(enrolments).toEqual({ figure: 'enrolments', median: 0, rank: 1, of: 27 });
  const monthly = response.data!.regionDashboard.monthly;
  expect(monthly).toHaveLength(12);
  expect(monthly[11]).toMatchObject({ enrolments: 2, completions: 1, sessionsHeld: 1 });
  expect((await t.graphql(QUERY, {}, outsider.token)).errors?.[0].extensions?.reason).toBe('NOT_YOUR_REGION');
  expect((await t.graphql(QUERY, {}, coordinator.token)).errors).toBeUndefined();
});

it('exports the overview as CSV with a BOM, for the same people only, formatted as on screen', async () => {
  const download = (token?: string, query = '') =>
    fetch(`${t.url}/exports/province-overview.csv?province=32${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const response = await download(coordinator.token);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = (await response.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  // Indonesian by default: semicolons, decimal commas and rates in percent, as the page shows them.
  expect(lines[0]).toBe(
    '"Kode";"Wilayah";"ASN terdaftar";"ASN aktif 30 hari";"Pendaftaran modul";"Modul selesai";"Tingkat penyelesaian";"Sesi mentoring";"Tindak lanjut terbuka";"Tindak lanjut selesai";"Langkah playbook selesai";"Indeks SPBE terakhir";"Target"',
  );
  expect(lines.slice(1)).toEqual(['"32.08";"Kabupaten Kuningan";"2";"1";"2";"1";"50%";"1";"1";"1";"0";"2,91";"3,50"']);
  const english = (await (await download(coordinator.token, '&lang=en')).text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(english[0]).toMatch(/^"Code","Region",/);
  expect(english[1]).toBe('"32.08","Kabupaten Kuningan","2","1","2","1","50%","1","1","1","0","2.91","3.50"');
  const commas = (await (await download(coordinator.token, '&delimiter=comma')).text()).trim().split('\r\n');
  expect(commas[1]).toBe('"32.08","Kabupaten Kuningan","2","1","2","1","50%","1","1","1","0","2,91","3,50"');
  expect((await download(coordinator.token, '&delimiter=tab')).status).toBe(400);
  expect((await download(wulan.token)).status).toBe(403);
  expect((await download()).status).toBe(401);
});
