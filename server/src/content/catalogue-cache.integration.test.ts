import { StatementCounter } from '../../test/statement-counter';
import { createTestApp, type TestApp } from '../../test/test-app';
import { CATALOGUE, moduleDraft, publish } from './content.test-helpers';

/**
 * The published catalogue's pages are kept for a while (CATALOGUE_CACHE_SECONDS): a repeated search
 * costs no SQL, and this process's own publishing, archiving and restoring show at once.
 */
let t: TestApp;
let counter: StatementCounter;
let mentor: { token: string };
let reviewer: { token: string };
let learner: { token: string };

type Catalogue = { catalogue: { totalCount: number; items: Array<{ item: { id: string }; revision: { title: string } }> } };

const search = async (words: string, token = learner.token) => {
  const response = await t.graphql<Catalogue>(CATALOGUE, { search: words }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.catalogue;
};

beforeAll(async () => {
  t = await createTestApp();
  counter = new StatementCounter(t.dataSource);
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  learner = await t.createUser({ email: 'learner@example.id' });
});
afterAll(async () => t?.close());

it('answers a repeated search without reading the catalogue again, for every viewer', async () => {
  await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Tata kelola arsip elektronik' }));
  const first = await counter.during(() => search('arsip'));
  const again = await counter.during(() => search('arsip', mentor.token));
  expect(first.result.totalCount).toBe(1);
  expect(again.result).toEqual(first.result);
  const catalogueReads = (statements: string[]) => statements.filter((sql) => /content_revisions|content_items/.test(sql));
  expect(catalogueReads(first.statements).length).toBeGreaterThan(0);
  expect(catalogueReads(again.statements)).toEqual([]);
});

it('shows a module published, archived or restored by this process at once', async () => {
  expect((await search('kearsipan daerah')).totalCount).toBe(0);
  const { itemId } = await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Kearsipan daerah terpadu' }));
  expect((await search('kearsipan daerah')).items.map((hit) => hit.item.id)).toEqual([itemId]);

  const archived = await t.graphql('mutation ($itemId: ID!) { archiveContent(itemId: $itemId) { id } }', { itemId }, mentor.token);
  expect(archived.errors).toBeUndefined();
  expect((await search('kearsipan daerah')).totalCount).toBe(0);

  const restored = await t.graphql('mutation ($itemId: ID!) { restoreContent(itemId: $itemId) { id } }', { itemId }, mentor.token);
  expect(restored.errors).toBeUndefined();
  expect((await search('kearsipan daerah')).totalCount).toBe(1);
});
