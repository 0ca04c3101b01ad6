import { writeFileSync } from 'node:fs';
import { firstLessonKey, moduleDraft, publish } from '../src/content/content.test-helpers';
import { StatementCounter } from './statement-counter';
import { createTestApp, type TestApp } from './test-app';

/**
 * The heavy queries send a fixed number of SQL statements, however many rows they return: each is measured with
 * N and with 3N rows (pairs, learners, paths, regions, enrolments) and must not send more statements with more rows.
 * `STATEMENT_COUNTS_REPORT=<file>` writes the counts to that file.
 */
const N = 2;

const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';
const COMPLETE = 'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { completedAt } }';
const CREATE_PAIR = 'mutation ($input: CreatePairInput!) { createMentoringPair(input: $input) { id } }';
const SCHEDULE = 'mutation ($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id version } }';
const RECORD = 'mutation ($input: RecordOutcomeInput!) { recordSessionOutcome(input: $input) { id } }';
const FEEDBACK = 'mutation ($input: FeedbackInput!) { giveSessionFeedback(input: $input) { rating } }';
const SAVE_PATH = 'mutation ($input: SaveLearningPathInput!) { saveLearningPath(input: $input) { id } }';

const PERSON = 'id fullName agency region { code name }';
const ITEM = `id type status author { ${PERSON} } publishedRevision { id title indicators { code } }`;
const PROGRESS = `itemId item { ${ITEM} } enrolled completedAt lessonCount completedLessonKeys progressPercent resumeLessonKey
  quizzes { quizId passed } certificate { code title }`;

const MY_PAIRS = `{ myMentoringPairs {
  id status region { code name } mentor { ${PERSON} } members { ${PERSON} } indicators { code } playbook { id }
  sessions { id status startsAt actionItems { id text doneAt owner { ${PERSON} } } feedback { rating comment } }
} }`;
const REGION_LEARNERS = `query ($regionCode: String!) { regionLearners(regionCode: $regionCode, limit: 25, offset: 0) {
  totalCount items { learner { ${PERSON} } enrolments completions lastActivityAt modules { ${PROGRESS} } }
} }`;
const LEARNING_PATHS = `{ learningPaths { id title version steps { position locked completed item { ${ITEM} } requires { id } } } }`;
const PROVINCE_OVERVIEW = `{ provinceOverview(provinceCode: "32") {
  target province { code name }
  rows { region { code name provinceCode } learners activeLearners30d enrolments completions completionRate sessionsHeld
    actionItemsOpen actionItemsDone playbookStepsDone latestIndex target }
  medians { figure median of rank }
} }`;
const COORDINATOR_HOME = `{ coordinatorHome {
  coordinatesAllRegions
  regions { region { code name provinceCode } activeLearnersThisMonth completionsThisMonth completionsTotal sessionsHeld openActionItems
    latestValue { frameworkCode year value kind } target }
} }`;
const LEARNER_HOME = `{ learnerHome {
  continueLearning { ${PROGRESS} } certificates { code title kind itemId } recommended { ${ITEM} }
} }`;

type Account = { user: { id: string }; token: string };
let t: TestApp;
let counter: StatementCounter;
let mentor: Account;
const modules: string[] = [];
const report: string[] = [];

const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
  const response = await t.graphql<T>(query, variables, token);
  if (response.errors || !response.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(response.errors)}`);
  return response.data;
};

const day = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + offsetDays * 86_400_000));

/** The fewest statements of two runs (after a warm-up run), and the response of the last one. */
async function measure<T>(query: string, variables: Record<string, unknown>, token: string): Promise<{ data: T; statements: string[] }> {
  await ok(query, variables, token);
  const runs = [];
  for (let run = 0; run < 2; run += 1) {
    const { result, statements } = await counter.during(() => ok<T>(query, variables, token));
    runs.push({ data: result, statements });
  }
  return runs.reduce((fewest, run) => (run.statements.length < fewest.statements.length ? run : fewest));
}

/** Fails when 3N rows took more statements than N rows, listing the statements that were repeated more. */
function expectFixed(name: string, small: string[], large: string[]): void {
  report.push(`${name}: ${small.length} statements with N rows, ${large.length} with 3N rows (N = ${N})`);
  if (large.length <= small.length) return;
  const tally = (statements: string[]) =>
    statements.reduce((counts, sql) => counts.set(sql, (counts.get(sql) ?? 0) + 1), new Map<string, number>());
  const before = tally(small);
  const grown = [...tally(large)]
    .filter(([sql, count]) => count > (before.get(sql) ?? 0))
    .map(([sql, count]) => `  ${before.get(sql) ?? 0} -> ${count}: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
  throw new Error(`${name}: ${small.length} statements with N rows, ${large.length} with 3N rows. Repeated more:\n${grown.join('\n')}`);
}

