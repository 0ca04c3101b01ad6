import { createTestApp, type TestApp } from '../../test/test-app';
import { moduleDraft, publish } from '../content/content.test-helpers';
import { QuizAttempt } from './quiz-attempt.entity';

/** Quiz integrity: attempts allowed, when answers are shown, options shuffled per attempt, question pools. */
const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';
const SAVE_QUIZ = `mutation ($input: SaveQuizInput!) {
  saveQuiz(input: $input) { id version attemptsAllowed answerPolicy drawCount questions { key explanation options { key correct } } }
}`;
const FOR_EDITING = 'query ($itemId: ID!) { quizForEditing(itemId: $itemId) { attemptsAllowed answerPolicy drawCount version } }';
const LEARNER_QUIZZES = 'query ($itemId: ID!) { moduleQuizzes(itemId: $itemId) { id questionCount attemptsAllowed answerPolicy } }';
const START =
  'mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { attemptId attemptsLeft questions { key options { key text } } } }';
const SUBMIT = `mutation ($input: SubmitQuizAttemptInput!) {
  submitQuizAttempt(input: $input) {
    scorePercent passed correctCount answersRevealed attemptsLeft
    questions { key chosenOptionKeys correctOptionKeys correct explanation }
  }
}`;

type Policy = { attemptsAllowed?: number | null; answerPolicy?: string; drawCount?: number | null };
interface SavedQuiz {
  id: string;
  version: number;
  questions: Array<{ key: string; explanation: string; options: Array<{ key: string; correct: boolean }> }>;
}
interface Started {
  attemptId: string;
  attemptsLeft: number | null;
  questions: Array<{ key: string; options: Array<{ key: string; text: string }> }>;
}
interface Result {
  scorePercent: number;
  passed: boolean;
  correctCount: number;
  answersRevealed: boolean;
  attemptsLeft: number | null;
  questions: Array<{
    key: string;
    chosenOptionKeys: string[];
    correctOptionKeys: string[] | null;
    correct: boolean | null;
    explanation: string | null;
  }>;
}

let t: TestApp;
let author: { token: string };
let reviewer: { token: string };
let otherMentor: { token: string };
let admin: { token: string };
let learner: { token: string };
let secondLearner: { token: string };

beforeAll(async () => {
  t = await createTestApp();
  author = await t.createUser({ email: 'author@example.id', roles: ['MENTOR'] });
  reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  otherMentor = await t.createUser({ email: 'other-mentor@example.id', roles: ['MENTOR'] });
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  learner = await t.createUser({ email: 'learner@example.id' });
  secondLearner = await t.createUser({ email: 'learner2@example.id' });
});
afterAll(() => t.close());

/** `count` single-choice questions with five options each, the first written one correct. */
const questions = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    kind: 'SINGLE_CHOICE',
    prompt: `Pertanyaan ${index + 1}?`,
    explanation: `Penjelasan rahasia ${index + 1}.`,
    options: ['A', 'B', 'C', 'D', 'E'].map((letter, position) => ({ text: `${letter}${index + 1}`, correct: position === 0 })),
  }));

let moduleNumber = 0;
async function quizWith(policy: Policy, questionCount = 3): Promise<{ itemId: string; quiz: SavedQuiz }> {
  moduleNumber++;
  const { itemId } = await publish(t, author.token, reviewer.token, 'MODULE', moduleDraft({ title: `Modul integritas ${moduleNumber}` }));
  const saved = await t.graphql<{ saveQuiz: SavedQuiz }>(
    SAVE_QUIZ,
    { input: { itemId, passMarkPercent: 100, questions: questions(questionCount), ...policy } },
    author.token,
  );
  expect(saved.errors).toBeUndefined();
  for (const token of [learner.token, secondLearner.token]) await t.graphql(ENROL, { itemId }, token);
  return { itemId, quiz: saved.data!.saveQuiz };
}

async function start(quizId: string, token = learner.token) {
  return t.graphql<{ startQuizAttempt: Started }>(START, { quizId }, token);
}

/** Starts and submits an attempt, answering every drawn question right or wrong (the key from the author's view). */
async function attempt(quiz: SavedQuiz, right: boolean, token = learner.token): Promise<Result> {
  const started = await start(quiz.id, token);
  expect(started.errors).toBeUndefined();
  const answers = started.data!.startQuizAttempt.questions.map((question) => {
    const key = quiz.questions.find((candidate) => candidate.key === question.key)!;
    const option = key.options.find((candidate) => candidate.correct === right)!;
    return { questionKey: question.key, optionKeys: [option.key] };
  });
  const submitted = await t.graphql<{ submitQuizAttempt: Result }>(
    SUBMIT,
    { input: { attemptId: started.data!.startQuizAttempt.attemptId, answers } },
    token,
  );
  expect(submitted.errors).toBeUndefined();
  return submitted.data!.submitQuizAttempt;
}

