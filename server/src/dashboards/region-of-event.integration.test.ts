import { createTestApp, type TestApp } from '../../test/test-app';
import { firstLessonKey, moduleDraft, publish } from '../content/content.test-helpers';

const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';
const COMPLETE = 'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { completedAt } }';
const MOVE = 'mutation ($code: String!) { requestRegionMove(toRegionCode: $code) { id } }';
const APPROVE = 'mutation ($id: ID!) { approveRegionMove(id: $id) { status } }';
const OVERVIEW = `query { provinceOverview(provinceCode: "32") {
  rows { region { code } enrolments completions completionRate sessionsHeld actionItemsOpen actionItemsDone playbookStepsDone }
} }`;
const MONTHLY = 'query ($code: String!) { regionDashboard(regionCode: $code) { monthly { enrolments completions } } }';

type Figures = {
  enrolments: number;
  completions: number;
  completionRate: number;
  sessionsHeld: number;
  actionItemsOpen: number;
  actionItemsDone: number;
  playbookStepsDone: number;
};
type Account = { user: { id: string }; token: string };
let t: TestApp;
let admin: Account;
let wulan: Account;
const modules: Array<{ itemId: string; lessonKey: string }> = [];

/** Kuningan (where Wulan starts) and Kab. Bandung (where she moves). */
const KUNINGAN = '32.08';
const BANDUNG = '32.04';

async function figures(): Promise<Map<string, Figures>> {
  const response = await t.graphql<{ provinceOverview: { rows: Array<Figures & { region: { code: string } }> } }>(
    OVERVIEW,
    {},
    admin.token,
  );
  expect(response.errors).toBeUndefined();
  const rows = response.data!.provinceOverview.rows;
  for (const row of rows) expect(row.completionRate).toBeLessThanOrEqual(1);
  return new Map(rows.map(({ region, ...row }) => [region.code, row]));
}

async function thisMonth(code: string): Promise<{ enrolments: number; completions: number }> {
  const response = await t.graphql<{ regionDashboard: { monthly: Array<{ enrolments: number; completions: number }> } }>(
    MONTHLY,
    { code },
    admin.token,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.regionDashboard.monthly[11];
}

async function complete(account: Account, index: number): Promise<void> {
  const response = await t.graphql(COMPLETE, modules[index], account.token);
  expect(response.errors).toBeUndefined();
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'], regionCode: '32' });
  const mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], regionCode: '32.11' });
  const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'], regionCode: '32.11' });
  wulan = await t.createUser({ email: 'wulan@example.id', regionCode: KUNINGAN });
  for (const title of ['Satu', 'Dua', 'Tiga']) {
    const { itemId } = await publish(
      t,
      mentor.token,
      reviewer.token,
      'MODULE',
      moduleDraft({ title, lessons: [{ position: 1, title: 'a', body: 'b' }] }),
    );
    modules.push({ itemId, lessonKey: await firstLessonKey(t, itemId) });
  }
});
afterAll(() => t.close());

it('a learner who moves keeps her enrolments and their completions in the region she enrolled in', async () => {
  await t.graphql(ENROL, { itemId: modules[0].itemId }, wulan.token);
  await t.graphql(ENROL, { itemId: modules[1].itemId }, wulan.token);
  // Membership is not self-declared: she asks to move and an admin approves.
  const asked = await t.graphql<{ requestRegionMove: { id: string } }>(MOVE, { code: BANDUNG }, wulan.token);
  expect(asked.errors).toBeUndefined();
  const approved = await t.graphql(APPROVE, { id: asked.data?.requestRegionMove.id }, admin.token);
  expect(approved.errors).toBeUndefined();
  const me = await t.graphql<{ me: { regionCode: string } }>('{ me { regionCode } }', {}, wulan.token);
  expect(me.data?.me.regionCode).toBe(BANDUNG);

  // Enrolled in Kuningan, completed after the move: still Kuningan's.
  await complete(wulan, 0);
  let now = await figures();
  expect(now.get(KUNINGAN)).toMatchObject({ enrolments: 2, completions: 1, completionRate: 0.5 });
  expect(now.get(BANDUNG)).toMatchObject({ enrolments: 0, completions: 0, completionRate: 0 });

  // A new enrolment counts where she is now.
  await t.graphql(ENROL, { itemId: modules[2].itemId }, wulan.token);
  await complete(wulan, 2);
  await complete(wulan, 1);
  now = await figures();
  expect(now.get(KUNINGAN)).toMatchObject({ enrolments: 2, completions: 2, completionRate: 1 });
  expect(now.get(BANDUNG)).toMatchObject({ enrolments: 1, completions: 1, completionRate: 1 });
  expect(await thisMonth(KUNINGAN)).toEqual({ enrolments: 2, completions: 2 });
  expect(await thisMonth(BANDUNG)).toEqual({ enrolments: 1, completions: 1 });
});

