import { createTestApp, type TestApp } from '../../test/test-app';
import { moduleDraft, publish } from '../content/content.test-helpers';

/** Who may call each learning operation that is not tested for it elsewhere: visitors never. */
let t: TestApp;
let itemId: string;
let learner: { token: string };
let mentor: { token: string };

beforeAll(async () => {
  t = await createTestApp();
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  const reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  learner = await t.createUser({ email: 'learner@example.id' });
  itemId = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft())).itemId;
});
afterAll(() => t.close());

const signedInOperations: Array<[string, string, () => Record<string, unknown>]> = [
  ['enrol', 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }', () => ({ itemId })],
  [
    'completeLesson',
    'mutation ($itemId: ID!) { completeLesson(itemId: $itemId, lessonKey: "00000000-0000-4000-8000-000000000000") { enrolled } }',
    () => ({ itemId }),
  ],
  ['moduleProgress', 'query ($itemId: ID!) { moduleProgress(itemId: $itemId) { enrolled } }', () => ({ itemId })],
  ['moduleQuizzes', 'query ($itemId: ID!) { moduleQuizzes(itemId: $itemId) { id } }', () => ({ itemId })],
  ['startQuizAttempt', 'mutation { startQuizAttempt(quizId: "00000000-0000-4000-8000-000000000000") { attemptId } }', () => ({})],
  [
    'submitQuizAttempt',
    'mutation { submitQuizAttempt(input: { attemptId: "00000000-0000-4000-8000-000000000000", answers: [] }) { passed } }',
    () => ({}),
  ],
  ['learningPaths', '{ learningPaths { id } }', () => ({})],
  ['myCertificates', '{ myCertificates { code } }', () => ({})],
  ['learnerHome', '{ learnerHome { recommended { id } } }', () => ({})],
];

it.each(signedInOperations)('%s needs a signed-in user', async (_, query, variables) => {
  const response = await t.graphql(query, variables());
  expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

it('a learner may not read or write a quiz’s answer key; its author may', async () => {
  const save = 'mutation ($input: SaveQuizInput!) { saveQuiz(input: $input) { id } }';
  const input = {
    itemId,
    passMarkPercent: 50,
    questions: [
      {
        kind: 'TRUE_FALSE',
        prompt: 'Benar?',
        explanation: '',
        options: [
          { text: 'Benar', correct: true },
          { text: 'Salah', correct: false },
        ],
      },
    ],
  };
  expect((await t.graphql(save, { input }, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await t.graphql(save, { input }, mentor.token)).errors).toBeUndefined();
  const read = 'query ($itemId: ID!) { quizForEditing(itemId: $itemId) { questions { options { correct } } } }';
  expect((await t.graphql(read, { itemId }, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await t.graphql(read, { itemId }, mentor.token)).errors).toBeUndefined();
});

it('verifyCertificate is public', async () => {
  const response = await t.graphql('{ verifyCertificate(code: "AAAA-BBBB-CCCC") { code } }');
  expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});