const expectHidden = (result: Result) => {
  expect(result.answersRevealed).toBe(false);
  for (const question of result.questions) expect(question).toMatchObject({ correctOptionKeys: null, correct: null, explanation: null });
  expect(JSON.stringify(result)).not.toMatch(/Penjelasan rahasia/);
};
const expectRevealed = (result: Result, quiz: SavedQuiz) => {
  expect(result.answersRevealed).toBe(true);
  for (const question of result.questions) {
    const key = quiz.questions.find((candidate) => candidate.key === question.key)!;
    expect(question.correctOptionKeys).toEqual(key.options.filter((option) => option.correct).map((option) => option.key));
    expect(question.explanation).toBe(key.explanation);
    expect(typeof question.correct).toBe('boolean');
  }
};

describe('when answers are shown', () => {
  it('AFTER_PASSING (the default): a failed attempt shows no answers, a passed one does', async () => {
    const { quiz } = await quizWith({});
    const failed = await attempt(quiz, false);
    expect(failed).toMatchObject({ passed: false, scorePercent: 0, correctCount: 0, attemptsLeft: null });
    expectHidden(failed);
    const passed = await attempt(quiz, true);
    expect(passed).toMatchObject({ passed: true, correctCount: 3 });
    expectRevealed(passed, quiz);
  });

  it('NEVER: neither a failed nor a passed attempt shows the answers', async () => {
    const { quiz } = await quizWith({ answerPolicy: 'NEVER', attemptsAllowed: 2 });
    expectHidden(await attempt(quiz, false));
    const passed = await attempt(quiz, true);
    expect(passed).toMatchObject({ passed: true, attemptsLeft: 0 });
    expectHidden(passed);
  });

  it('AFTER_LAST_ATTEMPT: hidden while attempts are left, shown after the last one; more attempts are refused', async () => {
    const { itemId, quiz } = await quizWith({ answerPolicy: 'AFTER_LAST_ATTEMPT', attemptsAllowed: 2 });
    const seen = await t.graphql<{ moduleQuizzes: Array<Record<string, unknown>> }>(LEARNER_QUIZZES, { itemId }, learner.token);
    expect(seen.data?.moduleQuizzes).toEqual([{ id: quiz.id, questionCount: 3, attemptsAllowed: 2, answerPolicy: 'AFTER_LAST_ATTEMPT' }]);

    const first = await attempt(quiz, false);
    expect(first.attemptsLeft).toBe(1);
    expectHidden(first);
    const last = await attempt(quiz, false);
    expect(last).toMatchObject({ passed: false, attemptsLeft: 0 });
    expectRevealed(last, quiz);

    const refused = await start(quiz.id);
    expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'NO_ATTEMPTS_LEFT', params: { allowed: 2 } });
    expect(await t.dataSource.getRepository(QuizAttempt).countBy({ quizId: quiz.id })).toBe(2);
    // Another learner's attempts are their own.
    expect((await start(quiz.id, secondLearner.token)).data?.startQuizAttempt.attemptsLeft).toBe(1);
  });

  it('AFTER_LAST_ATTEMPT keeps the answers hidden while another attempt of the learner is still open', async () => {
    const { quiz } = await quizWith({ answerPolicy: 'AFTER_LAST_ATTEMPT', attemptsAllowed: 2 });
    const open = await start(quiz.id);
    expect(open.data?.startQuizAttempt.attemptsLeft).toBe(1);
    const submitted = await attempt(quiz, false);
    expect(submitted.attemptsLeft).toBe(0);
    expectHidden(submitted);
  });
});

describe('attempts allowed', () => {
  it('holds under concurrent starts: of five at once with two allowed, exactly two begin', async () => {
    const { quiz } = await quizWith({ attemptsAllowed: 2 });
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => start(quiz.id)));
    const begun = results.filter((result) => result.data?.startQuizAttempt);
    expect(begun).toHaveLength(2);
    for (const result of results.filter((candidate) => candidate.errors)) {
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_ATTEMPTS_LEFT' });
    }
    expect(await t.dataSource.getRepository(QuizAttempt).countBy({ quizId: quiz.id })).toBe(2);
  });
});

