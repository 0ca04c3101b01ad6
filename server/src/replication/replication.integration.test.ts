import { createTestApp, type TestApp } from '../../test/test-app';
import { AdoptionStep, PlaybookAdoption } from './replication.entities';

const ADOPT =
  'mutation ($regionCode: String!, $playbookId: ID!) { adoptPlaybook(regionCode: $regionCode, playbookId: $playbookId) { id } }';
const STEPS =
  'query ($id: ID!) { playbookAdoption(id: $id) { region { name } playbook { id } steps { stepKey position title status version expectedEvidence } } }';
const UPDATE = 'mutation ($input: UpdateAdoptionStepInput!) { updateAdoptionStep(input: $input) { status version doneOn evidenceNote } }';

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let otherCoordinator: Account;
let learner: Account;
let playbookId: string;
let adoptionId: string;
let steps: Array<{ stepKey: string; version: number }>;

beforeAll(async () => {
  t = await createTestApp({ seedContent: true });
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  otherCoordinator = await t.createUser({ email: 'lain@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  learner = await t.createUser({ email: 'asn@example.id', regionCode: '32.08' });
  [{ id: playbookId }] = await t.dataSource.query(`SELECT id FROM content_items WHERE type = 'PLAYBOOK' LIMIT 1`);
});
afterAll(() => t.close());

it('a coordinator adopts a playbook for their region, once', async () => {
  const adopted = await t.graphql<{ adoptPlaybook: { id: string } }>(ADOPT, { regionCode: '32.08', playbookId }, coordinator.token);
  expect(adopted.errors).toBeUndefined();
  adoptionId = adopted.data!.adoptPlaybook.id;
  const again = await t.graphql(ADOPT, { regionCode: '32.08', playbookId }, coordinator.token);
  expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ADOPTED' });
  expect(await t.dataSource.getRepository(PlaybookAdoption).count()).toBe(1);
  expect((await t.graphql(ADOPT, { regionCode: '32.08', playbookId }, otherCoordinator.token)).errors?.[0].extensions?.reason).toBe(
    'NOT_YOUR_REGION',
  );
  expect((await t.graphql(ADOPT, { regionCode: '32.08', playbookId }, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('lists the playbook’s steps, all not started, for the region’s own people', async () => {
  const response = await t.graphql<{
    playbookAdoption: { region: { name: string }; steps: Array<{ stepKey: string; position: number; status: string; version: number }> };
  }>(STEPS, { id: adoptionId }, learner.token);
  expect(response.data?.playbookAdoption.region.name).toBe('Kabupaten Kuningan');
  steps = response.data!.playbookAdoption.steps;
  expect(steps.length).toBeGreaterThanOrEqual(8);
  expect(new Set(response.data!.playbookAdoption.steps.map((s) => s.status))).toEqual(new Set(['NOT_STARTED']));
  const outsider = await t.createUser({ email: 'luar@example.id', regionCode: '32.73' });
  expect((await t.graphql(STEPS, { id: adoptionId }, outsider.token)).errors?.[0].extensions?.reason).toBe('ADOPTION_NOT_FOUND');
});

it('refuses DONE without evidence and BLOCKED without a reason, nothing written', async () => {
  const base = { adoptionId, stepKey: steps[0].stepKey, version: 0, owner: 'Sekda' };
  const done = await t.graphql(UPDATE, { input: { ...base, status: 'DONE' } }, coordinator.token);
  expect(done.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EVIDENCE_REQUIRED' });
  const blocked = await t.graphql(UPDATE, { input: { ...base, status: 'BLOCKED' } }, coordinator.token);
  expect(blocked.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(await t.dataSource.getRepository(AdoptionStep).count()).toBe(0);
});

it('records progress with versions: a stale update is a CONFLICT', async () => {
  const base = { adoptionId, stepKey: steps[0].stepKey, owner: 'Sekretaris Daerah' };
  const started = await t.graphql<{ updateAdoptionStep: { status: string; version: number } }>(
    UPDATE,
    { input: { ...base, status: 'IN_PROGRESS', version: 0 } },
    coordinator.token,
  );
  expect(started.data?.updateAdoptionStep).toMatchObject({ status: 'IN_PROGRESS', version: 1 });
  expect(
    (await t.graphql(UPDATE, { input: { ...base, status: 'IN_PROGRESS', version: 0 } }, coordinator.token)).errors?.[0].extensions?.reason,
  ).toBe('STALE_VERSION');
  const done = await t.graphql<{ updateAdoptionStep: { status: string; doneOn: string; evidenceNote: string } }>(
    UPDATE,
    { input: { ...base, status: 'DONE', version: 1, evidenceNote: 'SK Bupati Nomor 12/2026 ditandatangani', doneOn: '2026-11-20' } },
    coordinator.token,
  );
  expect(done.data?.updateAdoptionStep).toMatchObject({
    status: 'DONE',
    doneOn: '2026-11-20',
    evidenceNote: 'SK Bupati Nomor 12/2026 ditandatangani',
  });
  expect(
    (await t.graphql(UPDATE, { input: { ...base, status: 'DONE', version: 2, evidenceNote: 'x' } }, otherCoordinator.token)).errors?.[0]
      .extensions?.reason,
  ).toBe('ADOPTION_NOT_FOUND');
});

it('the matrix shows which regions replicate which services and how far they are', async () => {
  await t.graphql(
    UPDATE,
    {
      input: {
        adoptionId,
        stepKey: steps[1].stepKey,
        owner: 'Diskominfo',
        status: 'BLOCKED',
        blockedReason: 'Anggaran belum tersedia',
        version: 0,
      },
    },
    coordinator.token,
  );
  const response = await t.graphql<{
    replicationMatrix: Array<{ region: { code: string }; stepsDone: number; stepsBlocked: number; stepsTotal: number }>;
  }>('{ replicationMatrix(provinceCode: "32") { region { code } playbook { id } stepsDone stepsBlocked stepsTotal } }', {}, learner.token);
  expect(response.data?.replicationMatrix).toEqual([
    { region: { code: '32.08' }, playbook: { id: playbookId }, stepsDone: 1, stepsBlocked: 1, stepsTotal: steps.length },
  ]);
});
