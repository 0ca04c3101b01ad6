import { createTestApp, type TestApp } from '../../test/test-app';
import { CATALOGUE, moduleDraft, publish } from './content.test-helpers';
import { MATCH_END, MATCH_START } from './content-catalogue.service';
import { ContentItem } from './content-item.entity';
import { ContentSeeder } from './content-seeder';
import { SUMEDANG_CONTENT } from './seed/sumedang-content';

interface Hit {
  rank: number | null;
  snippet: string | null;
  item: { id: string; type: string };
  revision: { title: string; indicators: Array<{ code: string }> };
}

let t: TestApp;
let learner: { token: string };
let mentor: { user: { id: string }; token: string };
let reviewer: { token: string };
let englishModuleId: string;

const search = async (variables: Record<string, unknown>) => {
  const response = await t.graphql<{ catalogue: { totalCount: number; items: Hit[] } }>(CATALOGUE, variables, learner.token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.catalogue;
};

beforeAll(async () => {
  t = await createTestApp({ seedContent: true });
  learner = await t.createUser({ email: 'asn@example.id' });
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], fullName: 'Mentor Uji' });
  reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  englishModuleId = (
    await publish(
      t,
      mentor.token,
      reviewer.token,
      'MODULE',
      moduleDraft({
        title: 'Running a complaint service on WhatsApp',
        summary: 'How a district answers citizens’ complaints through messaging portals.',
        language: 'en',
        level: 'ADVANCED',
        indicatorCodes: ['I42'],
        lessons: [{ position: 1, title: 'Complaints', body: 'Citizens send complaints; officers answer within two days.' }],
      }),
    )
  ).itemId;
});
afterAll(() => t.close());

describe('shipped content', () => {
  it('publishes every shipped item once, owned by the Sumedang Living Lab team', async () => {
    const all = await search({});
    expect(all.totalCount).toBe(SUMEDANG_CONTENT.length + 1);
    await t.app.get(ContentSeeder).seed();
    expect(await t.dataSource.getRepository(ContentItem).countBy({})).toBe(SUMEDANG_CONTENT.length + 1);
    const playbook = all.items.find((hit) => hit.item.type === 'PLAYBOOK');
    expect(playbook?.revision.title).toBe('Replikasi e-Office Sumedang');
  });

  it('links the e-Office playbook to its published case study', async () => {
    const response = await t.graphql<{
      catalogue: { items: Array<{ revision: { playbook: { caseStudyId: string; steps: Array<{ position: number }> } } }> };
    }>(
      '{ catalogue(type: PLAYBOOK, limit: 5, offset: 0) { items { revision { playbook { caseStudyId steps { position } } } } } }',
      {},
      learner.token,
    );
    const playbook = response.data!.catalogue.items[0].revision.playbook;
    const linked = await t.dataSource.getRepository(ContentItem).findOneByOrFail({ id: playbook.caseStudyId });
    expect(linked.slug).toBe('replikasi-e-office-sumedang-ke-daerah-lain');
    expect(playbook.steps.map((step) => step.position)).toEqual(playbook.steps.map((_, index) => index + 1));
  });
});

describe('search', () => {
  it('finds the e-Office case study first for an Indonesian query, with a highlighted snippet', async () => {
    const result = await search({ search: 'tanda tangan elektronik presensi' });
    expect(result.items[0].revision.title).toMatch(/^e-Office Sumedang/);
    expect(result.items[0].snippet).toMatch(new RegExp(`${MATCH_START}[^${MATCH_END}]+${MATCH_END}`));
    expect(result.items[0].snippet).not.toMatch(/<\/?b>/);
  });

  it('matches Indonesian word forms: "mengadukan" finds texts that say "pengaduan" (stem "adu")', async () => {
    const inflected = await search({ search: 'mengadukan' });
    const base = await search({ search: 'pengaduan' });
    expect(inflected.items.map((hit) => hit.revision.title)).toEqual(base.items.map((hit) => hit.revision.title));
    expect(inflected.items.map((hit) => hit.revision.title)).toContainEqual(expect.stringMatching(/^WA KEPO/));
  });

  it('finds the English module first for an English query, with English stemming', async () => {
    const result = await search({ search: 'complaint answered' });
    expect(result.items[0].item.id).toBe(englishModuleId);
  });

  it('ranks a title match above a body-only match', async () => {
    const result = await search({ search: 'Command Center' });
    expect(result.items[0].revision.title).toMatch(/^Command Center Sumedang/);
    expect(result.items[0].rank).toBeGreaterThan(result.items[result.items.length - 1].rank ?? 0);
  });

  it('returns nothing (not an error) for words that match nothing, and treats operators as text', async () => {
    expect((await search({ search: 'xyzzyplugh' })).totalCount).toBe(0);
    expect((await search({ search: '"e-Office" -Command & | !' })).totalCount).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  it('by type, level, indicator, domain and author', async () => {
    const caseStudies = await search({ type: 'CASE_STUDY' });
    expect(caseStudies.totalCount).toBe(SUMEDANG_CONTENT.filter((c) => c.type === 'CASE_STUDY').length);
    expect((await search({ level: 'ADVANCED' })).items.map((hit) => hit.item.id)).toEqual([englishModuleId]);

    const i19 = await search({ indicatorCode: 'I19' });
    expect(i19.items.map((hit) => hit.revision.title)).toEqual(['Menaikkan Indikator Tim Koordinasi SPBE (Indikator 19)']);
    for (const hit of i19.items) expect(hit.revision.indicators.map((i) => i.code)).toContain('I19');

    // Domain 4 (Layanan) holds I32-I47: the WA KEPO case study (I42) and the English module qualify.
    const layanan = await search({ domainCode: 'D4' });
    for (const hit of layanan.items) expect(hit.revision.indicators.some((i) => Number(i.code.slice(1)) >= 32)).toBe(true);
    expect(layanan.items.map((hit) => hit.item.id)).toContain(englishModuleId);

    expect((await search({ authorId: mentor.user.id })).items.map((hit) => hit.item.id)).toEqual([englishModuleId]);
    expect((await search({ search: 'e-Office', type: 'PLAYBOOK' })).totalCount).toBe(1);
  });

  it('is for signed-in users', async () => {
    const response = await t.graphql(CATALOGUE, {});
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
