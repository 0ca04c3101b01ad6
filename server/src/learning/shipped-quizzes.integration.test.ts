import { QUESTION_KINDS, quizRules } from '@living-lab/shared';
import { createTestApp, type TestApp } from '../../test/test-app';
import { moduleDraft, publish } from '../content/content.test-helpers';
import { ContentItem } from '../content/content-item.entity';
import { SUMEDANG_CONTENT } from '../content/seed/sumedang-content';
import { Certificate, CertificateKind } from './certificate.entity';
import { MODULE_END_SCOPE, Quiz } from './quiz.entity';
import { ShippedQuizSeeder } from './shipped-quiz.seeder';

const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { enrolled } }';
const COMPLETE =
  'mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { completedAt certificate { code } } }';
const LESSONS = 'query ($id: ID!) { contentItem(id: $id) { publishedRevision { lessons { key } } } }';
const QUIZZES = 'query ($itemId: ID!) { moduleQuizzes(itemId: $itemId) { id lessonKey passMarkPercent questionCount } }';
const START = 'mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { attemptId questions { key options { key } } } }';
const SUBMIT = `mutation ($input: SubmitQuizAttemptInput!) {
  submitQuizAttempt(input: $input) { scorePercent passed progress { completedAt certificate { code } } }
}`;
const SAVE_QUIZ = 'mutation ($input: SaveQuizInput!) { saveQuiz(input: $input) { id version passMarkPercent } }';
const FOR_EDITING = 'query ($itemId: ID!) { quizForEditing(itemId: $itemId) { id version } }';
const SAVE_PATH = 'mutation ($input: SaveLearningPathInput!) { saveLearningPath(input: $input) { id } }';
const VERIFY = `query ($code: String!) {
  verifyCertificate(code: $code) { kind title criteria { title lessonCount quizPassMarkPercents } valid }
}`;
const CREDENTIAL = 'query ($code: String!) { myCertificateCredential(code: $code) { json } }';

interface Verification {
  kind: string;
  title: string;
  criteria: Array<{ title: string; lessonCount: number; quizPassMarkPercents: number[] }>;
  valid: boolean;
}

/** The learner's own credential (JSON), as downloaded. */
async function credentialOf(code: string | undefined, token: string) {
  const response = await t.graphql<{ myCertificateCredential: { json: string } }>(CREDENTIAL, { code }, token);
  expect(response.errors).toBeUndefined();
  return JSON.parse(response.data!.myCertificateCredential.json);
}

const SHIPPED_MODULES = SUMEDANG_CONTENT.flatMap((content) => (content.type === 'MODULE' ? [content] : []));

let t: TestApp;
let admin: { token: string };
let mentor: { token: string };
let reviewer: { token: string };

const moduleId = async (slug: string) => (await t.dataSource.getRepository(ContentItem).findOneByOrFail({ slug })).id;
const lessonKeys = async (itemId: string, token: string) =>
  (
    await t.graphql<{ contentItem: { publishedRevision: { lessons: Array<{ key: string }> } } }>(LESSONS, { id: itemId }, token)
  ).data!.contentItem.publishedRevision.lessons.map((lesson) => lesson.key);
const endQuiz = (itemId: string) => t.dataSource.getRepository(Quiz).findOneByOrFail({ itemId, scope: MODULE_END_SCOPE });

/** Takes the module's end quiz: every answer right, or every answer wrong (the first wrong option, or none). */
async function takeQuiz(itemId: string, token: string, right: boolean) {
  const quiz = await endQuiz(itemId);
  const started = await t.graphql<{ startQuizAttempt: { attemptId: string } }>(START, { quizId: quiz.id }, token);
  const answers = quiz.questions.map((question) => ({
    questionKey: question.key,
    optionKeys: right
      ? question.options.filter((option) => option.correct).map((option) => option.key)
      : question.options
          .filter((option) => !option.correct)
          .slice(0, 1)
          .map((option) => option.key),
  }));
  const submitted = await t.graphql<{
    submitQuizAttempt: {
      scorePercent: number;
      passed: boolean;
      progress: { completedAt: string | null; certificate: { code: string } | null };
    };
  }>(SUBMIT, { input: { attemptId: started.data!.startQuizAttempt.attemptId, answers } }, token);
  expect(submitted.errors).toBeUndefined();
  return submitted.data!.submitQuizAttempt;
}

async function completeAllLessons(itemId: string, token: string) {
  await t.graphql(ENROL, { itemId }, token);
  let last: { completedAt: string | null; certificate: { code: string } | null } | undefined;
  for (const key of await lessonKeys(itemId, token)) {
    const response = await t.graphql<{ completeLesson: typeof last }>(COMPLETE, { itemId, lessonKey: key }, token);
    expect(response.errors).toBeUndefined();
    last = response.data!.completeLesson;
  }
  return last!;
}

