import { createTestApp, type TestApp } from '../../test/test-app';
import { moduleDraft, publish, SUBMIT } from '../content/content.test-helpers';
import { Certificate } from './certificate.entity';
import { Enrolment } from './enrolment.entity';
import { LessonCompletion } from './lesson-completion.entity';
import { QuizAttempt } from './quiz-attempt.entity';

const PROGRESS_FIELDS =
  'itemId enrolled completedAt lessonCount completedLessonKeys progressPercent resumeLessonKey quizzes { quizId passed bestScorePercent attempts } certificate { code title }';
const ENROL = `mutation ($itemId: ID!, $pathId: ID) { enrol(itemId: $itemId, pathId: $pathId) { ${PROGRESS_FIELDS} } }`;
const COMPLETE = `mutation ($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) { ${PROGRESS_FIELDS} } }`;
const LESSONS = 'query ($id: ID!) { contentItem(id: $id) { publishedRevision { lessons { key title } } } }';
const SAVE_QUIZ =
  'mutation ($input: SaveQuizInput!) { saveQuiz(input: $input) { id lessonKey version questions { key options { key text correct } } } }';
const START =
  'mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { attemptId passMarkPercent questions { key kind prompt options { key text } } } }';
const SUBMIT_ATTEMPT = `mutation ($input: SubmitQuizAttemptInput!) {
  submitQuizAttempt(input: $input) { scorePercent passed questions { key correct correctOptionKeys explanation } progress { ${PROGRESS_FIELDS} } }
}`;

interface Progress {
  itemId: string;
  enrolled: boolean;
  completedAt: string | null;
  lessonCount: number;
  completedLessonKeys: string[];
  progressPercent: number;
  resumeLessonKey: string | null;
  quizzes: Array<{ quizId: string; passed: boolean; bestScorePercent: number | null; attempts: number }>;
  certificate: { code: string; title: string } | null;
}

let t: TestApp;
let mentor: { token: string };
let reviewer: { token: string };
let learner: { user: { id: string }; token: string };
let other: { token: string };

const threeLessons = moduleDraft({
  title: 'Manajemen Risiko SPBE',
  lessons: [
    { position: 1, title: 'Satu', body: 'Pelajaran satu.' },
    { position: 2, title: 'Dua', body: 'Pelajaran dua.' },
    { position: 3, title: 'Tiga', body: 'Pelajaran tiga.' },
  ],
});

const lessonKeys = async (itemId: string, token = learner.token) =>
  (
    await t.graphql<{ contentItem: { publishedRevision: { lessons: Array<{ key: string }> } } }>(LESSONS, { id: itemId }, token)
  ).data!.contentItem.publishedRevision.lessons.map((lesson) => lesson.key);

const quizInput = (itemId: string) => ({
  itemId,
  passMarkPercent: 60,
  questions: [
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Berapa bobot domain Layanan?',
      explanation: 'Domain Layanan berbobot 45,5 %.',
      options: [
        { text: '45,5 %', correct: true },
        { text: '13 %', correct: false },
      ],
    },
    {
      kind: 'MULTIPLE_CHOICE',
      prompt: 'Mana yang termasuk domain SPBE?',
      explanation: 'Kebijakan Internal dan Tata Kelola adalah domain.',
      options: [
        { text: 'Kebijakan Internal', correct: true },
        { text: 'Tata Kelola', correct: true },
        { text: 'Pariwisata', correct: false },
      ],
    },
    {
      kind: 'TRUE_FALSE',
      prompt: 'Indeks SPBE berkisar 1,0 sampai 5,0.',
      explanation: 'Benar.',
      options: [
        { text: 'Benar', correct: true },
        { text: 'Salah', correct: false },
      ],
    },
  ],
});

beforeAll(async () => {
  t = await createTestApp();
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  learner = await t.createUser({ email: 'learner@example.id', fullName: 'Siti Rahma' });
  other = await t.createUser({ email: 'other@example.id' });
});
afterAll(() => t.close());

