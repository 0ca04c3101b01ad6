import { createTestApp, type TestApp } from '../../test/test-app';
import { APPROVE, CATALOGUE, CREATE, createModule, moduleDraft, REQUEST_CHANGES, SUBMIT, UPDATE, WITHDRAW } from './content.test-helpers';
import { ContentEvent } from './content-event.entity';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';

let t: TestApp;
let author: { user: { id: string }; token: string };
let reviewer: { user: { id: string }; token: string };
let admin: { token: string };
let learner: { token: string };
let coordinator: { token: string };

beforeAll(async () => {
  t = await createTestApp();
  author = await t.createUser({ email: 'rina@example.id', roles: ['MENTOR'], fullName: 'Rina' });
  reviewer = await t.createUser({ email: 'dadang@example.id', roles: ['MENTOR'], fullName: 'Dadang' });
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  learner = await t.createUser({ email: 'siti@example.id' });
  coordinator = await t.createUser({ email: 'asep@example.id', roles: ['COORDINATOR'] });
});
afterAll(() => t.close());

const counts = async () => ({
  items: await t.dataSource.getRepository(ContentItem).count(),
  revisions: await t.dataSource.getRepository(ContentRevision).count(),
  events: await t.dataSource.getRepository(ContentEvent).count(),
});

describe('writing', () => {
  it('a mentor creates a module as a draft, revision 1', async () => {
    const response = await t.graphql(CREATE, { input: { type: 'MODULE', draft: moduleDraft() } }, author.token);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      createContent: { type: 'MODULE', status: 'DRAFT', workingRevision: { number: 1, status: 'DRAFT', version: 1 } },
    });
  });

  it.each([
    ['a learner', () => learner.token],
    ['a coordinator', () => coordinator.token],
    ['an admin without MENTOR', () => admin.token],
  ])('is refused to %s, nothing written', async (_, token) => {
    const before = await counts();
    const response = await t.graphql(CREATE, { input: { type: 'MODULE', draft: moduleDraft() } }, token());
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['an empty title', { title: '' }, 'title.required'],
    ['a title over 200 characters', { title: 'a'.repeat(201) }, 'title.tooLong'],
    ['a lesson over 200 KB', { lessons: [{ position: 1, title: 'a', body: 'x'.repeat(205 * 1024) }] }, 'body.tooLarge'],
    ['lessons out of order', { lessons: [{ position: 2, title: 'a', body: 'b' }] }, 'lessons.outOfOrder'],
    ['an unknown indicator', { indicatorCodes: ['I48'] }, 'indicatorCodes.unknown'],
  ])('refuses %s with BAD_USER_INPUT, nothing written', async (_, overrides, message) => {
    const before = await counts();
    const response = await t.graphql(CREATE, { input: { type: 'MODULE', draft: moduleDraft(overrides) } }, author.token);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields?.map((f) => f.message)).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses a case study body on a module', async () => {
    const draft = moduleDraft({
      caseStudy: { context: 'a', problem: 'b', whatWasDone: 'c', results: 'd', lessonsLearned: 'e', sources: [] },
    });
    const response = await t.graphql(CREATE, { input: { type: 'MODULE', draft } }, author.token);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('only the author edits a draft; another mentor gets FORBIDDEN and nothing changes', async () => {
    const { revisionId } = await createModule(t, author.token);
    const response = await t.graphql(
      UPDATE,
      { input: { revisionId, version: 1, draft: moduleDraft({ title: 'Diubah orang lain' }) } },
      reviewer.token,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_AUTHOR' });
    expect((await t.dataSource.getRepository(ContentRevision).findOneByOrFail({ id: revisionId })).title).toBe('Pengantar SPBE');
  });

  it('a stale save gets CONFLICT and the first save is kept', async () => {
    const { revisionId } = await createModule(t, author.token);
    const first = await t.graphql(
      UPDATE,
      { input: { revisionId, version: 1, draft: moduleDraft({ title: 'Tab pertama' }) } },
      author.token,
    );
    expect(first.errors).toBeUndefined();
    const second = await t.graphql(UPDATE, { input: { revisionId, version: 1, draft: moduleDraft({ title: 'Tab kedua' }) } }, author.token);
    expect(second.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } });
    // No prose: the message is the reason, the web says it in the user's language.
    expect(second.errors?.[0].message).toBe('STALE_VERSION');
    expect((await t.dataSource.getRepository(ContentRevision).findOneByOrFail({ id: revisionId })).title).toBe('Tab pertama');
  });

  it('two concurrent saves of the same version: exactly one wins', async () => {
    const { revisionId } = await createModule(t, author.token);
    const results = await Promise.all(
      ['A', 'B', 'C', 'D'].map((name) =>
        t.graphql(UPDATE, { input: { revisionId, version: 1, draft: moduleDraft({ title: `Versi ${name}` }) } }, author.token),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(3);
    const saved = await t.dataSource.getRepository(ContentRevision).findOneByOrFail({ id: revisionId });
    expect(saved.version).toBe(2);
  });

  it('keeps lesson keys across edits and records the changed fields', async () => {
    const { itemId, revisionId } = await createModule(t, author.token);
    const item = await t.graphql<{ contentItem: { workingRevision: { lessons: Array<{ key: string; title: string }> } } }>(
      `query ($id: ID!) { contentItem(id: $id) { workingRevision { lessons { key title } } } }`,
      { id: itemId },
      author.token,
    );
    const [first, second] = item.data!.contentItem.workingRevision.lessons;
    const lessons = [
      { key: second.key, position: 1, title: 'Indeks SPBE', body: 'Urutan ditukar.' },
      { key: first.key, position: 2, title: 'Apa itu SPBE', body: 'SPBE diatur dalam Perpres 95/2018.' },
    ];
    const response = await t.graphql<{ updateDraft: { lessons: Array<{ key: string }> } }>(
      UPDATE,
      { input: { revisionId, version: 1, draft: moduleDraft({ lessons, summary: 'Ringkasan baru' }) } },
      author.token,
    );
    expect(response.data?.updateDraft.lessons.map((l) => l.key)).toEqual([second.key, first.key]);
    const history = await t.graphql<{
      contentItem: { history: Array<{ action: string; changedFields: string[]; actor: { fullName: string } }> };
    }>(`query ($id: ID!) { contentItem(id: $id) { history { action changedFields actor { fullName } } } }`, { id: itemId }, author.token);
    expect(history.data?.contentItem.history[0]).toEqual({
      action: 'EDITED',
      changedFields: ['summary', 'lessons'],
      actor: { fullName: 'Rina' },
    });
  });
});

