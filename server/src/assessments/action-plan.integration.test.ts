import { createTestApp, type TestApp } from '../../test/test-app';

const SAVE_ASSESSMENT = 'mutation ($input: SaveAssessmentInput!) { saveSpbeAssessment(input: $input) { id } }';
const SAVE_PLAN = 'mutation ($input: SaveActionPlanInput!) { saveSpbeActionPlan(input: $input) { id } }';
const LATEST = `query ($regionCode: String!) {
  latestSpbeActionPlan(regionCode: $regionCode) { items { indicatorCode fromLevel toLevel owner dueDate } }
}`;

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let otherCoordinator: Account;
let assessmentId: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  otherCoordinator = await t.createUser({ email: 'lain@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  const saved = await t.graphql<{ saveSpbeAssessment: { id: string } }>(
    SAVE_ASSESSMENT,
    { input: { regionCode: '32.08', year: 2025, levels: [] } },
    coordinator.token,
  );
  expect(saved.errors).toBeUndefined();
  assessmentId = saved.data!.saveSpbeAssessment.id;
});
afterAll(() => t.close());

describe('saving an action plan', () => {
  const raise = (indicatorCode: string, fromLevel: number, owner: string, dueDate: string | null = null) => ({
    indicatorCode,
    fromLevel,
    toLevel: fromLevel + 1,
    owner,
    dueDate,
  });

  it('keeps one item per indicator, read back largest gain first', async () => {
    // I42, I43 and I46 weigh 3 % each; I01 weighs less. Sent one raise per level, out of order.
    const items = [
      raise('I01', 1, 'Bappeda'),
      raise('I43', 3, 'Sekretariat'),
      raise('I46', 1, 'Diskominfo', '2026-03-31'),
      raise('I42', 3, 'Inspektorat'),
      raise('I46', 2, 'Diskominfo', '2026-09-30'),
      raise('I46', 3, 'Diskominfo', '2026-06-30'),
    ];
    const saved = await t.graphql(SAVE_PLAN, { input: { assessmentId, target: 3.5, items } }, coordinator.token);
    expect(saved.errors).toBeUndefined();
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM spbe_action_plan_items');
    expect(count).toBe(4);
    const latest = await t.graphql<{ latestSpbeActionPlan: { items: unknown[] } }>(LATEST, { regionCode: '32.08' }, coordinator.token);
    expect(latest.data?.latestSpbeActionPlan.items).toEqual([
      { indicatorCode: 'I46', fromLevel: 1, toLevel: 4, owner: 'Diskominfo', dueDate: '2026-09-30' },
      { indicatorCode: 'I42', fromLevel: 3, toLevel: 4, owner: 'Inspektorat', dueDate: null },
      { indicatorCode: 'I43', fromLevel: 3, toLevel: 4, owner: 'Sekretariat', dueDate: null },
      { indicatorCode: 'I01', fromLevel: 1, toLevel: 2, owner: 'Bappeda', dueDate: null },
    ]);
  });

  it("refuses another region's coordinator, for saving and for reading", async () => {
    const saved = await t.graphql(
      SAVE_PLAN,
      { input: { assessmentId, target: 3.5, items: [raise('I42', 3, 'x')] } },
      otherCoordinator.token,
    );
    // Saving names the assessment by id: NOT_FOUND; reading names the region: FORBIDDEN (issue 12).
    expect(saved.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ASSESSMENT_NOT_FOUND' });
    const latest = await t.graphql(LATEST, { regionCode: '32.08' }, otherCoordinator.token);
    expect(latest.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
