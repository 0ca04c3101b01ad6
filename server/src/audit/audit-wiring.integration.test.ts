import { createTestApp, type TestApp } from '../../test/test-app';
import { moduleDraft, publish } from '../content/content.test-helpers';

/** Each wired action writes its event in its own transaction; a refused one writes none. */
let t: TestApp;
let adminToken: string;
let adminId: string;

interface Row {
  action: string;
  actor_email: string | null;
  subject_type: string;
  subject_id: string;
  region_code: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const eventsOf = (subjectId: string): Promise<Row[]> =>
  t.dataSource.query('SELECT * FROM audit_events WHERE subject_id = $1 ORDER BY id', [subjectId]);

beforeAll(async () => {
  t = await createTestApp({ seedContent: true });
  const admin = await t.createUser({ email: 'admin@wiring.test', roles: ['ADMIN'] });
  adminToken = admin.token;
  adminId = admin.user.id;
});

afterAll(() => t.close());

it('records role changes, coordinated regions, deactivation and reactivation, with before and after', async () => {
  const { user } = await t.createUser({ email: 'someone@wiring.test', regionCode: '32.11' });
  const roles = await t.graphql<{ setUserRoles: { version: number } }>(
    'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { version } }',
    { input: { userId: user.id, roles: ['LEARNER', 'COORDINATOR'], version: user.version } },
    adminToken,
  );
  expect(roles.errors).toBeUndefined();
  const regions = await t.graphql(
    'mutation ($input: SetCoordinatorRegionsInput!) { setCoordinatorRegions(input: $input) { version } }',
    { input: { userId: user.id, regionCodes: ['32.04'], version: roles.data?.setUserRoles.version } },
    adminToken,
  );
  expect(regions.errors).toBeUndefined();
  const active = 'mutation ($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }';
  expect((await t.graphql(active, { input: { userId: user.id, active: false } }, adminToken)).errors).toBeUndefined();
  expect((await t.graphql(active, { input: { userId: user.id, active: false } }, adminToken)).errors).toBeUndefined(); // no change: no event
  expect((await t.graphql(active, { input: { userId: user.id, active: true } }, adminToken)).errors).toBeUndefined();

  const events = await eventsOf(user.id);
  expect(events.map((event) => event.action)).toEqual([
    'user.roles-changed',
    'user.coordinated-regions-changed',
    'user.deactivated',
    'user.reactivated',
  ]);
  expect(events.every((event) => event.actor_email === 'admin@wiring.test' && event.region_code === '32.11')).toBe(true);
  expect(events[0]).toMatchObject({ before: { roles: ['LEARNER'] }, after: { roles: ['LEARNER', 'COORDINATOR'] } });
  expect(events[1]).toMatchObject({ before: { regionCodes: [] }, after: { regionCodes: ['32.04'] } });
});

it('writes no event when the change is refused (stale version: the transaction rolls back)', async () => {
  const { user } = await t.createUser({ email: 'stale@wiring.test' });
  const stale = await t.graphql(
    'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { version } }',
    { input: { userId: user.id, roles: ['LEARNER', 'MENTOR'], version: user.version + 5 } },
    adminToken,
  );
  expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(await eventsOf(user.id)).toEqual([]);
});

it('records a reset link sent by an admin and a password change, never the hash', async () => {
  const { user, token } = await t.createUser({ email: 'reset@wiring.test' });
  const sent = await t.graphql(
    'mutation ($input: SendPasswordResetLinkInput!) { sendPasswordResetLink(input: $input) }',
    { input: { userId: user.id } },
    adminToken,
  );
  expect(sent.errors).toBeUndefined();
  const changed = await t.graphql(
    'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { token } }',
    { input: { currentPassword: 'test-password-123', newPassword: 'kopi-tubruk-sumedang-2026!' } },
    token,
  );
  expect(changed.errors).toBeUndefined();
  const events = await eventsOf(user.id);
  expect(events.map((event) => [event.action, event.actor_email])).toEqual([
    ['auth.password-reset-link-sent', 'admin@wiring.test'],
    ['auth.password-changed', 'reset@wiring.test'],
  ]);
  expect(JSON.stringify(events)).not.toMatch(/argon2|\$argon/);
});

it('records submitting and publishing content, naming the reviewer', async () => {
  const author = await t.createUser({ email: 'author@wiring.test', roles: ['MENTOR'] });
  const reviewer = await t.createUser({ email: 'reviewer@wiring.test', roles: ['MENTOR'] });
  const published = await publish(t, author.token, reviewer.token, 'MODULE', moduleDraft());
  const events = await eventsOf(published.revisionId);
  expect(events.map((event) => [event.action, event.actor_email])).toEqual([
    ['content.submitted', 'author@wiring.test'],
    ['content.published', 'reviewer@wiring.test'],
  ]);
  expect(events[1]).toMatchObject({ subject_type: 'ContentRevision', before: { status: 'IN_REVIEW' }, after: { status: 'PUBLISHED' } });
  expect(adminId).toBeTruthy();
});

it('records a saved self-assessment and a replication step update, with only the changed fields', async () => {
  const coordinator = await t.createUser({ email: 'koord@wiring.test', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08')`, [coordinator.user.id]);
  const saved = await t.graphql<{ saveSpbeAssessment: { id: string } }>(
    'mutation ($input: SaveAssessmentInput!) { saveSpbeAssessment(input: $input) { id } }',
    { input: { regionCode: '32.08', year: 2025, levels: [{ indicatorCode: 'I01', level: 3, note: '' }] } },
    coordinator.token,
  );
  expect(saved.errors).toBeUndefined();
  const [assessmentEvent] = await eventsOf(saved.data?.saveSpbeAssessment.id ?? '');
  expect(assessmentEvent).toMatchObject({ action: 'assessment.saved', actor_email: 'koord@wiring.test', region_code: '32.08' });
  expect(assessmentEvent.after).toMatchObject({ year: 2025, levels: ['I01=3'] });

  const [{ id: playbookId }] = await t.dataSource.query(`SELECT id FROM content_items WHERE type = 'PLAYBOOK' LIMIT 1`);
  const adopted = await t.graphql<{ adoptPlaybook: { id: string } }>(
    'mutation ($regionCode: String!, $playbookId: ID!) { adoptPlaybook(regionCode: $regionCode, playbookId: $playbookId) { id } }',
    { regionCode: '32.08', playbookId },
    coordinator.token,
  );
  const adoptionId = adopted.data?.adoptPlaybook.id ?? '';
  const steps = await t.graphql<{ playbookAdoption: { steps: Array<{ stepKey: string }> } }>(
    'query ($id: ID!) { playbookAdoption(id: $id) { steps { stepKey } } }',
    { id: adoptionId },
    coordinator.token,
  );
  const stepKey = steps.data?.playbookAdoption.steps[0].stepKey ?? '';
  const update = 'mutation ($input: UpdateAdoptionStepInput!) { updateAdoptionStep(input: $input) { version } }';
  const started = await t.graphql<{ updateAdoptionStep: { version: number } }>(
    update,
    { input: { adoptionId, stepKey, version: 0, status: 'IN_PROGRESS', owner: 'Sekda' } },
    coordinator.token,
  );
  expect(started.errors).toBeUndefined();
  const stale = await t.graphql(
    update,
    { input: { adoptionId, stepKey, version: 0, status: 'IN_PROGRESS', owner: 'Sekda' } },
    coordinator.token,
  );
  expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  const events = await eventsOf(`${adoptionId}/${stepKey}`);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    action: 'replication.step-updated',
    region_code: '32.08',
    before: { status: 'NOT_STARTED' },
    after: { status: 'IN_PROGRESS', owner: 'Sekda' },
  });
});
