import { createTestApp, type TestApp } from '../../test/test-app';
import { ContentEvent } from './content-event.entity';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';
import { ContentSeeder } from './content-seeder';
import { MODULE_SPBE_KE_PEMDI } from './seed/pemdi-module';
import type { SeedModule } from './seed/seed-content.types';
import { SUMEDANG_CONTENT } from './seed/sumedang-content';

/** Shipped content: the Pemdi module ships tagged with Pemdi indicators, and corrected text reaches seeded databases. */
let t: TestApp;
let seeder: ContentSeeder;

const pengantar = SUMEDANG_CONTENT.find((content) => content.slug === 'pengantar-spbe-dan-indeks-spbe') as SeedModule;
/** The module as it shipped before the correction: Jawa Barat's 4.14 labelled 2024. */
const before: SeedModule = {
  ...pengantar,
  lessons: pengantar.lessons.map((lesson) => ({ ...lesson, body: lesson.body.replaceAll('4,14 (2023)', '4,14 (2024)') })),
};

const revisionsOf = async (slug: string) => {
  const item = await t.dataSource.getRepository(ContentItem).findOneByOrFail({ slug });
  const revisions = await t.dataSource.getRepository(ContentRevision).find({ where: { itemId: item.id }, order: { number: 'ASC' } });
  return { item, revisions };
};

beforeAll(async () => {
  t = await createTestApp();
  seeder = t.app.get(ContentSeeder);
});
afterAll(() => t.close());

it('ships "Dari SPBE ke Pemerintah Digital" with 4-6 lessons, tagged with Pemdi indicators', async () => {
  await seeder.seed([MODULE_SPBE_KE_PEMDI]);
  const response = await t.graphql<{
    catalogue: {
      items: Array<{ revision: { title: string; lessons: unknown[]; indicators: Array<{ frameworkCode: string; code: string }> } }>;
    };
  }>(
    `{ catalogue(search: "Pemerintah Digital", type: MODULE, limit: 5, offset: 0) {
      items { revision { title lessons { key } indicators { frameworkCode code } } } } }`,
    {},
    (await t.createUser({ email: 'asn@example.id' })).token,
  );
  const module = response.data?.catalogue.items.find((hit) => hit.revision.title === 'Dari SPBE ke Pemerintah Digital');
  expect(module?.revision.lessons.length).toBeGreaterThanOrEqual(4);
  expect(module?.revision.lessons.length).toBeLessThanOrEqual(6);
  expect(module?.revision.indicators).toEqual(['I01', 'I02', 'I03'].map((code) => ({ frameworkCode: 'PERMENPANRB-8-2026', code })));
});

it('publishes a corrected shipped text as a new revision, keeping the lesson keys, once', async () => {
  await seeder.seed([before]);
  const first = await revisionsOf(pengantar.slug);
  expect(first.revisions).toHaveLength(1);
  expect(JSON.stringify(first.revisions[0].body)).toContain('4,14 (2024)');

  await seeder.seed([pengantar]);
  const corrected = await revisionsOf(pengantar.slug);
  expect(corrected.revisions.map((revision) => [revision.number, revision.status])).toEqual([
    [1, 'SUPERSEDED'],
    [2, 'PUBLISHED'],
  ]);
  expect(corrected.item.publishedRevisionId).toBe(corrected.revisions[1].id);
  const body = JSON.stringify(corrected.revisions[1].body);
  expect(body).toContain('4,14 (2023)');
  expect(body).not.toContain('4,14 (2024)');
  const keys = (revision: ContentRevision) => (revision.body.type === 'MODULE' ? revision.body.lessons.map((lesson) => lesson.key) : []);
  expect(keys(corrected.revisions[1])).toEqual(keys(corrected.revisions[0]));
  const events = await t.dataSource
    .getRepository(ContentEvent)
    .findBy({ itemId: corrected.item.id, revisionId: corrected.revisions[1].id });
  expect(events.map((event) => [event.action, event.comment])).toEqual([['PUBLISHED', 'Koreksi konten bawaan Living Lab']]);

  // Unchanged text: nothing new at the next start.
  await seeder.seed([pengantar]);
  expect((await revisionsOf(pengantar.slug)).revisions).toHaveLength(2);
});