describe('enrolment and lesson progress', () => {
  let itemId: string;
  let keys: string[];
  beforeAll(async () => {
    itemId = (await publish(t, mentor.token, reviewer.token, 'MODULE', threeLessons)).itemId;
    keys = await lessonKeys(itemId);
  });

  it('refuses completing a lesson before enrolling, nothing written', async () => {
    const response = await t.graphql(COMPLETE, { itemId, lessonKey: keys[0] }, learner.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ENROLLED' });
    expect(await t.dataSource.getRepository(LessonCompletion).count()).toBe(0);
  });

  it('enrols once, however often asked', async () => {
    const first = await t.graphql<{ enrol: Progress }>(ENROL, { itemId }, learner.token);
    expect(first.data?.enrol).toMatchObject({ enrolled: true, lessonCount: 3, progressPercent: 0, resumeLessonKey: keys[0] });
    await t.graphql(ENROL, { itemId }, learner.token);
    expect(await t.dataSource.getRepository(Enrolment).countBy({ itemId })).toBe(1);
  });

  it('records a lesson once, even for two concurrent completions', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => t.graphql<{ completeLesson: Progress }>(COMPLETE, { itemId, lessonKey: keys[0] }, learner.token)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(await t.dataSource.getRepository(LessonCompletion).countBy({ itemId, lessonKey: keys[0] })).toBe(1);
    expect(results[0].data?.completeLesson).toMatchObject({
      completedLessonKeys: [keys[0]],
      progressPercent: 33,
      resumeLessonKey: keys[1],
    });
  });

  it('refuses a lesson that is not in the module', async () => {
    const response = await t.graphql(COMPLETE, { itemId, lessonKey: '00000000-0000-4000-8000-000000000000' }, learner.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_LESSON' });
  });

  it('completes the module when every lesson is done (no quiz), once, with a certificate', async () => {
    await t.graphql(COMPLETE, { itemId, lessonKey: keys[2] }, learner.token);
    const done = await t.graphql<{ completeLesson: Progress }>(COMPLETE, { itemId, lessonKey: keys[1] }, learner.token);
    expect(done.data?.completeLesson).toMatchObject({
      progressPercent: 100,
      resumeLessonKey: null,
      certificate: { title: 'Manajemen Risiko SPBE' },
    });
    expect(done.data?.completeLesson.completedAt).toBeTruthy();
    const completedAt = done.data?.completeLesson.completedAt;
    const again = await t.graphql<{ completeLesson: Progress }>(COMPLETE, { itemId, lessonKey: keys[1] }, learner.token);
    expect(again.data?.completeLesson.completedAt).toBe(completedAt);
    expect(await t.dataSource.getRepository(Certificate).countBy({ itemId })).toBe(1);
  });

  it('keeps progress when the module is revised: keys survive, new lessons count, removed ones do not', async () => {
    const start = await t.graphql<{ startRevision: { id: string } }>(
      'mutation ($id: ID!) { startRevision(itemId: $id) { id } }',
      { id: itemId },
      mentor.token,
    );
    const revisionId = start.data!.startRevision.id;
    const lessons = [
      { key: keys[2], position: 1, title: 'Tiga (dipindah)', body: 'Pelajaran tiga.' },
      { key: keys[0], position: 2, title: 'Satu', body: 'Pelajaran satu, diperbarui.' },
      { position: 3, title: 'Empat (baru)', body: 'Pelajaran baru.' },
    ];
    await t.graphql(
      'mutation ($input: UpdateDraftInput!) { updateDraft(input: $input) { id } }',
      { input: { revisionId, version: 1, draft: { ...threeLessons, lessons } } },
      mentor.token,
    );
    const submitted = await t.graphql<{ submitForReview: { version: number } }>(
      SUBMIT,
      { input: { revisionId, version: 2 } },
      mentor.token,
    );
    await t.graphql(
      'mutation ($input: RevisionTransitionInput!) { approveRevision(input: $input) { id } }',
      { input: { revisionId, version: submitted.data!.submitForReview.version } },
      reviewer.token,
    );

    const progress = await t.graphql<{ moduleProgress: Progress }>(
      `query ($itemId: ID!) { moduleProgress(itemId: $itemId) { ${PROGRESS_FIELDS} } }`,
      { itemId },
      learner.token,
    );
    const newKeys = await lessonKeys(itemId);
    expect(newKeys.slice(0, 2)).toEqual([keys[2], keys[0]]);
    expect(progress.data?.moduleProgress).toMatchObject({
      lessonCount: 3,
      completedLessonKeys: [keys[2], keys[0]],
      progressPercent: 66,
      resumeLessonKey: newKeys[2],
    });
    // Completion was recorded once and stays.
    expect(progress.data?.moduleProgress.completedAt).toBeTruthy();
  });
});

describe('what cannot be taken', () => {
  it('refuses enrolling in a draft, an archived module and a case study', async () => {
    const draft = await t.graphql<{ createContent: { id: string } }>(
      'mutation ($input: CreateContentInput!) { createContent(input: $input) { id } }',
      { input: { type: 'MODULE', draft: moduleDraft() } },
      mentor.token,
    );
    const archived = await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Diarsipkan' }));
    await t.graphql('mutation ($id: ID!) { archiveContent(itemId: $id) { id } }', { id: archived.itemId }, mentor.token);
    const caseStudy = await publish(t, mentor.token, reviewer.token, 'CASE_STUDY', {
      ...moduleDraft({ title: 'Studi kasus' }),
      lessons: undefined,
      caseStudy: { context: 'a', problem: 'b', whatWasDone: 'c', results: 'd', lessonsLearned: 'e', sources: [] },
    });
    for (const itemId of [draft.data!.createContent.id, archived.itemId, caseStudy.itemId]) {
      const before = await t.dataSource.getRepository(Enrolment).count();
      const response = await t.graphql(ENROL, { itemId }, learner.token);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ENROLLABLE' });
      expect(await t.dataSource.getRepository(Enrolment).count()).toBe(before);
    }
    const unknown = await t.graphql(ENROL, { itemId: '00000000-0000-4000-8000-000000000000' }, learner.token);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('quizzes', () => {
  let itemId: string;
  let quizId: string;
  let keys: string[];
  beforeAll(async () => {
    itemId = (await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Modul dengan kuis' }))).itemId;
    keys = await lessonKeys(itemId);
    const saved = await t.graphql<{ saveQuiz: { id: string } }>(SAVE_QUIZ, { input: quizInput(itemId) }, mentor.token);
    quizId = saved.data!.saveQuiz.id;
  });

  it('only the author or an admin writes a quiz, with valid questions', async () => {
    expect(
      (await t.graphql(SAVE_QUIZ, { input: { ...quizInput(itemId), lessonKey: keys[0] } }, reviewer.token)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.graphql(SAVE_QUIZ, { input: quizInput(itemId) }, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const duplicate = await t.graphql(SAVE_QUIZ, { input: quizInput(itemId) }, mentor.token);
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUIZ_EXISTS' });
    const elsewhere = await t.graphql(
      SAVE_QUIZ,
      { input: { ...quizInput(itemId), lessonKey: '00000000-0000-4000-8000-000000000000' } },
      mentor.token,
    );
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_LESSON' });
    const malformed = await t.graphql(SAVE_QUIZ, { input: { ...quizInput(itemId), lessonKey: 'nope' } }, mentor.token);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const notAnId = await t.graphql('query { moduleProgress(itemId: "abc") { enrolled } }', {}, learner.token);
    expect(notAnId.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_VALUE' });
    const invalid = quizInput(itemId);
    invalid.questions[0].options[1].correct = true;
    const bad = await t.graphql(SAVE_QUIZ, { input: { ...invalid, lessonKey: keys[0] } }, mentor.token);
    expect(bad.errors?.[0].extensions?.fields).toEqual([{ field: 'questions.0.options', message: 'quiz.correct.SINGLE_CHOICE' }]);
  });

  it('needs enrolment to start, and never sends the answer key before submission', async () => {
    expect((await t.graphql(START, { quizId }, learner.token)).errors?.[0].extensions?.reason).toBe('NOT_ENROLLED');
    await t.graphql(ENROL, { itemId }, learner.token);
    const started = await t.graphql(START, { quizId }, learner.token);
    expect(started.errors).toBeUndefined();
    expect(JSON.stringify(started.data)).not.toMatch(/correct|explanation|45,5 %\.|Benar\./i);
    const schemaFields = await t.graphql<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "QuizOption") { fields { name } } }',
    );
    expect(schemaFields.data?.__type.fields.map((field) => field.name)).toEqual(['key', 'text']);
  });

  it('grades on the server, reveals answers after submitting, and refuses a second submission', async () => {
    const started = await t.graphql<{
      startQuizAttempt: { attemptId: string; questions: Array<{ key: string; options: Array<{ key: string; text: string }> }> };
    }>(START, { quizId }, learner.token);
    const { attemptId, questions } = started.data!.startQuizAttempt;
    const pick = (index: number, texts: string[]) => ({
      questionKey: questions[index].key,
      optionKeys: questions[index].options.filter((option) => texts.includes(option.text)).map((option) => option.key),
    });
    // Right, half right (wrong), right: 2 of 3 = 66 % >= 60 %.
    const answers = [pick(0, ['45,5 %']), pick(1, ['Kebijakan Internal']), pick(2, ['Benar'])];
    const result = await t.graphql<{
      submitQuizAttempt: { scorePercent: number; passed: boolean; questions: Array<{ correct: boolean; explanation: string }> };
    }>(SUBMIT_ATTEMPT, { input: { attemptId, answers } }, learner.token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.submitQuizAttempt).toMatchObject({ scorePercent: 66, passed: true });
    expect(result.data?.submitQuizAttempt.questions.map((q) => q.correct)).toEqual([true, false, true]);
    expect(result.data?.submitQuizAttempt.questions[1].explanation).toBe('Kebijakan Internal dan Tata Kelola adalah domain.');

    const again = await t.graphql(SUBMIT_ATTEMPT, { input: { attemptId, answers } }, learner.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUBMITTED' });
  });

  it('two concurrent submissions of one attempt: exactly one is recorded', async () => {
    const started = await t.graphql<{ startQuizAttempt: { attemptId: string } }>(START, { quizId }, learner.token);
    const attemptId = started.data!.startQuizAttempt.attemptId;
    const results = await Promise.all([1, 2, 3].map(() => t.graphql(SUBMIT_ATTEMPT, { input: { attemptId, answers: [] } }, learner.token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.reason === 'ALREADY_SUBMITTED')).toHaveLength(2);
  });

  it('refuses options that do not exist and someone else’s attempt, nothing written', async () => {
    const started = await t.graphql<{ startQuizAttempt: { attemptId: string; questions: Array<{ key: string }> } }>(
      START,
      { quizId },
      learner.token,
    );
    const { attemptId, questions } = started.data!.startQuizAttempt;
    const bogus = await t.graphql(
      SUBMIT_ATTEMPT,
      { input: { attemptId, answers: [{ questionKey: questions[0].key, optionKeys: ['00000000-0000-4000-8000-000000000000'] }] } },
      learner.token,
    );
    expect(bogus.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_OPTION' });
    const stranger = await t.graphql(SUBMIT_ATTEMPT, { input: { attemptId, answers: [] } }, other.token);
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.dataSource.getRepository(QuizAttempt).findOneByOrFail({ id: attemptId })).submittedAt).toBeNull();
  });

  it('completes the module only when lessons are done and the quiz is passed', async () => {
    const fresh = await t.createUser({ email: 'fresh@example.id', fullName: 'Budi Santoso' });
    await t.graphql(ENROL, { itemId }, fresh.token);
    for (const key of keys) await t.graphql(COMPLETE, { itemId, lessonKey: key }, fresh.token);
    const afterLessons = await t.graphql<{ moduleProgress: Progress }>(
      `query ($itemId: ID!) { moduleProgress(itemId: $itemId) { ${PROGRESS_FIELDS} } }`,
      { itemId },
      fresh.token,
    );
    expect(afterLessons.data?.moduleProgress).toMatchObject({ progressPercent: 100, completedAt: null, certificate: null });

    const started = await t.graphql<{
      startQuizAttempt: { attemptId: string; questions: Array<{ key: string; options: Array<{ key: string; text: string }> }> };
    }>(START, { quizId }, fresh.token);
    const { attemptId, questions } = started.data!.startQuizAttempt;
    const failed = await t.graphql<{ submitQuizAttempt: { passed: boolean; progress: Progress } }>(
      SUBMIT_ATTEMPT,
      { input: { attemptId, answers: [] } },
      fresh.token,
    );
    expect(failed.data?.submitQuizAttempt).toMatchObject({ passed: false, progress: { completedAt: null } });

    const retry = await t.graphql<{ startQuizAttempt: { attemptId: string } }>(START, { quizId }, fresh.token);
    const right = (index: number, texts: string[]) => ({
      questionKey: questions[index].key,
      optionKeys: questions[index].options.filter((option) => texts.includes(option.text)).map((option) => option.key),
    });
    const passed = await t.graphql<{ submitQuizAttempt: { passed: boolean; scorePercent: number; progress: Progress } }>(
      SUBMIT_ATTEMPT,
      {
        input: {
          attemptId: retry.data!.startQuizAttempt.attemptId,
          answers: [right(0, ['45,5 %']), right(1, ['Kebijakan Internal', 'Tata Kelola']), right(2, ['Benar'])],
        },
      },
      fresh.token,
    );
    expect(passed.data?.submitQuizAttempt).toMatchObject({ passed: true, scorePercent: 100 });
    expect(passed.data?.submitQuizAttempt.progress.certificate?.title).toBe('Modul dengan kuis');
    expect(passed.data?.submitQuizAttempt.progress.quizzes).toEqual([{ quizId, passed: true, bestScorePercent: 100, attempts: 2 }]);
  });
});

describe('certificates', () => {
  it('verify publicly by code: who, what, when, and whether it is valid; nothing else', async () => {
    const certificate = await t.dataSource.getRepository(Certificate).findOneByOrFail({ userId: learner.user.id });
    const response = await t.graphql<{
      verifyCertificate: { recipientName: string; title: string; issuer: string; valid: boolean };
    }>('query ($code: String!) { verifyCertificate(code: $code) { code recipientName title kind issuedAt issuer valid } }', {
      code: certificate.code.toLowerCase(),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.verifyCertificate).toMatchObject({ recipientName: 'Siti Rahma', title: 'Manajemen Risiko SPBE', valid: true });
    expect(JSON.stringify(response.data)).not.toMatch(/learner@example\.id|LEARNER/);

    // The Open Badges 3.0 credential is the learner's to download.
    const own = await t.graphql<{ myCertificateCredential: { json: string } }>(
      'query ($code: String!) { myCertificateCredential(code: $code) { json } }',
      { code: certificate.code },
      learner.token,
    );
    const credential = JSON.parse(own.data!.myCertificateCredential.json);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential['@context']).toContain('https://www.w3.org/ns/credentials/v2');
    expect(credential.id).toBe(`http://localhost:3000/verify/${certificate.code}`);
    expect(credential.credentialSubject.achievement.name).toBe('Manajemen Risiko SPBE');
  });

  it('answers NOT_FOUND for a code that does not exist or is malformed', async () => {
    for (const code of ['AAAA-BBBB-CCCC', 'nonsense', "'; DROP TABLE certificates; --"]) {
      const response = await t.graphql('query ($code: String!) { verifyCertificate(code: $code) { code } }', { code });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CERTIFICATE_NOT_FOUND' });
    }
  });
});
