import { createTestApp, type TestApp } from '../../test/test-app';
import { CATALOGUE, moduleDraft, publish, SPBE_59 } from './content.test-helpers';
import { MATCH_END, MATCH_START } from './content-catalogue.service';
import { ContentItem } from './content-item.entity';
import { ContentSeeder } from './content-seeder';
import { SUMEDANG_CONTENT } from './seed/sumedang-content';

interface Hit {
  rank: number | null;
  snippet: string | null;
  indicatorMatch: 'DIRECT' | 'CROSSWALK' | null;
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
    // "pengaduan" finds more: its synonyms (complaint, aduan) are searched too.
    const base = await search({ search: 'pengaduan' });
    expect(base.items.map((hit) => hit.revision.title)).toEqual(expect.arrayContaining(inflected.items.map((hit) => hit.revision.title)));
    expect(inflected.items.map((hit) => hit.revision.title)).toContainEqual(expect.stringMatching(/^WA KEPO/));
    expect(base.items.map((hit) => hit.item.id)).toContain(englishModuleId);
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

    const i19 = await search({ indicatorCode: 'I19', frameworkCode: SPBE_59 });
    const direct = i19.items.filter((hit) => hit.indicatorMatch === 'DIRECT');
    expect(direct.map((hit) => hit.revision.title)).toEqual(['Menaikkan Indikator Tim Koordinasi SPBE (Indikator 19)']);
    for (const hit of direct) expect(hit.revision.indicators.map((i) => i.code)).toContain('I19');
    // SPBE I19 maps onto Pemdi I01 and I04: the shipped Pemdi module (tagged I01) is found through the crosswalk.
    expect(i19.items.filter((hit) => hit.indicatorMatch === 'CROSSWALK').map((hit) => hit.revision.title)).toEqual([
      'Dari SPBE ke Pemerintah Digital',
    ]);

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

describe('search finds what people type', () => {
  const titles = (result: { items: Hit[] }) => result.items.map((hit) => hit.revision.title);
  const E_OFFICE = /e-Office/;

  it('English words find the Indonesian texts: "attendance" -> the e-Office items that say presensi', async () => {
    const result = await search({ search: 'attendance' });
    expect(titles(result).slice(0, 2)).toEqual([expect.stringMatching(E_OFFICE), expect.stringMatching(E_OFFICE)]);
    expect(result.items[0].snippet).toMatch(new RegExp(`${MATCH_START}(presensi|absensi|absen|kehadiran)${MATCH_END}`, 'i'));
    expect(titles(await search({ search: 'absensi' }))[0]).toMatch(E_OFFICE);
  });

  it('"dashboard" -> the two case studies about a dasbor, title matches first', async () => {
    const result = await search({ search: 'dashboard' });
    expect(titles(result).slice(0, 2).sort()).toEqual([
      expect.stringMatching(/^Command Center Sumedang: dasbor/),
      expect.stringMatching(/^Masterplan smart city Sumedang dan dasbor/),
    ]);
  });

  it('"SPBE index" -> the index module; "coordination team" -> the Tim Koordinasi module', async () => {
    expect(titles(await search({ search: 'SPBE index' }))[0]).toBe('Pengantar SPBE dan Indeks SPBE');
    expect(titles(await search({ search: 'coordination team' }))[0]).toBe('Menaikkan Indikator Tim Koordinasi SPBE (Indikator 19)');
    expect(titles(await search({ search: 'SPBE coordinating team' }))[0]).toBe('Menaikkan Indikator Tim Koordinasi SPBE (Indikator 19)');
  });

  it('"eoffice" and "e office" find e-Office, and a missing hyphen in any word is tolerated ("esakip" for e-SAKIP)', async () => {
    const withHyphen = titles(await search({ search: 'e-Office' }));
    for (const typed of ['eoffice', 'e office', 'EOffice']) {
      const found = titles(await search({ search: typed }));
      expect(found.slice(0, 3)).toEqual(withHyphen.slice(0, 3));
      expect(found.slice(0, 3)).toEqual([
        expect.stringMatching(E_OFFICE),
        expect.stringMatching(E_OFFICE),
        expect.stringMatching(E_OFFICE),
      ]);
    }
    // e-SAKIP is in the body only: a full-text match of the hyphen-less word, not a similarity guess.
    const esakip = await search({ search: 'esakip' });
    expect(titles(esakip)).toContainEqual(expect.stringMatching(/^e-Office Sumedang/));
    const [{ matches }] = await t.dataSource.query(
      `SELECT count(*)::int AS matches FROM content_revisions WHERE status = 'PUBLISHED' AND search_vector @@ 'esakip'::tsquery`,
    );
    expect(matches).toBeGreaterThan(0);
  });

  it('a one-letter typo finds the item by similar titles and summaries ("presnsi", "koordinsi")', async () => {
    const typo = await search({ search: 'presnsi' });
    expect(typo.totalCount).toBeGreaterThan(0);
    expect(titles(typo)).toContainEqual(expect.stringMatching(/^e-Office Sumedang/));
    for (const title of titles(typo)) expect(title).toMatch(E_OFFICE);
    expect(titles(await search({ search: 'koordinsi' }))).toEqual(['Menaikkan Indikator Tim Koordinasi SPBE (Indikator 19)']);
    expect((await search({ search: 'xyzzyplugh' })).totalCount).toBe(0);
  });

  it('ranks literal words above synonyms, and full-text matches above similarity matches', async () => {
    // "tanda tangan elektronik" is literal in the e-Office summary; the playbook's says TTE (a synonym).
    expect(titles(await search({ search: 'tanda tangan elektronik presensi' }))[0]).toMatch(/^e-Office Sumedang/);
    const typoInTitle = await publish(
      t,
      reviewer.token,
      mentor.token,
      'MODULE',
      moduleDraft({ title: 'Catatan lapangan presnsi', summary: 'Catatan tentang ejaan.', indicatorCodes: [] }),
    );
    const result = await search({ search: 'presnsi' });
    expect(result.items[0].item.id).toBe(typoInTitle.itemId);
    expect(result.items[0].rank).toBeGreaterThan(0);
    expect(result.items.length).toBeGreaterThan(1);
    for (const hit of result.items.slice(1)) expect(hit.rank).toBe(0);

    // Pages run across both parts: the second item alone is the first similarity match.
    const page = await t.graphql<{ catalogue: { totalCount: number; items: Array<{ item: { id: string } }> } }>(
      'query ($search: String) { catalogue(search: $search, limit: 1, offset: 1) { totalCount items { item { id } } } }',
      { search: 'presnsi' },
      learner.token,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data?.catalogue).toEqual({ totalCount: result.totalCount, items: [{ item: { id: result.items[1].item.id } }] });
  });

  it('ranks a title match above a body-only match, also through a synonym', async () => {
    const result = await search({ search: 'dashboard' });
    const last = result.items[result.items.length - 1];
    expect(result.items[0].rank).toBeGreaterThan(last.rank ?? 0);
    const dasbor = await search({ search: 'dasbor' });
    expect(dasbor.items.map((hit) => hit.item.id)).toEqual(result.items.map((hit) => hit.item.id));
  });

  it('takes quotes and tsquery operators as text: no error, no injection', async () => {
    for (const typed of [
      `'`,
      `"`,
      `''presensi'' & | ! : * ( )`,
      `e-Office:* & !Command | (presensi`,
      `'); DELETE FROM content_items; --`,
      `\\ $1 %s`,
      `presensi <-> absensi <2> dasbor`,
    ]) {
      const response = await t.graphql<{ catalogue: { totalCount: number } }>(CATALOGUE, { search: typed }, learner.token);
      expect({ typed, errors: response.errors }).toEqual({ typed, errors: undefined });
    }
    // A NUL byte cannot be stored or searched in PostgreSQL: refused up front, naming the field.
    const nul = await t.graphql(CATALOGUE, { search: 'presensi\u0000' }, learner.token);
    expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'search' }] });
    expect((await search({ search: '&|!:*()' })).totalCount).toBe(0);
    expect((await search({ search: 'presensi:*' })).totalCount).toBe((await search({ search: 'presensi' })).totalCount);
    expect(await t.dataSource.getRepository(ContentItem).countBy({})).toBeGreaterThan(SUMEDANG_CONTENT.length);
  });

  it('an empty query lists everything; a very long one is cut, not refused', async () => {
    const all = await search({});
    for (const empty of ['', '   ']) {
      const result = await search({ search: empty });
      expect(result.totalCount).toBe(all.totalCount);
      expect(result.items[0].rank).toBeNull();
    }
    const long = await search({ search: `presensi ${'pegawai '.repeat(2000)}` });
    expect(titles(long)[0]).toMatch(E_OFFICE);
  });

  it('has a trigram index on published titles and summaries for the similarity search', async () => {
    const [{ indexdef }] = await t.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'content_revisions_trgm_idx'`);
    expect(indexdef).toContain('USING gin (title gin_trgm_ops, summary gin_trgm_ops) WHERE (status = ');
  });
});
