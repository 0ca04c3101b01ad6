import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES } from '../../test/file-fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';

const ADOPT =
  'mutation ($regionCode: String!, $playbookId: ID!) { adoptPlaybook(regionCode: $regionCode, playbookId: $playbookId) { id } }';
const STEPS = 'query ($id: ID!) { playbookAdoption(id: $id) { steps { stepKey status version evidenceFileName evidenceFilePath } } }';
const UPDATE = 'mutation ($input: UpdateAdoptionStepInput!) { updateAdoptionStep(input: $input) { status version } }';

type Account = { user: { id: string }; token: string };
let t: TestApp;
let folder: string;
let coordinator: Account;
let otherCoordinator: Account;
let learner: Account;
let outsider: Account;
let adoptionId: string;
let stepKey: string;

const files = () => readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());

async function upload(token: string, content: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), name);
  const response = await fetch(`${t.url}/api/evidence/replication/${adoptionId}/${stepKey}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as { reason?: string; evidenceFileName?: string } };
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'livinglab-replication-files-'));
  t = await createTestApp({ seedContent: true, fileStorage: { kind: 'folder', directory: folder } });
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  otherCoordinator = await t.createUser({ email: 'lain@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  learner = await t.createUser({ email: 'asn@example.id', regionCode: '32.08' });
  outsider = await t.createUser({ email: 'luar@example.id', regionCode: '32.73' });
  const [{ id: playbookId }] = await t.dataSource.query(`SELECT id FROM content_items WHERE type = 'PLAYBOOK' LIMIT 1`);
  const adopted = await t.graphql<{ adoptPlaybook: { id: string } }>(ADOPT, { regionCode: '32.08', playbookId }, coordinator.token);
  adoptionId = adopted.data!.adoptPlaybook.id;
  const steps = await t.graphql<{ playbookAdoption: { steps: Array<{ stepKey: string }> } }>(STEPS, { id: adoptionId }, coordinator.token);
  stepKey = steps.data!.playbookAdoption.steps[0].stepKey;
});
afterAll(() => t.close());

it('a step takes an uploaded file as evidence: coordinators of the region upload, the region downloads, strangers get 404', async () => {
  expect((await upload(otherCoordinator.token, FIXTURES.pdf, 'sk.pdf')).status).toBe(404);
  expect((await upload(learner.token, FIXTURES.pdf, 'sk.pdf')).status).toBe(404);
  expect((await upload(coordinator.token, FIXTURES.exe, 'sk.pdf')).body.reason).toBe('FILE_TYPE_NOT_ALLOWED');
  expect(files()).toHaveLength(0);

  const first = await upload(coordinator.token, FIXTURES.pdf, 'SK Tim.pdf');
  expect(first).toMatchObject({ status: 201, body: { evidenceFileName: 'SK Tim.pdf' } });
  // A file is evidence enough for DONE.
  const steps = await t.graphql<{ playbookAdoption: { steps: Array<{ stepKey: string; version: number; evidenceFilePath: string }> } }>(
    STEPS,
    { id: adoptionId },
    coordinator.token,
  );
  const step = steps.data!.playbookAdoption.steps[0];
  const done = await t.graphql(
    UPDATE,
    { input: { adoptionId, stepKey, version: step.version, status: 'DONE', owner: 'Sekda' } },
    coordinator.token,
  );
  expect(done.errors).toBeUndefined();

  for (const account of [coordinator, learner]) {
    const response = await fetch(`${t.url}${step.evidenceFilePath}`, { headers: { authorization: `Bearer ${account.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
  }
  for (const account of [outsider, otherCoordinator]) {
    expect((await fetch(`${t.url}${step.evidenceFilePath}`, { headers: { authorization: `Bearer ${account.token}` } })).status).toBe(404);
  }

  // A new file replaces the old one, which is deleted: one file in the store.
  expect((await upload(coordinator.token, FIXTURES.png, 'foto.png')).body.evidenceFileName).toBe('foto.png');
  expect(files()).toHaveLength(1);
});