describe('review', () => {
  it('cannot be published from DRAFT without review', async () => {
    const { revisionId } = await createModule(t, author.token);
    const response = await t.graphql(APPROVE, { input: { revisionId, version: 1 } }, reviewer.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
  });

  it('nobody approves their own work, not even an author who is also admin', async () => {
    const authorAdmin = await t.createUser({ email: 'mentor-admin@example.id', roles: ['MENTOR', 'ADMIN'] });
    const { revisionId } = await createModule(t, authorAdmin.token);
    const submitted = await t.graphql<{ submitForReview: { version: number } }>(
      SUBMIT,
      { input: { revisionId, version: 1 } },
      authorAdmin.token,
    );
    const response = await t.graphql(
      APPROVE,
      { input: { revisionId, version: submitted.data!.submitForReview.version } },
      authorAdmin.token,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_WORK' });
  });

  it('another mentor approves: published, visible to learners; drafts are not', async () => {
    const { itemId, revisionId } = await createModule(t, author.token, moduleDraft({ title: 'Modul Arsitektur SPBE' }));
    expect(
      (await t.graphql(`query ($id: ID!) { contentItem(id: $id) { id } }`, { id: itemId }, learner.token)).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');

    const submitted = await t.graphql<{ submitForReview: { status: string; version: number } }>(
      SUBMIT,
      { input: { revisionId, version: 1 } },
      author.token,
    );
    expect(submitted.data?.submitForReview.status).toBe('IN_REVIEW');
    const queue = await t.graphql<{ reviewQueue: Array<{ id: string }> }>('{ reviewQueue { id } }', {}, reviewer.token);
    expect(queue.data?.reviewQueue.map((r) => r.id)).toContain(revisionId);
    const ownQueue = await t.graphql<{ reviewQueue: Array<{ id: string }> }>('{ reviewQueue { id } }', {}, author.token);
    expect(ownQueue.data?.reviewQueue.map((r) => r.id)).not.toContain(revisionId);
    expect((await t.graphql('{ reviewQueue { id } }', {}, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const approved = await t.graphql<{ approveRevision: { status: string; publishedAt: string } }>(
      APPROVE,
      { input: { revisionId, version: submitted.data!.submitForReview.version, comment: 'Bagus.' } },
      reviewer.token,
    );
    expect(approved.data?.approveRevision.status).toBe('PUBLISHED');

    const seen = await t.graphql<{ contentItem: { status: string; publishedRevision: { title: string } } }>(
      `query ($id: ID!) { contentItem(id: $id) { status publishedRevision { title } } }`,
      { id: itemId },
      learner.token,
    );
    expect(seen.data?.contentItem).toEqual({ status: 'PUBLISHED', publishedRevision: { title: 'Modul Arsitektur SPBE' } });
    const work = await t.graphql(`query ($id: ID!) { contentItem(id: $id) { workingRevision { id } } }`, { id: itemId }, learner.token);
    expect(work.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const history = await t.graphql(`query ($id: ID!) { contentItem(id: $id) { history { action } } }`, { id: itemId }, learner.token);
    expect(history.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sending back needs a comment; the author sees it in the history', async () => {
    const { itemId, revisionId } = await createModule(t, author.token);
    const submitted = await t.graphql<{ submitForReview: { version: number } }>(
      SUBMIT,
      { input: { revisionId, version: 1 } },
      author.token,
    );
    const version = submitted.data!.submitForReview.version;
    const noComment = await t.graphql(REQUEST_CHANGES, { input: { revisionId, version, comment: '  ' } }, reviewer.token);
    expect(noComment.errors?.[0].extensions?.fields).toEqual([{ field: 'comment', message: 'comment.required' }]);
    const sentBack = await t.graphql<{ requestChanges: { status: string } }>(
      REQUEST_CHANGES,
      { input: { revisionId, version, comment: 'Tambahkan contoh perhitungan.' } },
      admin.token,
    );
    expect(sentBack.data?.requestChanges.status).toBe('DRAFT');
    const history = await t.graphql<{ contentItem: { history: Array<{ action: string; comment: string | null }> } }>(
      `query ($id: ID!) { contentItem(id: $id) { history { action comment } } }`,
      { id: itemId },
      author.token,
    );
    expect(history.data?.contentItem.history.map((e) => e.action)).toEqual(['CHANGES_REQUESTED', 'SUBMITTED', 'CREATED']);
    expect(history.data?.contentItem.history[0].comment).toBe('Tambahkan contoh perhitungan.');
  });

  it('the author can withdraw from review; a stale approve then fails', async () => {
    const { revisionId } = await createModule(t, author.token);
    const submitted = await t.graphql<{ submitForReview: { version: number } }>(
      SUBMIT,
      { input: { revisionId, version: 1 } },
      author.token,
    );
    const version = submitted.data!.submitForReview.version;
    const withdrawn = await t.graphql<{ withdrawFromReview: { status: string } }>(
      WITHDRAW,
      { input: { revisionId, version } },
      author.token,
    );
    expect(withdrawn.data?.withdrawFromReview.status).toBe('DRAFT');
    const approve = await t.graphql(APPROVE, { input: { revisionId, version } }, reviewer.token);
    expect(approve.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('revisions of published content', () => {
  it('editing opens a new draft while learners keep the published text; approval supersedes the old one', async () => {
    const { itemId, revisionId: firstId } = await createModule(t, author.token, moduleDraft({ title: 'Versi satu' }));
    const v = (
      await t.graphql<{ submitForReview: { version: number } }>(SUBMIT, { input: { revisionId: firstId, version: 1 } }, author.token)
    ).data!.submitForReview.version;
    await t.graphql(APPROVE, { input: { revisionId: firstId, version: v } }, reviewer.token);

    const started = await t.graphql<{ startRevision: { id: string; number: number; status: string; version: number } }>(
      'mutation ($id: ID!) { startRevision(itemId: $id) { id number status version } }',
      { id: itemId },
      author.token,
    );
    expect(started.data?.startRevision).toMatchObject({ number: 2, status: 'DRAFT' });
    const again = await t.graphql('mutation ($id: ID!) { startRevision(itemId: $id) { id } }', { id: itemId }, author.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OPEN_REVISION_EXISTS' });
    const byOther = await t.graphql('mutation ($id: ID!) { startRevision(itemId: $id) { id } }', { id: itemId }, reviewer.token);
    expect(byOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const secondId = started.data!.startRevision.id;
    await t.graphql(UPDATE, { input: { revisionId: secondId, version: 1, draft: moduleDraft({ title: 'Versi dua' }) } }, author.token);
    const learnerView = async () =>
      (
        await t.graphql<{ contentItem: { publishedRevision: { title: string } } }>(
          `query ($id: ID!) { contentItem(id: $id) { publishedRevision { title } } }`,
          { id: itemId },
          learner.token,
        )
      ).data?.contentItem.publishedRevision.title;
    expect(await learnerView()).toBe('Versi satu');

    const sv = (
      await t.graphql<{ submitForReview: { version: number } }>(SUBMIT, { input: { revisionId: secondId, version: 2 } }, author.token)
    ).data!.submitForReview.version;
    await t.graphql(APPROVE, { input: { revisionId: secondId, version: sv } }, reviewer.token);
    expect(await learnerView()).toBe('Versi dua');

    const revisions = await t.graphql<{ contentItem: { revisions: Array<{ number: number; status: string; title: string }> } }>(
      `query ($id: ID!) { contentItem(id: $id) { revisions { number status title } } }`,
      { id: itemId },
      reviewer.token,
    );
    expect(revisions.data?.contentItem.revisions).toEqual([
      { number: 2, status: 'PUBLISHED', title: 'Versi dua' },
      { number: 1, status: 'SUPERSEDED', title: 'Versi satu' },
    ]);
    // The frozen revision is history: mentors may read it, learners may not.
    expect(
      (await t.graphql(`query ($id: ID!) { contentRevision(id: $id) { title } }`, { id: firstId }, learner.token)).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await t.graphql(`query ($id: ID!) { contentRevision(id: $id) { title } }`, { id: firstId }, reviewer.token)).data).toEqual({
      contentRevision: { title: 'Versi satu' },
    });
  });

  it('archiving withdraws an item from the catalogue; the author or an admin restores it', async () => {
    const { itemId, revisionId } = await createModule(t, author.token, moduleDraft({ title: 'Modul yang diarsipkan' }));
    const v = (await t.graphql<{ submitForReview: { version: number } }>(SUBMIT, { input: { revisionId, version: 1 } }, author.token)).data!
      .submitForReview.version;
    await t.graphql(APPROVE, { input: { revisionId, version: v } }, reviewer.token);
    const inCatalogue = async () =>
      (await t.graphql<{ catalogue: { totalCount: number } }>(CATALOGUE, { search: 'diarsipkan' }, learner.token)).data?.catalogue
        .totalCount;
    expect(await inCatalogue()).toBe(1);

    expect(
      (await t.graphql('mutation ($id: ID!) { archiveContent(itemId: $id) { id } }', { id: itemId }, reviewer.token)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const archived = await t.graphql<{ archiveContent: { archivedAt: string } }>(
      'mutation ($id: ID!) { archiveContent(itemId: $id) { archivedAt } }',
      { id: itemId },
      author.token,
    );
    expect(archived.data?.archiveContent.archivedAt).toBeTruthy();
    expect(await inCatalogue()).toBe(0);
    expect(
      (await t.graphql(`query ($id: ID!) { contentItem(id: $id) { id } }`, { id: itemId }, learner.token)).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    await t.graphql('mutation ($id: ID!) { restoreContent(itemId: $id) { id } }', { id: itemId }, admin.token);
    expect(await inCatalogue()).toBe(1);
  });
});

describe('my content', () => {
  it('lists a mentor’s own items only, and is for mentors', async () => {
    const mine = await t.graphql<{ myContent: Array<{ author: { fullName: string } }> }>(
      '{ myContent { author { fullName } } }',
      {},
      author.token,
    );
    expect(mine.data?.myContent.length).toBeGreaterThan(3);
    expect(new Set(mine.data?.myContent.map((item) => item.author.fullName))).toEqual(new Set(['Rina']));
    expect((await t.graphql('{ myContent { id } }', {}, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
