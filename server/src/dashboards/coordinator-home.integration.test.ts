import { createTestApp, type TestApp } from '../../test/test-app';
import { submittedPemdiEvaluation } from '../assessments/region-spbe.test-helpers';
import { firstLessonKey, moduleDraft, publish } from '../content/content.test-helpers';

const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';
const COMPLETE = 'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { completedAt } }';
const HOME = `query ($frameworkCode: String) { coordinatorHome(frameworkCode: $frameworkCode) {
  coordinatesAllRegions frameworkCode
  regions { region { code name } activeLearnersThisMonth completionsThisMonth completionsTotal sessionsHeld openActionItems
    latestValue { frameworkCode year value kind } target evaluationStatus evaluationYear }
} }`;
const SPBE = 'PERMENPANRB-59-2020';
const PEMDI = 'PERMENPANRB-8-2026';

interface Summary {
  region: { code: string; name: string };
  activeLearnersThisMonth: number;
  completionsThisMonth: number;
  completionsTotal: number;
  sessionsHeld: number;
  openActionItems: number;
  latestValue: { frameworkCode: string; year: number; value: number; kind: string } | null;
  target: number;
  evaluationStatus?: string;
  evaluationYear?: number;
}
type Home = { coordinatorHome: { coordinatesAllRegions: boolean; frameworkCode: string; regions: Summary[] } };
type Account = { user: { id: string }; token: string };

let t: TestApp;
let kuningan: Account;
let majalengka: Account;
let province: Account;
let admin: Account;
let wulan: Account;

const give = (account: Account, code: string) =>
  t.dataSource.query('INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, $2)', [account.user.id, code]);

beforeAll(async () => {
  t = await createTestApp();
  kuningan = await t.createUser({ email: 'koord.kuningan@example.id', roles: ['COORDINATOR'] });
  majalengka = await t.createUser({ email: 'koord.majalengka@example.id', roles: ['COORDINATOR'] });
  province = await t.createUser({ email: 'koord.jabar@example.id', roles: ['COORDINATOR'] });
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'], regionCode: '32' });
  await give(kuningan, '32.08');
  await give(majalengka, '32.10');
  await give(province, '32');
  const mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  wulan = await t.createUser({ email: 'wulan@example.id', regionCode: '32.08' });
  const euis = await t.createUser({ email: 'euis@example.id', regionCode: '32.08' });

  // Wulan completes a module this month; Euis completed one 40 days ago (an earlier month) and has not been active since.
  const item = (
    await publish(
      t,
      mentor.token,
      reviewer.token,
      'MODULE',
      moduleDraft({ title: 'Satu', lessons: [{ position: 1, title: 'a', body: 'b' }] }),
    )
  ).itemId;
  await t.graphql(ENROL, { itemId: item }, wulan.token);
  await t.graphql(COMPLETE, { itemId: item, lessonKey: await firstLessonKey(t, item) }, wulan.token);
  await t.dataSource.query(
    `INSERT INTO enrolments (user_id, item_id, enrolled_at, completed_at) VALUES ($1, $2, now() - interval '50 days', now() - interval '40 days')`,
    [euis.user.id, item],
  );

  // Kuningan: two held sessions, three action items of which one is done.
  const [{ id: pairId }] = await t.dataSource.query(
    `INSERT INTO mentoring_pairs (mentor_id, mentee_kind, region_code, goals, start_date, end_date, created_by)
     VALUES ($1, 'LEARNER', '32.08', 'x', current_date, current_date + 30, $2) RETURNING id`,
    [mentor.user.id, kuningan.user.id],
  );
  const sessions: Array<{ id: string }> = await t.dataSource.query(
    `INSERT INTO mentoring_sessions (pair_id, starts_at, duration_minutes, place, agenda, created_by)
     VALUES ($1, now() - interval '3 days', 60, 'Aula', 'x', $2), ($1, now() - interval '1 day', 60, 'Aula', 'y', $2) RETURNING id`,
    [pairId, mentor.user.id],
  );
  await t.dataSource.query(`UPDATE mentoring_sessions SET status = 'HELD' WHERE pair_id = $1`, [pairId]);
  await t.dataSource.query(
    `INSERT INTO mentoring_action_items (session_id, text, owner_id) VALUES ($1, 'a', $3), ($1, 'b', $3), ($2, 'c', $3)`,
    [sessions[0].id, sessions[1].id, wulan.user.id],
  );
  await t.dataSource.query(`UPDATE mentoring_action_items SET done_at = now() WHERE text = 'b'`);

  // Kuningan: a final SPBE 2024 self-assessment and a 2025 draft, nothing on Pemdi (the current framework).
  await t.dataSource.query(
    `INSERT INTO spbe_assessments (region_code, year, framework_code, status, index_value, updated_by, finalized_at)
     VALUES ('32.08', 2024, $1, 'FINAL', 2.91, $2, now()), ('32.08', 2025, $1, 'DRAFT', NULL, $2, NULL)`,
    [SPBE, kuningan.user.id],
  );
  await t.dataSource.query(
    `INSERT INTO spbe_assessments (region_code, year, framework_code, status, index_value, updated_by, finalized_at)
     VALUES ('32.10', 2024, $1, 'FINAL', 3.12, $2, now())`,
    [SPBE, majalengka.user.id],
  );
  // Majalengka also submitted its Pemdi 2026 evaluation, every indicator at 3.27 (no evidence accepted: simulated 1.00).
  await submittedPemdiEvaluation(t, '32.10', 2026, 327, majalengka.user.id);
  // Jawa Barat's targets: 3.5 on SPBE 59/2020 (from the seed), 4.0 on Pemdi.
  await t.dataSource.query(
    `INSERT INTO spbe_targets (province_code, year, framework_code, target) VALUES ('32', 2026, $1, 4.0)
     ON CONFLICT (province_code, framework_code, year) DO UPDATE SET target = excluded.target`,
    [PEMDI],
  );
}, 300_000);
afterAll(() => t.close());