describe('shuffling and pools', () => {
  it('shuffles the options per attempt, and grading by option key stays right', async () => {
    const { quiz } = await quizWith({}, 1);
    const stored = quiz.questions[0].options.map((option) => option.key);
    const orders = new Set<string>();
    for (let round = 0; round < 10; round++) {
      const started = (await start(quiz.id)).data!.startQuizAttempt;
      const order = started.questions[0].options.map((option) => option.key);
      expect([...order].sort()).toEqual([...stored].sort());
      orders.add(order.join(','));
    }
    expect(orders.size).toBeGreaterThanOrEqual(2);
    const passed = await attempt(quiz, true);
    expect(passed).toMatchObject({ passed: true, scorePercent: 100 });
  });

  it('draws N distinct questions of the pool per attempt and grades exactly those', async () => {
    const { itemId, quiz } = await quizWith({ drawCount: 3 }, 6);
    const pool = new Set(quiz.questions.map((question) => question.key));
    const seen = await t.graphql<{ moduleQuizzes: Array<{ questionCount: number }> }>(LEARNER_QUIZZES, { itemId }, learner.token);
    expect(seen.data?.moduleQuizzes[0].questionCount).toBe(3);

    const draws = new Set<string>();
    for (let round = 0; round < 8; round++) {
      const keys = (await start(quiz.id)).data!.startQuizAttempt.questions.map((question) => question.key);
      expect(new Set(keys).size).toBe(3);
      for (const key of keys) expect(pool.has(key)).toBe(true);
      draws.add([...keys].sort().join(','));
    }
    expect(draws.size).toBeGreaterThanOrEqual(2);

    const started = (await start(quiz.id)).data!.startQuizAttempt;
    const drawn = started.questions.map((question) => question.key);
    const notDrawn = quiz.questions.find((question) => !drawn.includes(question.key))!;
    const foreign = await t.graphql(
      SUBMIT,
      { input: { attemptId: started.attemptId, answers: [{ questionKey: notDrawn.key, optionKeys: [notDrawn.options[0].key] }] } },
      learner.token,
    );
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_OPTION' });

    const result = await attempt(quiz, true);
    expect(result).toMatchObject({ passed: true, scorePercent: 100, correctCount: 3 });
    expect(result.questions).toHaveLength(3);
    for (const question of result.questions) expect(pool.has(question.key)).toBe(true);
  });
});

describe('editing the policy', () => {
  it('the author and an admin set it; another mentor and a learner may not', async () => {
    const { itemId, quiz } = await quizWith({ attemptsAllowed: 3, answerPolicy: 'AFTER_PASSING' });
    const input = (version: number, policy: Policy) => ({ itemId, passMarkPercent: 100, questions: questions(3), version, ...policy });

    const byAuthor = await t.graphql<{ saveQuiz: SavedQuiz & Policy }>(
      SAVE_QUIZ,
      { input: input(quiz.version, { attemptsAllowed: 5, answerPolicy: 'NEVER', drawCount: 2 }) },
      author.token,
    );
    expect(byAuthor.data?.saveQuiz).toMatchObject({ attemptsAllowed: 5, answerPolicy: 'NEVER', drawCount: 2, version: 2 });

    for (const token of [otherMentor.token, learner.token]) {
      const refused = await t.graphql(SAVE_QUIZ, { input: input(2, { attemptsAllowed: null, answerPolicy: 'AFTER_PASSING' }) }, token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.graphql(FOR_EDITING, { itemId }, otherMentor.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const byAdmin = await t.graphql<{ saveQuiz: Policy }>(
      SAVE_QUIZ,
      { input: input(2, { attemptsAllowed: null, answerPolicy: 'AFTER_LAST_ATTEMPT', drawCount: null }) },
      admin.token,
    );
    expect(byAdmin.data?.saveQuiz).toMatchObject({ attemptsAllowed: null, answerPolicy: 'AFTER_LAST_ATTEMPT', drawCount: null });
    const stored = await t.graphql<{ quizForEditing: Policy }>(FOR_EDITING, { itemId }, author.token);
    expect(stored.data?.quizForEditing).toEqual({ attemptsAllowed: null, answerPolicy: 'AFTER_LAST_ATTEMPT', drawCount: null, version: 3 });
  });

  it('refuses attempts outside 1..20 and more questions per attempt than the quiz has', async () => {
    const { itemId } = await publish(t, author.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Modul dengan aturan salah' }));
    const save = (policy: Policy) =>
      t.graphql(SAVE_QUIZ, { input: { itemId, passMarkPercent: 70, questions: questions(3), ...policy } }, author.token);
    for (const attemptsAllowed of [0, 21]) {
      expect((await save({ attemptsAllowed })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'attemptsAllowed', message: 'quiz.attemptsAllowed.invalid' }],
      });
    }
    expect((await save({ drawCount: 4 })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'drawCount', message: 'quiz.drawCount.tooMany' }],
    });
    expect((await save({ drawCount: 0 })).errors?.[0].extensions).toMatchObject({
      fields: [{ field: 'drawCount', message: 'quiz.drawCount.invalid' }],
    });
    expect((await save({ answerPolicy: 'SOMETIMES' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.graphql(FOR_EDITING, { itemId }, author.token)).data?.quizForEditing).toBeNull();
    const valid = await save({ attemptsAllowed: 20, drawCount: 3 });
    expect(valid.errors).toBeUndefined();
  });
});
