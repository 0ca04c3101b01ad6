import { downloadCsv, expectRegionExportAccess, parseCsv } from '../../test/csv-export';
import { StatementCounter } from '../../test/statement-counter';
import { createTestApp, type TestApp } from '../../test/test-app';

const ADOPT =
  'mutation ($regionCode: String!, $playbookId: ID!) { adoptPlaybook(regionCode: $regionCode, playbookId: $playbookId) { id steps { stepKey title } } }';
const UPDATE = 'mutation ($input: UpdateAdoptionStepInput!) { updateAdoptionStep(input: $input) { status } }';

type Account = { user: { id: string }; token: string };
type Adopted = { adoptPlaybook: { id: string; steps: Array<{ stepKey: string; title: string }> } };
let t: TestApp;
let coordinator: Account;
let otherCoordinator: Account;
let admin: Account;
let learner: Account;
let steps: Array<{ stepKey: string; title: string }>;
let playbookTitle: string;

beforeAll(async () => {
  t = await createTestApp({ seedContent: true });
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
  otherCoordinator = await t.createUser({ email: 'lain@example.id', roles: ['COORDINATOR'] });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  learner = await t.createUser({ email: 'asn@example.id', regionCode: '32.08' });
  const [{ id: playbookId, title }] = await t.dataSource.query(
    `SELECT i.id, r.title FROM content_items i JOIN content_revisions r ON r.id = i.published_revision_id WHERE i.type = 'PLAYBOOK' ORDER BY i.id LIMIT 1`,
  );
  playbookTitle = title;
  const adopted = await t.graphql<Adopted>(ADOPT, { regionCode: '32.08', playbookId }, coordinator.token);
  expect(adopted.errors).toBeUndefined();
  steps = adopted.data!.adoptPlaybook.steps;
  const input = { adoptionId: adopted.data!.adoptPlaybook.id, stepKey: steps[0].stepKey, version: 0 };
  const done = await t.graphql(
    UPDATE,
    { input: { ...input, status: 'DONE', owner: '@Sekda', evidenceNote: 'SK "Bupati"\nNomor 12', doneOn: '2026-11-20' } },
    coordinator.token,
  );
  expect(done.errors).toBeUndefined();
  const elsewhere = await t.graphql<Adopted>(ADOPT, { regionCode: '32.73', playbookId }, otherCoordinator.token);
  expect(elsewhere.errors).toBeUndefined();
});
afterAll(() => t.close());

const PATH = '/exports/replication-trackers.csv?region=32.08';

it('only the region’s coordinators and admins may download its trackers', async () => {
  await expectRegionExportAccess(t, PATH, {
    coordinator: coordinator.token,
    admin: admin.token,
    learner: learner.token,
    otherCoordinator: otherCoordinator.token,
  });
});

it('lists each adopted playbook’s steps, progress as a rate, formulas neutralised', async () => {
  const file = await downloadCsv(t, PATH, coordinator.token);
  expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(file.text, ';');
  expect(rows[0].slice(0, 6)).toEqual(['Playbook', 'Diadopsi pada', 'Kemajuan', 'Langkah', 'Judul langkah', 'Status']);
  expect(rows).toHaveLength(1 + steps.length);
  const percent = `${Math.round(100 / steps.length)}%`;
  expect([rows[1][0], rows[1][2], rows[1][3], rows[1][4], rows[1][5], rows[1][6], rows[1][8], rows[1][11]]).toEqual([
    playbookTitle,
    percent,
    '1',
    steps[0].title,
    'Selesai',
    "'@Sekda",
    '2026-11-20',
    'SK "Bupati"\nNomor 12',
  ]);
  expect(rows[2][5]).toBe('Belum mulai');
  const english = parseCsv((await downloadCsv(t, `${PATH}&lang=en`, admin.token)).text, ',');
  expect(english[0][0]).toBe('Playbook');
  expect(english[1][5]).toBe('Done');
});

it('reads only the region’s adoptions', async () => {
  const counter = new StatementCounter(t.dataSource);
  const { statements } = await counter.during(() => downloadCsv(t, PATH, coordinator.token));
  const reads = statements.filter((sql) => /FROM "playbook_adoptions"/.test(sql));
  expect(reads.length).toBeGreaterThan(0);
  for (const sql of reads) expect(sql).toMatch(/region_code"? = \$1|"id" IN/);
  for (const sql of statements.filter((s) => /FROM "adoption_steps"/.test(s))) expect(sql).toMatch(/"adoption_id" IN/);
});