it('gives the coordinator of a region its figures, from the trigger-kept totals', async () => {
  const response = await t.graphql<Home>(HOME, {}, kuningan.token);
  expect(response.errors).toBeUndefined();
  expect(response.data?.coordinatorHome).toEqual({
    coordinatesAllRegions: false,
    frameworkCode: PEMDI,
    regions: [
      {
        region: { code: '32.08', name: 'Kabupaten Kuningan' },
        activeLearnersThisMonth: 1,
        completionsThisMonth: 1,
        completionsTotal: 2,
        sessionsHeld: 2,
        openActionItems: 2,
        // Its SPBE 2024 index (2.91) is not a Pemdi value: no current value, and Pemdi's target.
        latestValue: null,
        target: 4,
        evaluationStatus: 'NONE',
        evaluationYear: expect.any(Number),
      },
    ],
  });
});

it('shows a region’s Pemdi evaluation as its current value, with its kind and year, against the Pemdi target', async () => {
  const response = await t.graphql<Home>(HOME, {}, majalengka.token);
  expect(response.errors).toBeUndefined();
  expect(response.data?.coordinatorHome.regions[0]).toMatchObject({
    latestValue: { frameworkCode: PEMDI, year: 2026, value: 3.27, kind: 'SELF_ASSESSED' },
    target: 4,
  });
});

it('says where each region’s assessment of this year stands on the home’s framework', async () => {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));
  const pemdi = (await t.graphql<Home>(HOME, {}, province.token)).data?.coordinatorHome.regions ?? [];
  const status = (regions: Summary[], code: string) => regions.find((summary) => summary.region.code === code);
  // Majalengka sent its Indeks Pemerintah Digital evaluation; Kuningan has not opened one.
  expect(status(pemdi, '32.10')).toMatchObject({ evaluationStatus: year === 2026 ? 'SUBMITTED' : 'NONE', evaluationYear: year });
  expect(status(pemdi, '32.08')).toMatchObject({ evaluationStatus: 'NONE', evaluationYear: year });
  await t.dataSource.query(
    `INSERT INTO spbe_assessments (region_code, year, framework_code, status, updated_by) VALUES ('32.08', $1, $2, 'DRAFT', $3)`,
    [year, SPBE, kuningan.user.id],
  );
  const spbe = (await t.graphql<Home>(HOME, { frameworkCode: SPBE }, kuningan.token)).data?.coordinatorHome.regions ?? [];
  expect(status(spbe, '32.08')).toMatchObject({ evaluationStatus: 'DRAFT', evaluationYear: year });
});

it('shows the values and target of the framework asked for', async () => {
  const kuninganHome = (await t.graphql<Home>(HOME, { frameworkCode: SPBE }, kuningan.token)).data?.coordinatorHome;
  expect(kuninganHome?.frameworkCode).toBe(SPBE);
  // The final 2024 self-assessment, not the 2025 draft (which has no index).
  expect(kuninganHome?.regions[0]).toMatchObject({
    latestValue: { frameworkCode: SPBE, year: 2024, value: 2.91, kind: 'SELF_ASSESSED' },
    target: 3.5,
  });
  const majalengkaHome = (await t.graphql<Home>(HOME, { frameworkCode: SPBE }, majalengka.token)).data?.coordinatorHome;
  expect(majalengkaHome?.regions[0].latestValue).toEqual({ frameworkCode: SPBE, year: 2024, value: 3.12, kind: 'SELF_ASSESSED' });
});

it('answers NOT_FOUND for a framework that does not exist', async () => {
  const response = await t.graphql<Home>(HOME, { frameworkCode: 'PERMENPANRB-0-1999' }, kuningan.token);
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'FRAMEWORK_NOT_FOUND' });
});

it('shows another region’s coordinator only their own region', async () => {
  const response = await t.graphql<Home>(HOME, {}, majalengka.token);
  expect(response.data?.coordinatorHome.regions.map((row) => row.region.code)).toEqual(['32.10']);
  expect(response.data?.coordinatorHome.regions[0]).toMatchObject({
    completionsTotal: 0,
    sessionsHeld: 0,
    openActionItems: 0,
  });
});

it('covers a province’s kabupaten/kota for a coordinator given the province', async () => {
  const regions = (await t.graphql<Home>(HOME, {}, province.token)).data?.coordinatorHome.regions ?? [];
  expect(regions).toHaveLength(27);
  expect(regions.find((row) => row.region.code === '32.08')?.completionsTotal).toBe(2);
});

it('lists no regions for an admin who was given none, and says they coordinate all', async () => {
  const response = await t.graphql<Home>(HOME, {}, admin.token);
  expect(response.errors).toBeUndefined();
  expect(response.data?.coordinatorHome).toEqual({ coordinatesAllRegions: true, frameworkCode: PEMDI, regions: [] });
});

it('refuses learners and anonymous callers', async () => {
  expect((await t.graphql(HOME, {}, wulan.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await t.graphql(HOME, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
