import { StatementCounter } from '../../test/statement-counter';
import { createTestApp, type TestApp } from '../../test/test-app';
import { moduleDraft, publish } from '../content/content.test-helpers';
import { Certificate } from './certificate.entity';
import { LearningPath } from './learning-path.entity';

const SAVE_PATH = 'mutation ($input: SaveLearningPathInput!) { saveLearningPath(input: $input) { id version } }';
const PATH = `query ($id: ID!) { learningPath(id: $id) { title steps { position locked completed item { id } requires { id } } } }`;
const ENROL = 'mutation ($itemId: ID!, $pathId: ID) { enrol(itemId: $itemId, pathId: $pathId) { enrolled } }';
const COMPLETE = 'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { completedAt } }';
const LEARNERS = `query ($regionCode: String!) {
  regionLearners(regionCode: $regionCode, limit: 10, offset: 0) {
    totalCount items { learner { fullName } enrolments completions modules { progressPercent completedAt } }
  }
}`;

let t: TestApp;
let mentor: { token: string };
let reviewer: { token: string };
let learner: { token: string };
let admin: { token: string };
let moduleA: string;
let moduleB: string;
let moduleC: string;
let pathId: string;

const finish = async (itemId: string, token: string) => {
  await t.graphql(ENROL, { itemId }, token);
  const lessons = await t.graphql<{ contentItem: { publishedRevision: { lessons: Array<{ key: string }> } } }>(
    'query ($id: ID!) { contentItem(id: $id) { publishedRevision { lessons { key } } } }',
    { id: itemId },
    token,
  );
  for (const lesson of lessons.data!.contentItem.publishedRevision.lessons)
    await t.graphql(COMPLETE, { itemId, lessonKey: lesson.key }, token);
};

beforeAll(async () => {
  t = await createTestApp();
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  learner = await t.createUser({ email: 'wulan@example.id', fullName: 'Wulan', regionCode: '32.08' });
  moduleA = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'A: Pengantar' }))).itemId;
  moduleB = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'B: Tata Kelola' }))).itemId;
  moduleC = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'C: Layanan' }))).itemId;
});
afterAll(() => t.close());