beforeAll(async () => {
  t = await createTestApp({ seedContent: true });
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
});
afterAll(() => t.close());

describe('quizzes of the shipped modules', () => {
  it('every shipped module has an end quiz of at least five valid questions, mixing kinds, answerable by learners', async () => {
    expect(SHIPPED_MODULES.length).toBeGreaterThanOrEqual(3);
    const learner = await t.createUser({ email: 'reader@example.id' });
    for (const shipped of SHIPPED_MODULES) {
      const itemId = await moduleId(shipped.slug);
      const keys = new Set(await lessonKeys(itemId, learner.token));
      const quizzes = await t.dataSource.getRepository(Quiz).findBy({ itemId });
      expect(quizzes.map((quiz) => quiz.scope)).toContain(MODULE_END_SCOPE);
      for (const quiz of quizzes) {
        // A quiz belongs at the end or after a lesson of the published revision.
        expect(quiz.scope === MODULE_END_SCOPE || keys.has(quiz.scope)).toBe(true);
        expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
        expect(quizRules.safeParse({ ...quiz, drawCount: null }).success).toBe(true);
        expect(new Set(quiz.questions.map((question) => question.kind))).toEqual(new Set(QUESTION_KINDS));
        expect(new Set(quiz.questions.map((question) => question.key)).size).toBe(quiz.questions.length);
      }
      const seen = await t.graphql<{ moduleQuizzes: Array<{ lessonKey: string | null; passMarkPercent: number; questionCount: number }> }>(
        QUIZZES,
        { itemId },
        learner.token,
      );
      expect(seen.data?.moduleQuizzes).toContainEqual(expect.objectContaining({ lessonKey: null, passMarkPercent: 70 }));
    }
  });

  it('a shipped module gives no certificate for its lessons alone, nor for a failed quiz; a passed quiz gives it', async () => {
    const learner = await t.createUser({ email: 'siti@example.id', fullName: 'Siti Rahma' });
    const shipped = SHIPPED_MODULES[0];
    const itemId = await moduleId(shipped.slug);
    const afterLessons = await completeAllLessons(itemId, learner.token);
    expect(afterLessons).toEqual({ completedAt: null, certificate: null });

    const failed = await takeQuiz(itemId, learner.token, false);
    expect(failed).toMatchObject({ scorePercent: 0, passed: false, progress: { completedAt: null, certificate: null } });

    const passed = await takeQuiz(itemId, learner.token, true);
    expect(passed).toMatchObject({ scorePercent: 100, passed: true });
    expect(passed.progress.completedAt).not.toBeNull();
    const code = passed.progress.certificate?.code;
    expect(code).toBeDefined();

    // The credential states what was required: every lesson, and the quiz with its pass mark.
    const verified = await t.graphql<{ verifyCertificate: Verification }>(VERIFY, { code });
    expect(verified.errors).toBeUndefined();
    expect(verified.data?.verifyCertificate.criteria).toEqual([
      { title: shipped.title, lessonCount: shipped.lessons.length, quizPassMarkPercents: [70] },
    ]);
    const credential = await credentialOf(code, learner.token);
    expect(credential.credentialSubject.achievement.criteria.narrative).toBe(
      `Modul "${shipped.title}" di Living Lab: semua ${shipped.lessons.length} pelajaran diselesaikan dan kuis lulus dengan nilai minimal 70%.`,
    );
  });

  it('seeding again changes nothing, keeps an author’s edit, and leaves a module that has any quiz alone', async () => {
    const quizzes = t.dataSource.getRepository(Quiz);
    const before = await quizzes.find({ order: { id: 'ASC' } });
    expect(before).toHaveLength(SHIPPED_MODULES.length);
    await t.app.get(ShippedQuizSeeder).seed();
    expect(await quizzes.find({ order: { id: 'ASC' } })).toEqual(before);

    // An admin edits one shipped quiz: the next start keeps the edit.
    const edited = await moduleId(SHIPPED_MODULES[1].slug);
    const current = await t.graphql<{ quizForEditing: { version: number } }>(FOR_EDITING, { itemId: edited }, admin.token);
    const saved = await t.graphql<{ saveQuiz: { version: number } }>(
      SAVE_QUIZ,
      {
        input: {
          itemId: edited,
          version: current.data!.quizForEditing.version,
          passMarkPercent: 80,
          questions: [
            {
              kind: 'TRUE_FALSE',
              prompt: 'Indikator 19 berbobot 2,5%.',
              explanation: '',
              options: [
                { text: 'Benar', correct: true },
                { text: 'Salah', correct: false },
              ],
            },
          ],
        },
      },
      admin.token,
    );
    expect(saved.errors).toBeUndefined();
    // Another module's author replaced its end quiz by a quiz after a lesson.
    const other = await moduleId(SHIPPED_MODULES[2].slug);
    await quizzes.delete({ itemId: other });
    const [firstLesson] = await lessonKeys(other, admin.token);
    await quizzes.save({ ...(before.find((quiz) => quiz.itemId === other) as Quiz), id: undefined, scope: firstLesson, version: 1 });

    await t.app.get(ShippedQuizSeeder).seed();
    const afterEdit = await endQuiz(edited);
    expect(afterEdit).toMatchObject({ passMarkPercent: 80, version: 2 });
    expect(afterEdit.questions.map((question) => question.prompt)).toEqual(['Indikator 19 berbobot 2,5%.']);
    expect((await quizzes.findBy({ itemId: other })).map((quiz) => quiz.scope)).toEqual([firstLesson]);
    expect(await quizzes.count()).toBe(SHIPPED_MODULES.length);
  });

  it('seeds nothing where the shipped content is not there', async () => {
    const fresh = await createTestApp({ seedContent: false });
    try {
      const quizzes = fresh.dataSource.getRepository(Quiz);
      await fresh.app.get(ShippedQuizSeeder).seed();
      expect(await quizzes.count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

describe('criteria of a certificate', () => {
  it('a module that had no quiz when it was certified says so, even after a quiz is added', async () => {
    const learner = await t.createUser({ email: 'budi@example.id', fullName: 'Budi' });
    const { itemId } = await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Modul terdahulu' }));
    const done = await completeAllLessons(itemId, learner.token);
    const code = done.certificate?.code;
    expect(code).toBeDefined();
    const added = await t.graphql(
      SAVE_QUIZ,
      {
        input: {
          itemId,
          passMarkPercent: 90,
          questions: [
            {
              kind: 'TRUE_FALSE',
              prompt: 'SPBE diatur Perpres 95/2018.',
              explanation: '',
              options: [
                { text: 'Benar', correct: true },
                { text: 'Salah', correct: false },
              ],
            },
          ],
        },
      },
      mentor.token,
    );
    expect(added.errors).toBeUndefined();
    const verified = await t.graphql<{ verifyCertificate: Verification }>(VERIFY, { code });
    expect(verified.data?.verifyCertificate.criteria).toEqual([{ title: 'Modul terdahulu', lessonCount: 2, quizPassMarkPercents: [] }]);
    const narrative = (await credentialOf(code, learner.token)).credentialSubject.achievement.criteria.narrative;
    expect(narrative).toBe('Modul "Modul terdahulu" di Living Lab: semua 2 pelajaran diselesaikan.');
    expect(narrative).not.toMatch(/kuis/);
  });

  it('a path certificate names each of its modules with what each required, in the path’s order', async () => {
    const learner = await t.createUser({ email: 'dewi@example.id', fullName: 'Dewi' });
    const shipped = SHIPPED_MODULES[0];
    const shippedId = await moduleId(shipped.slug);
    const { itemId: plainId } = await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Modul pendamping' }));
    const path = await t.graphql<{ saveLearningPath: { id: string } }>(
      SAVE_PATH,
      { input: { title: 'Jalur Dasar SPBE', description: '', steps: [{ itemId: plainId }, { itemId: shippedId }] } },
      mentor.token,
    );
    expect(path.errors).toBeUndefined();
    await completeAllLessons(plainId, learner.token);
    await completeAllLessons(shippedId, learner.token);
    await takeQuiz(shippedId, learner.token, true);

    const certificate = await t.dataSource
      .getRepository(Certificate)
      .findOneByOrFail({ userId: learner.user.id, kind: CertificateKind.PATH });
    const verified = await t.graphql<{ verifyCertificate: Verification }>(VERIFY, { code: certificate.code });
    expect(verified.data?.verifyCertificate).toMatchObject({
      kind: 'PATH',
      criteria: [
        { title: 'Modul pendamping', lessonCount: 2, quizPassMarkPercents: [] },
        { title: shipped.title, lessonCount: shipped.lessons.length, quizPassMarkPercents: [70] },
      ],
    });
    const narrative = (await credentialOf(certificate.code, learner.token)).credentialSubject.achievement.criteria.narrative;
    expect(narrative).toBe(
      [
        'Menyelesaikan semua 2 modul jalur belajar "Jalur Dasar SPBE" di Living Lab:',
        '- "Modul pendamping": semua 2 pelajaran diselesaikan.',
        `- "${shipped.title}": semua ${shipped.lessons.length} pelajaran diselesaikan dan kuis lulus dengan nilai minimal 70%.`,
      ].join('\n'),
    );
  });
});
