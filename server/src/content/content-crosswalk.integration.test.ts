import { createTestApp, type TestApp } from '../../test/test-app';
import { CATALOGUE, CREATE, moduleDraft, PEMDI, publish, SPBE_59 } from './content.test-helpers';
import { ContentReaderService } from './content-reader.service';

/** Tags of either framework, and the catalogue filter through Living Lab's editorial crosswalk. */
interface Hit {
  indicatorMatch: 'DIRECT' | 'CROSSWALK' | null;
  crosswalkedFrom: Array<{ frameworkCode: string; code: string }>;
  item: { id: string };
  revision: { title: string; indicators: Array<{ frameworkCode: string; code: string }> };
}

let t: TestApp;
let learner: { token: string };
let mentor: { token: string };
let reviewer: { token: string };
let spbeTagged: string;
let pemdiTagged: string;
let both: string;

const search = async (variables: Record<string, unknown>) => {
  const response = await t.graphql<{ catalogue: { totalCount: number; items: Hit[] } }>(CATALOGUE, variables, learner.token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.catalogue.items;
};
const byId = (hits: Hit[], id: string) => hits.find((hit) => hit.item.id === id);

beforeAll(async () => {
  t = await createTestApp();
  learner = await t.createUser({ email: 'asn@example.id' });
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  // SPBE 23 (Manajemen Data) maps onto Pemdi 5 (Tata Kelola Data) in the crosswalk.
  spbeTagged = (
    await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Manajemen data SPBE', indicatorCodes: ['I23'] }))
  ).itemId;
  pemdiTagged = (
    await publish(
      t,
      mentor.token,
      reviewer.token,
      'MODULE',
      moduleDraft({ title: 'Satu Data Indonesia', indicatorCodes: [], indicators: [{ frameworkCode: PEMDI, code: 'I05' }] }),
    )
  ).itemId;
  both = (
    await publish(t, mentor.token, reviewer.token, 'PLAYBOOK', {
      ...moduleDraft({
        title: 'Playbook data terbuka',
        indicatorCodes: [],
        indicators: [
          { frameworkCode: SPBE_59, code: 'I43' },
          { frameworkCode: PEMDI, code: 'I18' },
        ],
      }),
      lessons: undefined,
      playbook: {
        serviceName: 'Portal data',
        prerequisites: '',
        steps: [
          {
            position: 1,
            title: 'Susun katalog',
            description: 'Daftar data',
            responsibleRole: 'Diskominfo',
            estimatedDays: 5,
            evidence: 'Katalog',
          },
        ],
      },
    })
  ).itemId;
});
afterAll(() => t.close());

describe('tagging with either framework', () => {
  it('stores tags of SPBE 59/2020 and Pemdi 8/2026 side by side, each with its framework', async () => {
    const hits = await search({ type: 'PLAYBOOK' });
    expect(byId(hits, both)?.revision.indicators).toEqual(
      expect.arrayContaining([
        { frameworkCode: SPBE_59, code: 'I43' },
        { frameworkCode: PEMDI, code: 'I18' },
      ]),
    );
    expect(byId(hits, both)?.revision.indicators).toHaveLength(2);
  });

  it.each([
    ['a Pemdi code past I20', [{ frameworkCode: PEMDI, code: 'I21' }]],
    ['an unknown framework', [{ frameworkCode: 'PERMENPANRB-1-1999', code: 'I01' }]],
    ['the older 5/2018 framework, which does not ship as data', [{ frameworkCode: 'PERMENPANRB-5-2018', code: 'I01' }]],
  ])('refuses %s as UNKNOWN_INDICATOR, storing nothing', async (_, indicators) => {
    const response = await t.graphql(
      CREATE,
      { input: { type: 'MODULE', draft: moduleDraft({ title: 'Tidak tersimpan', indicators }) } },
      mentor.token,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_INDICATOR' });
    const mine = await t.graphql<{ myContent: Array<{ id: string }> }>('{ myContent { id } }', {}, mentor.token);
    expect(mine.data?.myContent).toHaveLength(3);
  });

  it('refuses a malformed code naming the field', async () => {
    const response = await t.graphql(
      CREATE,
      { input: { type: 'MODULE', draft: moduleDraft({ indicators: [{ frameworkCode: PEMDI, code: '5' }] }) } },
      mentor.token,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(response.errors?.[0].extensions?.fields)).toContain('indicators.unknown');
  });

  it('lets only authors tag: a learner cannot create content at all', async () => {
    const response = await t.graphql(
      CREATE,
      { input: { type: 'MODULE', draft: moduleDraft({ indicators: [{ frameworkCode: PEMDI, code: 'I05' }] }) } },
      learner.token,
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the catalogue filter through the crosswalk', () => {
  it('finds by a Pemdi indicator the items tagged with it and those tagged with an SPBE indicator mapped onto it', async () => {
    const hits = await search({ indicatorCode: 'I05', frameworkCode: PEMDI });
    expect(byId(hits, pemdiTagged)).toMatchObject({ indicatorMatch: 'DIRECT', crosswalkedFrom: [] });
    expect(byId(hits, spbeTagged)).toMatchObject({
      indicatorMatch: 'CROSSWALK',
      crosswalkedFrom: [{ frameworkCode: SPBE_59, code: 'I23' }],
    });
    // SPBE 43 (Data Terbuka) maps onto Pemdi 5 too.
    expect(byId(hits, both)).toMatchObject({ indicatorMatch: 'CROSSWALK', crosswalkedFrom: [{ frameworkCode: SPBE_59, code: 'I43' }] });
    expect(hits).toHaveLength(3);
  });

  it('takes the framework in force (Pemdi from 2026) when none is given', async () => {
    const hits = await search({ indicatorCode: 'I05' });
    expect(hits.map((hit) => hit.item.id).sort()).toEqual([pemdiTagged, spbeTagged, both].sort());
  });

  it('says DIRECT when an item carries the indicator itself and a mapped one too', async () => {
    const hits = await search({ indicatorCode: 'I18', frameworkCode: PEMDI });
    expect(byId(hits, both)).toMatchObject({ indicatorMatch: 'DIRECT', crosswalkedFrom: [] });
    expect(byId(hits, pemdiTagged)).toBeUndefined();
  });

  it('reads the crosswalk the other way for an SPBE indicator', async () => {
    const hits = await search({ indicatorCode: 'I23', frameworkCode: SPBE_59 });
    expect(byId(hits, spbeTagged)).toMatchObject({ indicatorMatch: 'DIRECT' });
    expect(byId(hits, pemdiTagged)).toMatchObject({
      indicatorMatch: 'CROSSWALK',
      crosswalkedFrom: [{ frameworkCode: PEMDI, code: 'I05' }],
    });
  });

  it('matches nothing for an unknown framework or code', async () => {
    expect(await search({ indicatorCode: 'I05', frameworkCode: 'PERMENPANRB-1-1999' })).toEqual([]);
    expect(await search({ indicatorCode: 'I21', frameworkCode: PEMDI })).toEqual([]);
  });

  it('leaves indicatorMatch unset without an indicator filter', async () => {
    for (const hit of await search({})) expect(hit.indicatorMatch).toBeNull();
  });

  it('gives the plan for me the items of a Pemdi indicator, marking those found through the crosswalk', async () => {
    const rows = await t.app.get(ContentReaderService).publishedItemsTaggedWith(['I05'], PEMDI);
    expect(rows.map((row) => [row.item.id, row.viaCrosswalk])).toEqual([
      [pemdiTagged, false],
      [both, true],
      [spbeTagged, true],
    ]);
  });
});