it('deleting a learner takes her enrolments and completions out of each region’s figures', async () => {
  await t.dataSource.query('DELETE FROM users WHERE id = $1', [wulan.user.id]);
  const now = await figures();
  expect(now.get(KUNINGAN)).toMatchObject({ enrolments: 0, completions: 0 });
  expect(now.get(BANDUNG)).toMatchObject({ enrolments: 0, completions: 0 });
  expect(await thisMonth(KUNINGAN)).toEqual({ enrolments: 0, completions: 0 });
  expect(await thisMonth(BANDUNG)).toEqual({ enrolments: 0, completions: 0 });
});

it('deleting a session, a pair or an adoption takes what it counted out, cascades included', async () => {
  const mentorId = (await t.dataSource.query(`SELECT id FROM users WHERE email = 'mentor@example.id'`))[0].id;
  const pair = async () =>
    (
      await t.dataSource.query(
        `INSERT INTO mentoring_pairs (mentor_id, mentee_kind, region_code, goals, start_date, end_date, created_by)
         VALUES ($1, 'LEARNER', $2, 'x', current_date, current_date + 30, $1) RETURNING id`,
        [mentorId, KUNINGAN],
      )
    )[0].id as string;
  const heldSession = async (pairId: string) => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO mentoring_sessions (pair_id, starts_at, duration_minutes, place, agenda, created_by) VALUES ($1, now(), 60, 'Aula', 'x', $2) RETURNING id`,
      [pairId, mentorId],
    );
    await t.dataSource.query(`UPDATE mentoring_sessions SET status = 'HELD' WHERE id = $1`, [id]);
    await t.dataSource.query(
      `INSERT INTO mentoring_action_items (session_id, text, owner_id, done_at) VALUES ($1, 'a', $2, NULL), ($1, 'b', $2, now())`,
      [id, mentorId],
    );
    return id as string;
  };
  const first = await pair();
  const session = await heldSession(first);
  await heldSession(first);
  const second = await pair();
  await heldSession(second);
  expect((await figures()).get(KUNINGAN)).toMatchObject({ sessionsHeld: 3, actionItemsOpen: 3, actionItemsDone: 3 });

  await t.dataSource.query('DELETE FROM mentoring_sessions WHERE id = $1', [session]);
  expect((await figures()).get(KUNINGAN)).toMatchObject({ sessionsHeld: 2, actionItemsOpen: 2, actionItemsDone: 2 });
  await t.dataSource.query('DELETE FROM mentoring_pairs WHERE id = $1', [first]);
  expect((await figures()).get(KUNINGAN)).toMatchObject({ sessionsHeld: 1, actionItemsOpen: 1, actionItemsDone: 1 });

  const playbook = await t.dataSource.query(`SELECT id FROM content_items LIMIT 1`);
  const [{ id: adoptionId }] = await t.dataSource.query(
    `INSERT INTO playbook_adoptions (region_code, playbook_id, adopted_by) VALUES ($1, $2, $3) RETURNING id`,
    [KUNINGAN, playbook[0].id, mentorId],
  );
  await t.dataSource.query(
    `INSERT INTO adoption_steps (adoption_id, step_key, status, updated_by) VALUES ($1, gen_random_uuid(), 'DONE', $2), ($1, gen_random_uuid(), 'DONE', $2)`,
    [adoptionId, mentorId],
  );
  expect((await figures()).get(KUNINGAN)).toMatchObject({ playbookStepsDone: 2 });
  await t.dataSource.query('DELETE FROM adoption_steps WHERE ctid = (SELECT ctid FROM adoption_steps LIMIT 1)');
  expect((await figures()).get(KUNINGAN)).toMatchObject({ playbookStepsDone: 1 });
  await t.dataSource.query('DELETE FROM playbook_adoptions WHERE id = $1', [adoptionId]);
  expect((await figures()).get(KUNINGAN)).toMatchObject({ playbookStepsDone: 0 });
});
