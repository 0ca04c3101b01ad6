import { createTestApp, type TestApp } from '../../test/test-app';
import { CREATE, SUBMIT, UPDATE } from './content.test-helpers';
import { ContentEvent } from './content-event.entity';
import { ContentRevision } from './content-revision.entity';

/** Drafts are saved incomplete; completeness is checked when a draft is submitted for review. */
let t: TestApp;
let author: { token: string };
let otherMentor: { token: string };
let learner: { token: string };

beforeAll(async () => {
  t = await createTestApp();
  author = await t.createUser({ email: 'rina@example.id', roles: ['MENTOR'] });
  otherMentor = await t.createUser({ email: 'dadang@example.id', roles: ['MENTOR'] });
  learner = await t.createUser({ email: 'siti@example.id' });
});
afterAll(() => t.close());

type Created = { createContent: { id: string; workingRevision: { id: string; version: number; status: string } } };
const revisions = () => t.dataSource.getRepository(ContentRevision);
const events = () => t.dataSource.getRepository(ContentEvent);

const completeCaseStudy = {
  title: 'Dukcapil daring di Kabupaten Banyuwangi',
  summary: 'Bagaimana layanan kependudukan dipindah ke daring.',
  level: 'INTERMEDIATE',
  estimatedMinutes: 20,
  language: 'id',
  indicatorCodes: ['I19'],
  caseStudy: {
    context: 'Antrean panjang di kantor.',
    problem: 'Warga menunggu berhari-hari.',
    whatWasDone: 'Formulir daring dan tanda tangan elektronik.',
    results: 'Waktu layanan turun menjadi satu hari.',
    lessonsLearned: 'Pelatihan petugas kecamatan perlu lebih awal.',
    sources: [{ title: 'Siaran pers', kind: 'siaran pers', year: 2024, url: 'https://example.id/siaran' }],
  },
};

async function createTitleOnly(type: string, title: string) {
  const response = await t.graphql<Created>(CREATE, { input: { type, draft: { title } } }, author.token);
  expect(response.errors).toBeUndefined();
  return response.data?.createContent.workingRevision as { id: string; version: number; status: string };
}

