import { StatementCounter } from '../../test/statement-counter';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createModule, moduleDraft, publish } from '../content/content.test-helpers';

/**
 * Questions under lessons and playbook steps, through GraphQL on a real database: who may ask, answer,
 * accept and hide, what a hidden post shows to whom, and bad input that writes nothing.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let moduleId: string;
let lessonKeys: string[];
let playbookId: string;
let stepKey: string;
let draftId: string;
let draftLessonKey: string;
let archivedId: string;
let archivedLessonKey: string;

const THREAD = `query ($itemId: ID!, $targetKey: ID!, $offset: Int, $limit: Int) {
  discussionThread(itemId: $itemId, targetKey: $targetKey, offset: $offset, limit: $limit) {
    totalCount viewerMayAccept
    items { id body hidden hiddenAt hiddenReason hiddenBy { fullName } author { id fullName } answerCount
      answers { id body hidden accepted hiddenReason author { id fullName } } }
  }
}`;
const ASK = `mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id body targetKey itemId } }`;
const ANSWER = `mutation ($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id body accepted } }`;
const ACCEPT = `mutation ($answerId: ID!) { acceptAnswer(answerId: $answerId) { id accepted acceptedAt } }`;
const HIDE_QUESTION = `mutation ($input: HidePostInput!) { hideQuestion(input: $input) { id hidden body hiddenReason } }`;
const HIDE_ANSWER = `mutation ($input: HidePostInput!) { hideAnswer(input: $input) { id hidden accepted } }`;
const COUNTS = `query ($itemId: ID!) { discussionCounts(itemId: $itemId) { targetKey questionCount } }`;

type Thread = {
  discussionThread: {
    totalCount: number;
    viewerMayAccept: boolean;
    items: Array<{
      id: string;
      body: string | null;
      hidden: boolean;
      hiddenAt: string | null;
      hiddenReason: string | null;
      hiddenBy: { fullName: string } | null;
      author: { id: string; fullName: string };
      answerCount: number;
      answers: Array<{ id: string; body: string | null; hidden: boolean; accepted: boolean; hiddenReason: string | null }>;
    }>;
  };
};

const step = { title: 'Langkah', description: 'Lakukan', responsibleRole: 'Sekda', estimatedDays: 5, evidence: 'SK' };

async function lessonKeysOf(itemId: string, token: string): Promise<string[]> {
  const response = await t.graphql<{ contentItem: { publishedRevision: { lessons: Array<{ key: string }> } } }>(
    'query ($id: ID!) { contentItem(id: $id) { publishedRevision { lessons { key } } } }',
    { id: itemId },
    token,
  );
  return response.data?.contentItem.publishedRevision.lessons.map((lesson) => lesson.key) ?? [];
}

const rowCount = async (table: 'discussion_questions' | 'discussion_answers') =>
  Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

const ask = (token: string, body = 'Bagaimana cara menghitung indeks?', itemId = moduleId, targetKey = lessonKeys[0]) =>
  t.graphql<{ askQuestion: { id: string } }>(ASK, { input: { itemId, targetKey, body } }, token);

async function askedId(token: string, body?: string): Promise<string> {
  const response = await ask(token, body);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.askQuestion.id;
}

async function answeredId(token: string, questionId: string, body = 'Lihat Permenpan 59/2020.'): Promise<string> {
  const response = await t.graphql<{ answerQuestion: { id: string } }>(ANSWER, { input: { questionId, body } }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.answerQuestion.id;
}

const thread = (token: string, itemId = moduleId, targetKey = lessonKeys[0]) => t.graphql<Thread>(THREAD, { itemId, targetKey }, token);

beforeAll(async () => {
  t = await createTestApp();
  for (const [name, roles] of [
    ['learner', []],
    ['otherLearner', []],
    ['coordinator', ['COORDINATOR']],
    ['author', ['MENTOR']],
    ['mentor', ['MENTOR']],
    ['admin', ['ADMIN']],
  ] as const) {
    const created = await t.createUser({ email: `${name.toLowerCase()}@example.id`, fullName: name, roles: [...roles] });
    tokens[name] = created.token;
    ids[name] = created.user.id;
  }
  moduleId = (await publish(t, tokens.author, tokens.mentor, 'MODULE', moduleDraft())).itemId;
  lessonKeys = await lessonKeysOf(moduleId, tokens.learner);
  playbookId = (
    await publish(t, tokens.author, tokens.mentor, 'PLAYBOOK', {
      ...moduleDraft({ title: 'Playbook e-Office' }),
      lessons: undefined,
      playbook: { serviceName: 'e-Office', prerequisites: '', steps: [step, step].map((s, i) => ({ ...s, position: i + 1 })) },
    })
  ).itemId;
  const steps = await t.graphql<{ contentItem: { publishedRevision: { playbook: { steps: Array<{ key: string }> } } } }>(
    'query ($id: ID!) { contentItem(id: $id) { publishedRevision { playbook { steps { key } } } } }',
    { id: playbookId },
    tokens.learner,
  );
  stepKey = steps.data?.contentItem.publishedRevision.playbook.steps[1].key as string;
  const draft = await createModule(t, tokens.author);
  draftId = draft.itemId;
  draftLessonKey = (
    await t.graphql<{ contentRevision: { lessons: Array<{ key: string }> } }>(
      'query ($id: ID!) { contentRevision(id: $id) { lessons { key } } }',
      { id: draft.revisionId },
      tokens.author,
    )
  ).data?.contentRevision.lessons[0].key as string;
  archivedId = (await publish(t, tokens.author, tokens.mentor, 'MODULE', moduleDraft({ title: 'Diarsipkan' }))).itemId;
  archivedLessonKey = (await lessonKeysOf(archivedId, tokens.learner))[0];
  const archived = await t.graphql('mutation ($id: ID!) { archiveContent(itemId: $id) { id } }', { id: archivedId }, tokens.author);
  expect(archived.errors).toBeUndefined();
});
afterAll(() => t.close());

describe('asking', () => {
  it('a learner asks under a lesson; everyone who may see the module sees the thread, newest first', async () => {
    const first = await askedId(tokens.learner, 'Pertanyaan **pertama**');
    const second = await askedId(tokens.otherLearner, 'Pertanyaan kedua');
    for (const who of ['learner', 'otherLearner', 'coordinator', 'author', 'mentor', 'admin']) {
      const response = await thread(tokens[who]);
      expect(response.errors).toBeUndefined();
      const questionIds = response.data?.discussionThread.items.map((item) => item.id) ?? [];
      expect(questionIds.indexOf(second)).toBeLessThan(questionIds.indexOf(first));
      expect(questionIds).toContain(first);
    }
    const response = await thread(tokens.coordinator);
    const question = response.data?.discussionThread.items.find((item) => item.id === first);
    // The Markdown source goes out; the web renders it with the lessons' safe renderer.
    expect(question).toMatchObject({ body: 'Pertanyaan **pertama**', hidden: false, author: { id: ids.learner, fullName: 'learner' } });
    expect(response.data?.discussionThread.viewerMayAccept).toBe(false);
  });

  it('asks under a playbook step, and counts questions per lesson or step', async () => {
    const asked = await ask(tokens.learner, 'Siapa yang menandatangani SK?', playbookId, stepKey);
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.askQuestion).toMatchObject({ itemId: playbookId, targetKey: stepKey });
    const counts = await t.graphql<{ discussionCounts: Array<{ targetKey: string; questionCount: number }> }>(
      COUNTS,
      { itemId: playbookId },
      tokens.coordinator,
    );
    expect(counts.data?.discussionCounts).toEqual([{ targetKey: stepKey, questionCount: 1 }]);
  });

  it('pages the thread: totalCount counts all, the limit is capped at 100', async () => {
    const page = await t.graphql<Thread>(THREAD, { itemId: moduleId, targetKey: lessonKeys[0], offset: 0, limit: 1 }, tokens.learner);
    expect(page.data?.discussionThread.items).toHaveLength(1);
    expect(page.data?.discussionThread.totalCount).toBeGreaterThanOrEqual(2);
    const tooMany = await t.graphql(THREAD, { itemId: moduleId, targetKey: lessonKeys[0], limit: 101 }, tokens.learner);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE' });
  });

  it('refuses an empty or a 20 000-character question, and one of exactly 10 001, writing nothing', async () => {
    const before = await rowCount('discussion_questions');
    for (const body of ['', '   \n ', 'x'.repeat(20_000), 'x'.repeat(10_001)]) {
      const response = await ask(tokens.learner, body);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      expect(response.errors?.[0].extensions?.fields?.[0].field).toBe('body');
      expect(response.errors?.[0].message).not.toMatch(/SQL|select|insert/i);
    }
    expect((await ask(tokens.learner, 'x'.repeat(10_000))).errors).toBeUndefined();
    expect(await rowCount('discussion_questions')).toBe(before + 1);
  });

  it('refuses content that does not exist or that the learner may not see (NOT_FOUND), and an unknown lesson (BAD_USER_INPUT)', async () => {
    const before = await rowCount('discussion_questions');
    const cases: Array<[string, string, string, string]> = [
      ['00000000-0000-4000-8000-000000000000', lessonKeys[0], 'NOT_FOUND', 'DISCUSSION_CONTENT_NOT_FOUND'],
      [draftId, draftLessonKey, 'NOT_FOUND', 'DISCUSSION_CONTENT_NOT_FOUND'],
      [archivedId, archivedLessonKey, 'NOT_FOUND', 'DISCUSSION_CONTENT_NOT_FOUND'],
      [moduleId, '00000000-0000-4000-8000-000000000000', 'BAD_USER_INPUT', 'UNKNOWN_LESSON_OR_STEP'],
      [moduleId, stepKey, 'BAD_USER_INPUT', 'UNKNOWN_LESSON_OR_STEP'],
    ];
    for (const [itemId, targetKey, code, reason] of cases) {
      const asked = await ask(tokens.learner, 'Pertanyaan', itemId, targetKey);
      expect(asked.errors?.[0].extensions).toMatchObject({ code, reason });
      const read = await thread(tokens.learner, itemId, targetKey);
      expect(read.errors?.[0].extensions).toMatchObject({ code, reason });
    }
    const unknownKey = await ask(tokens.learner, 'Pertanyaan', moduleId, '00000000-0000-4000-8000-000000000000');
    expect(unknownKey.errors?.[0].extensions?.fields).toEqual([{ field: 'targetKey', message: 'field.invalid' }]);
    expect(await rowCount('discussion_questions')).toBe(before);
  });

  it('the author of a draft (and mentors) may see it, but it has no published lesson to ask under', async () => {
    const response = await ask(tokens.author, 'Pertanyaan', draftId, draftLessonKey);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_LESSON_OR_STEP' });
  });

  it('refuses a visitor', async () => {
    const response = await t.graphql(ASK, { input: { itemId: moduleId, targetKey: lessonKeys[0], body: 'Halo' } });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('answering and accepting', () => {
  it('a mentor answers; the author accepts; accepting another answer moves the mark', async () => {
    const questionId = await askedId(tokens.learner, 'Apa beda SPBE dan Pemdi?');
    const mentorAnswer = await answeredId(tokens.mentor, questionId, 'Pemdi berlaku sejak 2026.');
    const learnerAnswer = await answeredId(tokens.otherLearner, questionId, 'Saya juga ingin tahu.');

    const authorView = await thread(tokens.author);
    expect(authorView.data?.discussionThread.viewerMayAccept).toBe(true);
    const question = authorView.data?.discussionThread.items.find((item) => item.id === questionId);
    expect(question?.answers.map((answer) => answer.id)).toEqual([mentorAnswer, learnerAnswer]);
    expect(question?.answerCount).toBe(2);

    const accepted = await t.graphql<{ acceptAnswer: { accepted: boolean } }>(ACCEPT, { answerId: mentorAnswer }, tokens.author);
    expect(accepted.data?.acceptAnswer.accepted).toBe(true);
    const moved = await t.graphql<{ acceptAnswer: { accepted: boolean } }>(ACCEPT, { answerId: learnerAnswer }, tokens.admin);
    expect(moved.data?.acceptAnswer.accepted).toBe(true);
    const after = (await thread(tokens.learner)).data?.discussionThread.items.find((item) => item.id === questionId);
    expect(after?.answers.map((answer) => answer.accepted)).toEqual([false, true]);
  });

  it('only the content’s author or an admin accepts: the asker, another learner, a coordinator and another mentor may not', async () => {
    const questionId = await askedId(tokens.learner);
    const answerId = await answeredId(tokens.mentor, questionId);
    for (const who of ['learner', 'otherLearner', 'coordinator', 'mentor']) {
      const response = await t.graphql(ACCEPT, { answerId }, tokens[who]);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_CONTENT_AUTHOR' });
    }
    const rows = await t.dataSource.query('SELECT accepted_at FROM discussion_answers WHERE id = $1', [answerId]);
    expect(rows[0].accepted_at).toBeNull();
  });

  it('refuses an empty or too long answer and an unknown question, writing nothing', async () => {
    const questionId = await askedId(tokens.learner);
    const before = await rowCount('discussion_answers');
    for (const body of ['', 'x'.repeat(20_000)]) {
      const response = await t.graphql(ANSWER, { input: { questionId, body } }, tokens.mentor);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'body' }] });
    }
    const unknown = await t.graphql(ANSWER, { input: { questionId: '00000000-0000-4000-8000-000000000000', body: 'Ya' } }, tokens.mentor);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'QUESTION_NOT_FOUND' });
    expect(await rowCount('discussion_answers')).toBe(before);
  });

  it('a learner who may no longer see the content (archived) gets NOT_FOUND for its questions and answers', async () => {
    const published = (await publish(t, tokens.author, tokens.mentor, 'MODULE', moduleDraft({ title: 'Segera diarsipkan' }))).itemId;
    const key = (await lessonKeysOf(published, tokens.learner))[0];
    const asked = await ask(tokens.learner, 'Sebelum diarsipkan', published, key);
    const questionId = asked.data?.askQuestion.id as string;
    const answerId = await answeredId(tokens.mentor, questionId);
    await t.graphql('mutation ($id: ID!) { archiveContent(itemId: $id) { id } }', { id: published }, tokens.author);

    const answer = await t.graphql(ANSWER, { input: { questionId, body: 'Ya' } }, tokens.otherLearner);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'QUESTION_NOT_FOUND' });
    const read = await thread(tokens.coordinator, published, key);
    expect(read.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'DISCUSSION_CONTENT_NOT_FOUND' });
    // Mentors still see archived content, and its threads.
    expect((await thread(tokens.mentor, published, key)).data?.discussionThread.totalCount).toBe(1);
    const accept = await t.graphql(ACCEPT, { answerId }, tokens.author);
    expect(accept.errors).toBeUndefined();
  });
});

describe('hiding', () => {
  it('a mentor hides a question: others see "hidden" without the text, moderators see the text and the audit', async () => {
    const questionId = await askedId(tokens.learner, 'Teks kasar yang disembunyikan');
    const hidden = await t.graphql<{ hideQuestion: { hidden: boolean; body: string } }>(
      HIDE_QUESTION,
      { input: { id: questionId, reason: 'Kata-kata kasar' } },
      tokens.mentor,
    );
    expect(hidden.data?.hideQuestion).toMatchObject({
      hidden: true,
      body: 'Teks kasar yang disembunyikan',
      hiddenReason: 'Kata-kata kasar',
    });

    for (const who of ['learner', 'otherLearner', 'coordinator']) {
      const response = await t.graphql<Thread>(THREAD, { itemId: moduleId, targetKey: lessonKeys[0], limit: 100 }, tokens[who]);
      const question = response.data?.discussionThread.items.find((item) => item.id === questionId);
      expect(question).toMatchObject({ hidden: true, body: null, hiddenAt: null, hiddenReason: null, hiddenBy: null });
      expect(JSON.stringify(response.data)).not.toContain('Teks kasar');
    }
    const adminView = await t.graphql<Thread>(THREAD, { itemId: moduleId, targetKey: lessonKeys[0], limit: 100 }, tokens.admin);
    const audited = adminView.data?.discussionThread.items.find((item) => item.id === questionId);
    expect(audited).toMatchObject({
      hidden: true,
      body: 'Teks kasar yang disembunyikan',
      hiddenReason: 'Kata-kata kasar',
      hiddenBy: { fullName: 'mentor' },
    });
    expect(audited?.hiddenAt).toEqual(expect.any(String));

    // Kept: the row and who hid it, when and why.
    const [row] = await t.dataSource.query('SELECT body, hidden_by, hidden_reason, hidden_at FROM discussion_questions WHERE id = $1', [
      questionId,
    ]);
    expect(row).toMatchObject({ body: 'Teks kasar yang disembunyikan', hidden_by: ids.mentor, hidden_reason: 'Kata-kata kasar' });

    // A hidden question takes no answers; hiding it again keeps the first record.
    const answer = await t.graphql(ANSWER, { input: { questionId, body: 'Jawaban' } }, tokens.mentor);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POST_HIDDEN' });
    await t.graphql(HIDE_QUESTION, { input: { id: questionId, reason: 'Lagi' } }, tokens.admin);
    const [again] = await t.dataSource.query('SELECT hidden_by, hidden_reason FROM discussion_questions WHERE id = $1', [questionId]);
    expect(again).toEqual({ hidden_by: ids.mentor, hidden_reason: 'Kata-kata kasar' });
  });

  it('an admin hides an accepted answer: it loses the mark and cannot be accepted again', async () => {
    const questionId = await askedId(tokens.learner);
    const answerId = await answeredId(tokens.otherLearner, questionId, 'Jawaban yang kasar');
    await t.graphql(ACCEPT, { answerId }, tokens.author);
    const hidden = await t.graphql<{ hideAnswer: { hidden: boolean; accepted: boolean } }>(
      HIDE_ANSWER,
      { input: { id: answerId, reason: 'Spam' } },
      tokens.admin,
    );
    expect(hidden.data?.hideAnswer).toEqual({ id: answerId, hidden: true, accepted: false });
    const learnerView = (
      await t.graphql<Thread>(THREAD, { itemId: moduleId, targetKey: lessonKeys[0], limit: 100 }, tokens.learner)
    ).data?.discussionThread.items.find((item) => item.id === questionId);
    expect(learnerView?.answers[0]).toMatchObject({ hidden: true, body: null, hiddenReason: null });
    const accept = await t.graphql(ACCEPT, { answerId }, tokens.author);
    expect(accept.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POST_HIDDEN' });
  });

  it('learners and coordinators may not hide; a reason is required', async () => {
    const questionId = await askedId(tokens.learner);
    const answerId = await answeredId(tokens.mentor, questionId);
    for (const who of ['learner', 'otherLearner', 'coordinator']) {
      for (const [mutation, id] of [
        [HIDE_QUESTION, questionId],
        [HIDE_ANSWER, answerId],
      ]) {
        const response = await t.graphql(mutation, { input: { id, reason: 'Tidak suka' } }, tokens[who]);
        expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    }
    const noReason = await t.graphql(HIDE_QUESTION, { input: { id: questionId, reason: '  ' } }, tokens.mentor);
    expect(noReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason', message: 'reason.required' }],
    });
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM discussion_questions WHERE id = $1 AND hidden_at IS NULL`, [
      questionId,
    ]);
    expect(rows[0].n).toBe(1);
  });
});

describe('notifications', () => {
  const MINE = `{ myNotifications(limit: 100, offset: 0) { items { kind objectId link } } }`;
  const notificationsOf = async (who: string, kind: string, objectId: string) => {
    const response = await t.graphql<{ myNotifications: { items: Array<{ kind: string; objectId: string; link: string }> } }>(
      MINE,
      {},
      tokens[who],
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.myNotifications.items.filter((item) => item.kind === kind && item.objectId === objectId);
  };

  it('tells every mentor once of a question (linking to the lesson), and no one else', async () => {
    const questionId = await askedId(tokens.learner, 'Pertanyaan untuk para mentor');
    for (const who of ['author', 'mentor']) {
      const told = await notificationsOf(who, 'QUESTION_ASKED', questionId);
      expect(told).toEqual([{ kind: 'QUESTION_ASKED', objectId: questionId, link: `/belajar/${moduleId}/${lessonKeys[0]}` }]);
    }
    for (const who of ['learner', 'otherLearner', 'coordinator', 'admin']) {
      expect(await notificationsOf(who, 'QUESTION_ASKED', questionId)).toEqual([]);
    }
  });

  it('a mentor asking does not tell themselves; a step’s question links to the step', async () => {
    const asked = await ask(tokens.mentor, 'Pertanyaan mentor', playbookId, stepKey);
    const questionId = asked.data?.askQuestion.id as string;
    expect(await notificationsOf('mentor', 'QUESTION_ASKED', questionId)).toEqual([]);
    expect(await notificationsOf('author', 'QUESTION_ASKED', questionId)).toEqual([
      { kind: 'QUESTION_ASKED', objectId: questionId, link: `/konten/${playbookId}#step-${stepKey}` },
    ]);
  });

  it('tells the asker of each answer by someone else, once per answer', async () => {
    const questionId = await askedId(tokens.learner, 'Siapa yang menjawab?');
    await answeredId(tokens.mentor, questionId, 'Saya.');
    await answeredId(tokens.learner, questionId, 'Terima kasih.');
    expect(await notificationsOf('learner', 'QUESTION_ANSWERED', questionId)).toHaveLength(1);
    await answeredId(tokens.otherLearner, questionId, 'Saya juga.');
    expect(await notificationsOf('learner', 'QUESTION_ANSWERED', questionId)).toHaveLength(2);
    expect(await notificationsOf('mentor', 'QUESTION_ANSWERED', questionId)).toEqual([]);
  });
});

describe('statements', () => {
  it('a page of the thread sends the same number of statements for 2 or 6 questions with answers (authors and answers batched)', async () => {
    const published = (await publish(t, tokens.author, tokens.mentor, 'MODULE', moduleDraft({ title: 'Hitung pernyataan' }))).itemId;
    const key = (await lessonKeysOf(published, tokens.learner))[0];
    const counter = new StatementCounter(t.dataSource);
    const measure = async () => (await counter.during(() => thread(tokens.admin, published, key))).statements.length;
    const addQuestions = async (count: number) => {
      for (let index = 0; index < count; index++) {
        const who = index % 2 === 0 ? 'learner' : 'otherLearner';
        const questionId = (await ask(tokens[who], `Pertanyaan ${index}`, published, key)).data?.askQuestion.id as string;
        await answeredId(tokens.mentor, questionId);
      }
    };
    await addQuestions(2);
    const few = await measure();
    await addQuestions(4);
    const many = await measure();
    expect(many).toBe(few);
  });
});