beforeAll(async () => {
  t = await createTestApp();
  counter = new StatementCounter(t.dataSource);
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], fullName: 'Mentor Satu' });
  const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  // 16 one-lesson modules: enough for 3N paths of two steps, and for recommendations still to fill up at 3N.
  for (let index = 0; index < 16; index += 1) {
    const draft = moduleDraft({ title: `Modul ${index}`, lessons: [{ position: 1, title: 'Satu', body: 'Isi.' }] });
    modules.push((await publish(t, mentor.token, reviewer.token, 'MODULE', draft)).itemId);
  }
}, 300_000);
afterAll(async () => {
  if (process.env.STATEMENT_COUNTS_REPORT) writeFileSync(process.env.STATEMENT_COUNTS_REPORT, `${report.join('\n')}\n`);
  await t?.close();
});

async function finishModule(itemId: string, token: string): Promise<void> {
  await ok(ENROL, { itemId }, token);
  await ok(COMPLETE, { itemId, lessonKey: await firstLessonKey(t, itemId) }, token);
}

describe('SQL statements per request do not grow with the rows', () => {
  it('myMentoringPairs with sessions, action items and feedback', async () => {
    const coordinator = await t.createUser({ email: 'koord.pairs@example.id', roles: ['COORDINATOR'], regionCode: '32' });
    await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08')`, [coordinator.user.id]);
    let sessionIndex = 0;
    const addPairs = async (count: number, from: number) => {
      for (let index = from; index < from + count; index += 1) {
        const mentee = await t.createUser({ email: `mentee${index}@example.id`, fullName: `Mentee ${index}`, regionCode: '32.08' });
        const { createMentoringPair: pair } = await ok<{ createMentoringPair: { id: string } }>(
          CREATE_PAIR,
          {
            input: {
              mentorId: mentor.user.id,
              menteeKind: 'LEARNER',
              menteeUserId: mentee.user.id,
              indicatorCodes: ['I19', 'I20'],
              goals: 'Membentuk Tim Koordinasi SPBE.',
              startDate: day(0),
              endDate: day(60),
              capacityOverrideReason: 'Uji jumlah perintah SQL.',
            },
          },
          coordinator.token,
        );
        for (let session = 0; session < 2; session += 1) {
          sessionIndex += 1;
          const startsAt = new Date(`${day(sessionIndex)}T09:00:00+07:00`).toISOString();
          const { scheduleSession: scheduled } = await ok<{ scheduleSession: { id: string; version: number } }>(
            SCHEDULE,
            { input: { pairId: pair.id, startsAt, durationMinutes: 60, onlineUrl: 'https://meet.example.id/a', agenda: 'Agenda' } },
            mentor.token,
          );
          await t.dataSource.query(`UPDATE mentoring_sessions SET starts_at = now() - interval '2 hours' WHERE id = $1`, [scheduled.id]);
          const actionItems = [
            { text: 'Susun draf SK', ownerId: mentee.user.id, dueDate: day(14) },
            { text: 'Tinjau draf SK', ownerId: mentor.user.id },
          ];
          await ok(
            RECORD,
            { input: { sessionId: scheduled.id, status: 'HELD', notes: 'Catatan.', version: scheduled.version, actionItems } },
            mentor.token,
          );
          await ok(FEEDBACK, { input: { sessionId: scheduled.id, rating: 5, comment: 'Membantu' } }, mentee.token);
        }
      }
    };
    await addPairs(N, 0);
    const small = await measure<{ myMentoringPairs: Array<{ sessions: unknown[] }> }>(MY_PAIRS, {}, mentor.token);
    await addPairs(2 * N, N);
    const large = await measure<{ myMentoringPairs: Array<{ sessions: unknown[] }> }>(MY_PAIRS, {}, mentor.token);
    expect(small.data.myMentoringPairs.flatMap((pair) => pair.sessions)).toHaveLength(2 * N);
    expect(large.data.myMentoringPairs.flatMap((pair) => pair.sessions)).toHaveLength(6 * N);
    expectFixed('myMentoringPairs { sessions { actionItems feedback } }', small.statements, large.statements);
  }, 300_000);

  it('regionLearners with their modules and progress', async () => {
    const coordinator = await t.createUser({ email: 'koord.learners@example.id', roles: ['COORDINATOR'], regionCode: '32.11' });
    await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.10')`, [coordinator.user.id]);
    const addLearners = async (count: number, from: number) => {
      for (let index = from; index < from + count; index += 1) {
        const learner = await t.createUser({ email: `majalengka${index}@example.id`, fullName: `Peserta ${index}`, regionCode: '32.10' });
        await finishModule(modules[0], learner.token);
        await ok(ENROL, { itemId: modules[1] }, learner.token);
      }
    };
    await addLearners(N, 0);
    const small = await measure<{ regionLearners: { items: unknown[] } }>(REGION_LEARNERS, { regionCode: '32.10' }, coordinator.token);
    await addLearners(2 * N, N);
    const large = await measure<{ regionLearners: { items: unknown[] } }>(REGION_LEARNERS, { regionCode: '32.10' }, coordinator.token);
    expect(small.data.regionLearners.items).toHaveLength(N);
    expect(large.data.regionLearners.items).toHaveLength(3 * N);
    expectFixed('regionLearners { items { learner modules } }', small.statements, large.statements);
  }, 300_000);

  it('learningPaths with their steps', async () => {
    const viewer = await t.createUser({ email: 'paths.viewer@example.id' });
    await finishModule(modules[0], viewer.token);
    const addPaths = async (count: number, from: number) => {
      for (let index = from; index < from + count; index += 1) {
        const steps = [{ itemId: modules[2 * index] }, { itemId: modules[2 * index + 1] }];
        await ok(SAVE_PATH, { input: { title: `Jalur ${index}`, description: 'Dua modul.', steps } }, mentor.token);
      }
    };
    await addPaths(N, 0);
    const small = await measure<{ learningPaths: unknown[] }>(LEARNING_PATHS, {}, viewer.token);
    await addPaths(2 * N, N);
    const large = await measure<{ learningPaths: unknown[] }>(LEARNING_PATHS, {}, viewer.token);
    expect(small.data.learningPaths).toHaveLength(N);
    expect(large.data.learningPaths).toHaveLength(3 * N);
    expectFixed('learningPaths { steps }', small.statements, large.statements);
  }, 300_000);

  it('provinceOverview over the regions a coordinator sees', async () => {
    const coordinator = await t.createUser({ email: 'koord.province@example.id', roles: ['COORDINATOR'], regionCode: '32' });
    const coordinate = async (codes: string[]) => {
      for (const code of codes) {
        await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, $2)`, [coordinator.user.id, code]);
      }
    };
    // Kuningan and Majalengka have pairs, sessions and learners from the tests above.
    await coordinate(['32.08', '32.10']);
    const small = await measure<{ provinceOverview: { rows: unknown[] } }>(PROVINCE_OVERVIEW, {}, coordinator.token);
    await coordinate(['32.01', '32.02', '32.03', '32.04']);
    const large = await measure<{ provinceOverview: { rows: unknown[] } }>(PROVINCE_OVERVIEW, {}, coordinator.token);
    expect(small.data.provinceOverview.rows).toHaveLength(N);
    expect(large.data.provinceOverview.rows).toHaveLength(3 * N);
    expectFixed('provinceOverview { rows medians }', small.statements, large.statements);
    // Regions are reference data kept in memory: no dashboard request reads them again.
    expect(large.statements.filter((sql) => /FROM "regions"/.test(sql))).toEqual([]);
  }, 300_000);

  it('coordinatorHome over 1 and 3 coordinated regions', async () => {
    const coordinator = await t.createUser({ email: 'koord.home@example.id', roles: ['COORDINATOR'], regionCode: '32' });
    const coordinate = async (codes: string[]) => {
      for (const code of codes) {
        await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, $2)`, [coordinator.user.id, code]);
      }
    };
    // Kuningan and Majalengka have pairs, sessions and learners from the tests above.
    await coordinate(['32.08']);
    const small = await measure<{ coordinatorHome: { regions: unknown[] } }>(COORDINATOR_HOME, {}, coordinator.token);
    await coordinate(['32.10', '32.11']);
    const large = await measure<{ coordinatorHome: { regions: unknown[] } }>(COORDINATOR_HOME, {}, coordinator.token);
    expect(small.data.coordinatorHome.regions).toHaveLength(1);
    expect(large.data.coordinatorHome.regions).toHaveLength(3);
    expectFixed('coordinatorHome { regions } (1 and 3 regions)', small.statements, large.statements);
  }, 300_000);

  it('learnerHome with modules in progress, certificates and recommendations', async () => {
    const learner = await t.createUser({ email: 'home@example.id', regionCode: '32.11' });
    // N: two modules in progress, one complete; 3N: six in progress, three complete (recommendations stay full).
    // Only modules open to the learner: a path's second step (odd index) opens once the first is complete.
    for (const itemId of [modules[2], modules[12]]) await ok(ENROL, { itemId }, learner.token);
    await finishModule(modules[4], learner.token);
    const small = await measure<{ learnerHome: { continueLearning: unknown[]; certificates: unknown[] } }>(LEARNER_HOME, {}, learner.token);
    for (const itemId of [modules[5], modules[6], modules[10], modules[13]]) await ok(ENROL, { itemId }, learner.token);
    await finishModule(modules[8], learner.token);
    await finishModule(modules[9], learner.token);
    const large = await measure<{ learnerHome: { continueLearning: unknown[]; certificates: unknown[] } }>(LEARNER_HOME, {}, learner.token);
    expect(small.data.learnerHome.continueLearning).toHaveLength(N);
    expect(large.data.learnerHome.continueLearning).toHaveLength(3 * N);
    // Modules 8 and 9 also complete path 4: its certificate comes on top.
    expect(large.data.learnerHome.certificates.length).toBeGreaterThanOrEqual(3);
    expectFixed('learnerHome { continueLearning certificates recommended }', small.statements, large.statements);
  }, 300_000);

  it('completing a lesson reads the module and its outline once', async () => {
    const learner = await t.createUser({ email: 'sekali@example.id', regionCode: '32.11' });
    await ok(ENROL, { itemId: modules[2] }, learner.token);
    const key = await firstLessonKey(t, modules[2]);
    const complete = await counter.during(() => ok(COMPLETE, { itemId: modules[2], lessonKey: key }, learner.token));
    const outlines = complete.statements.filter((sql) => /jsonb_array_elements/.test(sql));
    const items = complete.statements.filter((sql) => /FROM "content_items"/.test(sql) && !/jsonb_array_elements/.test(sql));
    expect({ outlines: outlines.length, items: items.length }).toEqual({ outlines: 1, items: 1 });
  });

  it('titles and outlines never bring a revision body to the server', async () => {
    // The body (24 KB on average) travels only for fields made from it; PostgreSQL extracts lesson keys itself.
    const learner = await t.createUser({ email: 'ringan@example.id', regionCode: '32.11' });
    await ok(ENROL, { itemId: modules[2] }, learner.token);
    const bodyColumn = /"body" AS|\.body AS|r\.body,|SELECT \*/;
    const home = await counter.during(() => ok(LEARNER_HOME, {}, learner.token));
    const catalogue = await counter.during(() =>
      ok('{ catalogue(search: "modul", limit: 20, offset: 0) { items { item { id } revision { title summary } } } }', {}, learner.token),
    );
    expect(home.statements.filter((sql) => bodyColumn.test(sql))).toEqual([]);
    expect(catalogue.statements.filter((sql) => bodyColumn.test(sql))).toEqual([]);
    // Asking for lessons does read the body, once for the whole batch.
    const lessons = await counter.during(() =>
      ok('{ catalogue(limit: 5, offset: 0) { items { revision { title lessons { key } } } } }', {}, learner.token),
    );
    expect(lessons.statements.filter((sql) => bodyColumn.test(sql))).toHaveLength(1);
  });
});