describe('saving a draft', () => {
  it('a case study with only a title is saved as a draft and kept', async () => {
    const revision = await createTitleOnly('CASE_STUDY', 'Dukcapil daring');
    expect(revision.status).toBe('DRAFT');
    const stored = await revisions().findOneByOrFail({ id: revision.id });
    expect(stored).toMatchObject({ title: 'Dukcapil daring', summary: '', estimatedMinutes: 0, language: 'id', status: 'DRAFT' });
    expect(stored.body).toEqual({
      type: 'CASE_STUDY',
      context: '',
      problem: '',
      whatWasDone: '',
      results: '',
      lessonsLearned: '',
      sources: [],
    });

    // Saved again, still incomplete: kept, version moves on.
    const again = await t.graphql<{ updateDraft: { version: number; title: string } }>(
      UPDATE,
      {
        input: { revisionId: revision.id, version: revision.version, draft: { title: 'Dukcapil daring (draf)', summary: 'Setengah jadi' } },
      },
      author.token,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data?.updateDraft).toMatchObject({ version: revision.version + 1, title: 'Dukcapil daring (draf)' });
  });

  it('a module without lessons and a playbook without steps are saved as drafts', async () => {
    expect((await createTitleOnly('MODULE', 'Modul baru')).status).toBe('DRAFT');
    expect((await createTitleOnly('PLAYBOOK', 'Panduan baru')).status).toBe('DRAFT');
  });

  it.each([
    ['no title', { title: '  ' }, 'title', 'title.required'],
    ['a summary over 1000 characters', { title: 'a', summary: 'x'.repeat(1001) }, 'summary', 'summary.tooLong'],
    ['a negative estimate', { title: 'a', estimatedMinutes: -5 }, 'estimatedMinutes', 'estimatedMinutes.invalid'],
    [
      'a malformed source address',
      { title: 'a', caseStudy: { ...completeCaseStudy.caseStudy, sources: [{ title: '', kind: '', year: 0, url: 'ftp://x' }] } },
      'caseStudy.sources.0.url',
      'url.invalid',
    ],
  ])('still refuses %s (BAD_USER_INPUT), nothing written', async (_, draft, field, message) => {
    const before = await revisions().count();
    const response = await t.graphql(CREATE, { input: { type: 'CASE_STUDY', draft } }, author.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.errors?.[0].extensions?.fields).toContainEqual(expect.objectContaining({ field, message }));
    expect(await revisions().count()).toBe(before);
  });

  it('refuses a duplicate lesson key in a draft', async () => {
    const key = '2f1f3b8e-8a43-4c47-9b1e-0c1d2e3f4a5b';
    const lessons = [
      { key, position: 1, title: '', body: '' },
      { key, position: 2, title: '', body: '' },
    ];
    const response = await t.graphql(CREATE, { input: { type: 'MODULE', draft: { title: 'a', lessons } } }, author.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_KEY' });
  });

  it('another mentor cannot save someone else’s draft; a learner cannot create one', async () => {
    const revision = await createTitleOnly('CASE_STUDY', 'Milik Rina');
    const response = await t.graphql(
      UPDATE,
      { input: { revisionId: revision.id, version: revision.version, draft: { title: 'Diambil alih' } } },
      otherMentor.token,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_AUTHOR' });
    expect((await revisions().findOneByOrFail({ id: revision.id })).title).toBe('Milik Rina');

    const byLearner = await t.graphql(CREATE, { input: { type: 'CASE_STUDY', draft: { title: 'x' } } }, learner.token);
    expect(byLearner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('submitting for review', () => {
  it('an incomplete draft is refused with one issue per missing part, nothing changed', async () => {
    const revision = await createTitleOnly('CASE_STUDY', 'Belum lengkap');
    const eventsBefore = await events().count();
    const response = await t.graphql(SUBMIT, { input: { revisionId: revision.id, version: revision.version } }, author.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: 'summary', message: 'summary.required' },
      { field: 'estimatedMinutes', message: 'estimatedMinutes.invalid' },
      { field: 'caseStudy.context', message: 'caseStudy.context.required' },
      { field: 'caseStudy.problem', message: 'caseStudy.problem.required' },
      { field: 'caseStudy.whatWasDone', message: 'caseStudy.whatWasDone.required' },
      { field: 'caseStudy.results', message: 'caseStudy.results.required' },
      { field: 'caseStudy.lessonsLearned', message: 'caseStudy.lessonsLearned.required' },
    ]);
    const stored = await revisions().findOneByOrFail({ id: revision.id });
    expect(stored).toMatchObject({ status: 'DRAFT', version: revision.version, submittedAt: null });
    expect(await events().count()).toBe(eventsBefore);
  });

  it('names the missing lesson text of a module and the missing steps of a playbook', async () => {
    const module = await t.graphql<Created>(
      CREATE,
      {
        input: {
          type: 'MODULE',
          draft: { ...completeCaseStudy, caseStudy: undefined, lessons: [{ position: 1, title: 'Satu', body: '' }] },
        },
      },
      author.token,
    );
    const moduleRevision = module.data?.createContent.workingRevision as { id: string; version: number };
    const moduleSubmit = await t.graphql(
      SUBMIT,
      { input: { revisionId: moduleRevision.id, version: moduleRevision.version } },
      author.token,
    );
    expect(moduleSubmit.errors?.[0].extensions?.fields).toEqual([{ field: 'lessons.0.body', message: 'lesson.body.required' }]);

    const playbook = await createTitleOnly('PLAYBOOK', 'Panduan kosong');
    const playbookSubmit = await t.graphql(SUBMIT, { input: { revisionId: playbook.id, version: playbook.version } }, author.token);
    expect(playbookSubmit.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        { field: 'playbook.serviceName', message: 'playbook.serviceName.required' },
        { field: 'playbook.steps', message: 'steps.required' },
      ]),
    );
  });

  it('a draft completed later submits', async () => {
    const revision = await createTitleOnly('CASE_STUDY', 'Akan lengkap');
    const updated = await t.graphql<{ updateDraft: { version: number } }>(
      UPDATE,
      { input: { revisionId: revision.id, version: revision.version, draft: completeCaseStudy } },
      author.token,
    );
    expect(updated.errors).toBeUndefined();
    const version = updated.data?.updateDraft.version;
    const submitted = await t.graphql(SUBMIT, { input: { revisionId: revision.id, version } }, author.token);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data).toMatchObject({ submitForReview: { status: 'IN_REVIEW', version: (version ?? 0) + 1 } });
  });

  it('a submit naming an old version is a CONFLICT, not a completeness check of newer text', async () => {
    const revision = await createTitleOnly('CASE_STUDY', 'Versi lama');
    await t.graphql(UPDATE, { input: { revisionId: revision.id, version: revision.version, draft: completeCaseStudy } }, author.token);
    const response = await t.graphql(SUBMIT, { input: { revisionId: revision.id, version: revision.version } }, author.token);
    expect(response.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('another mentor cannot submit someone else’s draft', async () => {
    const revision = await createTitleOnly('CASE_STUDY', 'Bukan milikmu');
    const response = await t.graphql(SUBMIT, { input: { revisionId: revision.id, version: revision.version } }, otherMentor.token);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await revisions().findOneByOrFail({ id: revision.id })).status).toBe('DRAFT');
  });
});