describe('learning paths', () => {
  it('a mentor builds a path; each step requires the one before by default', async () => {
    const saved = await t.graphql<{ saveLearningPath: { id: string } }>(
      SAVE_PATH,
      {
        input: {
          title: 'Jalur SPBE Dasar',
          description: 'Tiga modul berurutan.',
          steps: [{ itemId: moduleA }, { itemId: moduleB }, { itemId: moduleC, requiresItemIds: [moduleA] }],
        },
      },
      mentor.token,
    );
    expect(saved.errors).toBeUndefined();
    pathId = saved.data!.saveLearningPath.id;
    const path = await t.graphql<{ learningPath: { steps: Array<{ locked: boolean; requires: Array<{ id: string }> }> } }>(
      PATH,
      { id: pathId },
      learner.token,
    );
    expect(path.data?.learningPath.steps.map((step) => [step.locked, step.requires.map((r) => r.id)])).toEqual([
      [false, []],
      [true, [moduleA]],
      [true, [moduleA]],
    ]);
  });

  it('refuses a step that requires a later module and a duplicate module; learners cannot build paths', async () => {
    const later = await t.graphql(
      SAVE_PATH,
      { input: { title: 'Salah', description: '', steps: [{ itemId: moduleA, requiresItemIds: [moduleB] }, { itemId: moduleB }] } },
      mentor.token,
    );
    expect(later.errors?.[0].extensions?.reason).toBe('INVALID_PREREQUISITE');
    const twice = await t.graphql(
      SAVE_PATH,
      { input: { title: 'Salah', description: '', steps: [{ itemId: moduleA }, { itemId: moduleA }] } },
      mentor.token,
    );
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.getRepository(LearningPath).count()).toBe(1);
    expect(
      (await t.graphql(SAVE_PATH, { input: { title: 'x', description: '', steps: [{ itemId: moduleA }] } }, learner.token)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('a locked module cannot be started through the path until its prerequisites are complete', async () => {
    const locked = await t.graphql(ENROL, { itemId: moduleB, pathId }, learner.token);
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LOCKED' });
    await finish(moduleA, learner.token);
    const unlocked = await t.graphql(ENROL, { itemId: moduleB, pathId }, learner.token);
    expect(unlocked.errors).toBeUndefined();
    const path = await t.graphql<{ learningPath: { steps: Array<{ locked: boolean; completed: boolean }> } }>(
      PATH,
      { id: pathId },
      learner.token,
    );
    expect(path.data?.learningPath.steps.map((step) => [step.completed, step.locked])).toEqual([
      [true, false],
      [false, false],
      [false, false],
    ]);
  });

  it('completing every module of the path issues the path certificate once', async () => {
    await finish(moduleB, learner.token);
    expect(await t.dataSource.getRepository(Certificate).countBy({ pathId })).toBe(0);
    await finish(moduleC, learner.token);
    const certificates = await t.graphql<{ myCertificates: Array<{ kind: string; title: string }> }>(
      '{ myCertificates { kind title } }',
      {},
      learner.token,
    );
    expect(certificates.data?.myCertificates.filter((c) => c.kind === 'PATH')).toEqual([{ kind: 'PATH', title: 'Jalur SPBE Dasar' }]);
    expect(certificates.data?.myCertificates.filter((c) => c.kind === 'MODULE')).toHaveLength(3);
  });

  it('a stale edit of a path gets CONFLICT', async () => {
    const edit = { id: pathId, title: 'Jalur SPBE Dasar (baru)', description: '', steps: [{ itemId: moduleA }], version: 1 };
    expect((await t.graphql(SAVE_PATH, { input: edit }, mentor.token)).errors).toBeUndefined();
    expect((await t.graphql(SAVE_PATH, { input: edit }, mentor.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});

describe('learner home', () => {
  it('shows modules in progress, certificates and recommendations not yet started', async () => {
    const fresh = await t.createUser({ email: 'fresh@example.id' });
    await t.graphql(ENROL, { itemId: moduleA }, fresh.token);
    const home = await t.graphql<{
      learnerHome: { continueLearning: Array<{ itemId: string }>; certificates: unknown[]; recommended: Array<{ id: string }> };
    }>('{ learnerHome { continueLearning { itemId progressPercent } certificates { code } recommended { id } } }', {}, fresh.token);
    expect(home.data?.learnerHome.continueLearning.map((p) => p.itemId)).toEqual([moduleA]);
    expect(home.data?.learnerHome.certificates).toEqual([]);
    expect(new Set(home.data?.learnerHome.recommended.map((item) => item.id))).toEqual(new Set([moduleB, moduleC]));
  });
});

describe('coordinators see the learners of their regions only', () => {
  it('a coordinator of Kuningan sees its learners with progress', async () => {
    const coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'] });
    await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08')`, [coordinator.user.id]);
    const response = await t.graphql<{
      regionLearners: { totalCount: number; items: Array<{ learner: { fullName: string }; enrolments: number; completions: number }> };
    }>(LEARNERS, { regionCode: '32.08' }, coordinator.token);
    expect(response.errors).toBeUndefined();
    expect(response.data?.regionLearners.items).toEqual([
      { learner: { fullName: 'Wulan' }, enrolments: 3, completions: 3, modules: expect.any(Array) },
    ]);
  });

  it('a province coordinator covers its kabupaten/kota', async () => {
    const provincial = await t.createUser({ email: 'prov@example.id', roles: ['COORDINATOR'] });
    await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32')`, [provincial.user.id]);
    expect((await t.graphql(LEARNERS, { regionCode: '32.08' }, provincial.token)).errors).toBeUndefined();
  });

  it('another region’s coordinator, a learner and a mentor are refused; an admin is not', async () => {
    const elsewhere = await t.createUser({ email: 'bandung@example.id', roles: ['COORDINATOR'] });
    await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.73')`, [elsewhere.user.id]);
    expect((await t.graphql(LEARNERS, { regionCode: '32.08' }, elsewhere.token)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_REGION',
    });
    expect((await t.graphql(LEARNERS, { regionCode: '32.08' }, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(LEARNERS, { regionCode: '32.08' }, mentor.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(LEARNERS, { regionCode: '32.08' }, admin.token)).errors).toBeUndefined();
  });
});

describe('lists cost a fixed number of statements, however long', () => {
  let counter: StatementCounter;
  beforeAll(() => {
    counter = new StatementCounter(t.dataSource);
  });
  const statements = async (run: () => Promise<unknown>): Promise<number> => (await counter.during(run)).statements.length;

  it('region learners: one learner or a page of them, each with modules', async () => {
    const query = (limit: number) => `{ regionLearners(regionCode: "32.08", limit: ${limit}, offset: 0) {
      totalCount items { learner { fullName } enrolments lastActivityAt modules { itemId progressPercent item { id } quizzes { quizId } certificate { code } } }
    } }`;
    for (const [index, name] of ['Ade', 'Bayu', 'Cici'].entries()) {
      const someone = await t.createUser({ email: `${name.toLowerCase()}@example.id`, fullName: name, regionCode: '32.08' });
      await finish(moduleA, someone.token);
      if (index > 0) await t.graphql(ENROL, { itemId: moduleB }, someone.token);
    }
    const page = await t.graphql<{ regionLearners: { items: Array<{ learner: { fullName: string }; modules: unknown[] }> } }>(
      query(10),
      {},
      admin.token,
    );
    expect(page.data?.regionLearners.items.map((item) => [item.learner.fullName, item.modules.length])).toEqual([
      ['Ade', 1],
      ['Bayu', 2],
      ['Cici', 2],
      ['Wulan', 3],
    ]);
    // Pages that both need the users' count (a short last page may not): one learner, and three with five modules.
    expect(await statements(() => t.graphql(query(3), {}, admin.token))).toBe(await statements(() => t.graphql(query(1), {}, admin.token)));
  });

  it('learning paths with their steps: one path or several', async () => {
    const query = '{ learningPaths { id steps { position locked completed item { id } requires { id } } } }';
    const one = await statements(() => t.graphql(query, {}, learner.token));
    await t.graphql(
      SAVE_PATH,
      { input: { title: 'Jalur kedua', description: '', steps: [{ itemId: moduleC }, { itemId: moduleB }] } },
      mentor.token,
    );
    const paths = await t.graphql<{ learningPaths: unknown[] }>(query, {}, learner.token);
    expect(paths.data?.learningPaths).toHaveLength(2);
    expect(await statements(() => t.graphql(query, {}, learner.token))).toBe(one);
  });

  it('learner home: one module in progress or several', async () => {
    const moduleD = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'D: Infrastruktur' }))).itemId;
    const someone = await t.createUser({ email: 'home@example.id' });
    const query =
      '{ learnerHome { continueLearning { itemId progressPercent item { id } quizzes { quizId } } certificates { code } recommended { id } } }';
    await t.graphql(ENROL, { itemId: moduleA }, someone.token);
    const one = await statements(() => t.graphql(query, {}, someone.token));
    // B is a locked step in both paths (requires A, then C); D is in none.
    await t.graphql(ENROL, { itemId: moduleC }, someone.token);
    await t.graphql(ENROL, { itemId: moduleD }, someone.token);
    const home = await t.graphql<{ learnerHome: { continueLearning: unknown[]; recommended: unknown[] } }>(query, {}, someone.token);
    expect(home.data?.learnerHome.continueLearning).toHaveLength(3);
    expect(home.data?.learnerHome.recommended).toHaveLength(1);
    expect(await statements(() => t.graphql(query, {}, someone.token))).toBe(one);
  });
});

describe('a locked step enrolled in directly (without the path)', () => {
  let first: string;
  let second: string;
  let elsewhere: string;
  let student: { token: string };

  beforeAll(async () => {
    student = await t.createUser({ email: 'dedi@example.id', fullName: 'Dedi', regionCode: '32.08' });
    first = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'D: Arsitektur' }))).itemId;
    second = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'E: Aplikasi' }))).itemId;
    elsewhere = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'F: Keamanan' }))).itemId;
    const saved = await t.graphql(
      SAVE_PATH,
      { input: { title: 'Jalur Arsitektur', description: '', steps: [{ itemId: first }, { itemId: second }, { itemId: elsewhere }] } },
      mentor.token,
    );
    expect(saved.errors).toBeUndefined();
  });

  it('is refused with FORBIDDEN/LOCKED as through the path, nothing written', async () => {
    const response = await t.graphql(ENROL, { itemId: second }, student.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LOCKED' });
    const [{ count }]: Array<{ count: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.email = $1',
      ['dedi@example.id'],
    );
    expect(count).toBe(0);
  });

  it('a module open in another path it belongs to can be started', async () => {
    // F is locked in "Jalur Arsitektur" but is the first step of another path.
    expect((await t.graphql(ENROL, { itemId: elsewhere }, student.token)).errors?.[0].extensions?.reason).toBe('LOCKED');
    const other = await t.graphql(
      SAVE_PATH,
      { input: { title: 'Jalur Keamanan', description: '', steps: [{ itemId: elsewhere }] } },
      mentor.token,
    );
    expect(other.errors).toBeUndefined();
    expect((await t.graphql(ENROL, { itemId: elsewhere }, student.token)).errors).toBeUndefined();
  });

  it('opens once its prerequisites are complete; the first step and modules in no path are always open', async () => {
    expect((await t.graphql(ENROL, { itemId: moduleA }, student.token)).errors).toBeUndefined();
    await finish(first, student.token);
    expect((await t.graphql(ENROL, { itemId: second }, student.token)).errors).toBeUndefined();
    const loose = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'G: Tanpa jalur' }))).itemId;
    expect((await t.graphql(ENROL, { itemId: loose }, student.token)).errors).toBeUndefined();
  });
});
