import { createTestApp, type TestApp } from '../../test/test-app';
import { ContentSeeder, SHIPPED_CONTENT_AUTHOR } from '../content';
import { MentoringPair } from './mentoring-pair.entity';

/**
 * The shipped content's author ("Tim Living Lab Kabupaten Sumedang") holds MENTOR and has written
 * content tagged with many indicators, but nobody can sign in to it: it is never a mentor to pair with.
 */
const SUGGEST = 'query ($input: SuggestMentorsInput!) { mentorSuggestions(input: $input) { mentor { id fullName } } }';
const BOARD = 'query ($regionCode: String!) { pairingBoard(regionCode: $regionCode) { mentors { mentor { id fullName } } } }';
const CREATE_PAIR = 'mutation ($input: CreatePairInput!) { createMentoringPair(input: $input) { id } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token } }';

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let mentor: Account;
let learner: Account;
let serviceAccountId: string;

const day = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + offsetDays * 86_400_000));

beforeAll(async () => {
  t = await createTestApp();
  await t.app.get(ContentSeeder).seed();
  const [row]: Array<{ id: string }> = await t.dataSource.query('SELECT id FROM users WHERE email = $1', [SHIPPED_CONTENT_AUTHOR.email]);
  serviceAccountId = row.id;
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'], regionCode: '32.11' });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.11')`, [coordinator.user.id]);
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], fullName: 'Zaenal Mentor' });
  learner = await t.createUser({ email: 'wulan@example.id', fullName: 'Wulan', regionCode: '32.11' });
});
afterAll(() => t.close());

it('the shipped content author holds MENTOR (the premise of these tests)', async () => {
  const [row]: Array<{ roles: string }> = await t.dataSource.query('SELECT roles::text FROM users WHERE id = $1', [serviceAccountId]);
  expect(row.roles).toContain('MENTOR');
});

it('is never suggested, even for indicators only its shipped content covers', async () => {
  const codes: Array<{ code: string }> = await t.dataSource.query(
    `SELECT DISTINCT i.code FROM content_revision_indicators ri JOIN spbe_indicators i ON i.id = ri.indicator_id ORDER BY i.code LIMIT 3`,
  );
  expect(codes.length).toBeGreaterThan(0);
  const response = await t.graphql<{ mentorSuggestions: Array<{ mentor: { id: string; fullName: string } }> }>(
    SUGGEST,
    { input: { menteeUserId: learner.user.id, indicatorCodes: codes.map((row) => row.code) } },
    coordinator.token,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.mentorSuggestions.map((s) => s.mentor.fullName)).toEqual(['Zaenal Mentor']);
});

it('is not in the pairing board’s mentor pool', async () => {
  const response = await t.graphql<{ pairingBoard: { mentors: Array<{ mentor: { id: string } }> } }>(
    BOARD,
    { regionCode: '32.11' },
    coordinator.token,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.pairingBoard.mentors.map((m) => m.mentor.id)).toEqual([mentor.user.id]);
});

it('cannot be paired: BAD_USER_INPUT on mentorId, nothing written', async () => {
  const response = await t.graphql(
    CREATE_PAIR,
    {
      input: {
        mentorId: serviceAccountId,
        menteeKind: 'LEARNER',
        menteeUserId: learner.user.id,
        indicatorCodes: [],
        goals: 'Tim Koordinasi SPBE',
        startDate: day(0),
        endDate: day(30),
      },
    },
    coordinator.token,
  );
  expect(response.errors?.[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'NOT_A_MENTOR',
    fields: [{ field: 'mentorId', message: 'field.invalid' }],
  });
  expect(await t.dataSource.getRepository(MentoringPair).count()).toBe(0);
  // A person holding MENTOR still can.
  const ok = await t.graphql(
    CREATE_PAIR,
    {
      input: {
        mentorId: mentor.user.id,
        menteeKind: 'LEARNER',
        menteeUserId: learner.user.id,
        indicatorCodes: [],
        goals: 'x',
        startDate: day(0),
        endDate: day(30),
      },
    },
    coordinator.token,
  );
  expect(ok.errors).toBeUndefined();
});

it('cannot sign in, whatever the password (its stored marker included)', async () => {
  for (const password of ['!no-login', 'no-login', '']) {
    const response = await t.graphql(LOGIN, { input: { email: SHIPPED_CONTENT_AUTHOR.email, password } });
    expect(response.data).toBeNull();
    expect(['UNAUTHENTICATED', 'BAD_USER_INPUT']).toContain(response.errors?.[0].extensions?.code);
  }
  const response = await t.graphql(LOGIN, { input: { email: SHIPPED_CONTENT_AUTHOR.email, password: 'some-long-password-1' } });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
});
