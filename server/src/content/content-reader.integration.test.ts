import { createTestApp, type TestApp } from '../../test/test-app';
import { SpbeCatalogueService } from '../spbe';
import { createModule, moduleDraft, publish, SPBE_59, UPDATE } from './content.test-helpers';
import { ContentReaderService } from './content-reader.service';

let t: TestApp;
let reader: ContentReaderService;
let mentor: { user: { id: string }; token: string };
let reviewer: { user: { id: string }; token: string };
let light: { itemId: string; revisionId: string };
let heavy: { itemId: string; revisionId: string };
let draftId: string;
let playbookId: string;
let heavyCode: string;
let lightCode: string;

const noValues = async () => null;
const step = { title: 'Langkah', description: 'Lakukan', responsibleRole: 'Sekda', estimatedDays: 5, evidence: 'SK' };

beforeAll(async () => {
  t = await createTestApp();
  reader = t.app.get(ContentReaderService);
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'] });
  reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'] });
  const indicators = (await t.app.get(SpbeCatalogueService).find(SPBE_59)).aspects.flatMap((a) => a.indicators);
  const sorted = [...indicators].sort((a, b) => a.weightBp - b.weightBp);
  lightCode = sorted[0].code;
  heavyCode = sorted[sorted.length - 1].code;
  heavy = await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Berat', indicatorCodes: [heavyCode] }));
  light = await publish(t, mentor.token, reviewer.token, 'MODULE', moduleDraft({ title: 'Ringan', indicatorCodes: [lightCode] }));
  draftId = (await createModule(t, mentor.token)).itemId;
  playbookId = (
    await publish(t, reviewer.token, mentor.token, 'PLAYBOOK', {
      ...moduleDraft({ indicatorCodes: [heavyCode] }),
      lessons: undefined,
      playbook: { serviceName: 'e-Office', prerequisites: '', steps: [step, step].map((s, i) => ({ ...s, position: i + 1 })) },
    })
  ).itemId;
});
afterAll(() => t.close());

it('reads items in the order asked, skipping unknown ids', async () => {
  const items = await reader.itemsByIds([light.itemId, '00000000-0000-0000-0000-000000000000', draftId, heavy.itemId]);
  expect(items.map((item) => item.id)).toEqual([light.itemId, draftId, heavy.itemId]);
  expect(await reader.findItem(draftId)).toMatchObject({ id: draftId, publishedRevisionId: null });
});

it('gives a published module with its lessons; drafts and archived modules are not taken', async () => {
  const module = await reader.publishedModule(heavy.itemId);
  expect(module).toMatchObject({ item: { id: heavy.itemId }, revisionId: heavy.revisionId, title: 'Berat' });
  expect(module?.lessons.map((lesson) => lesson.title)).toEqual(['Apa itu SPBE', 'Indeks SPBE']);
  expect(await reader.publishedModule(draftId)).toBeNull();
  expect(await reader.publishedModule(playbookId)).toBeNull();

  const keys = await reader.lessonKeysOfPublishedModules([heavy.itemId, draftId, light.itemId]);
  expect([...keys.keys()].sort()).toEqual([heavy.itemId, light.itemId].sort());
  expect(keys.get(heavy.itemId)).toEqual(module?.lessons.map((lesson) => lesson.key));
});

it('counts lesson keys of the open revision too', async () => {
  const before = await reader.lessonKeysIncludingOpenRevisions(light.itemId);
  expect(before.size).toBe(2);
  const started = await t.graphql<{ startRevision: { id: string; version: number } }>(
    'mutation ($id: ID!) { startRevision(itemId: $id) { id version } }',
    { id: light.itemId },
    mentor.token,
  );
  const { id: revisionId, version } = started.data!.startRevision;
  const draft = moduleDraft({ lessons: [{ position: 1, title: 'Baru', body: 'Pelajaran baru.' }] });
  expect((await t.graphql(UPDATE, { input: { revisionId, version, draft } }, mentor.token)).errors).toBeUndefined();
  const after = await reader.lessonKeysIncludingOpenRevisions(light.itemId);
  expect(after.size).toBe(3);
  for (const key of before) expect(after.has(key)).toBe(true);
});

it('gives a published playbook with numbered steps', async () => {
  const playbook = await reader.publishedPlaybook(playbookId);
  expect(playbook?.steps.map((s) => [s.position, s.title])).toEqual([
    [1, 'Langkah'],
    [2, 'Langkah'],
  ]);
  expect(await reader.publishedPlaybook(heavy.itemId)).toBeNull();
  const many = await reader.publishedPlaybooks([playbookId, heavy.itemId, draftId]);
  expect([...many.keys()]).toEqual([playbookId]);
  expect(many.get(playbookId)?.steps).toHaveLength(2);
  expect((await reader.findPlaybook(playbookId))?.id).toBe(playbookId);
  expect(await reader.findPlaybook(heavy.itemId)).toBeNull();
});

it('finds published modules and playbooks by indicator, playbooks first', async () => {
  const tagged = await reader.publishedItemsTaggedWith([heavyCode, lightCode], SPBE_59);
  expect(tagged.map((row) => [row.indicatorCode, row.item.id, row.viaCrosswalk])).toEqual([
    [heavyCode, playbookId, false],
    [heavyCode, heavy.itemId, false],
    [lightCode, light.itemId, false],
  ]);
});

it('recommends modules tagged with the heaviest indicator first, leaving out the excluded', async () => {
  const ids = async (exclude: string[]) =>
    (await reader.recommendedModulesFor(exclude, noValues, 6, SPBE_59)).recommendations.map((r) => r.item.id);
  expect(await ids([])).toEqual([heavy.itemId, light.itemId]);
  expect(await ids([heavy.itemId])).toEqual([light.itemId]);
  const [first] = (await reader.recommendedModulesFor([], noValues, 6, SPBE_59)).recommendations;
  expect(first).toMatchObject({ indicator: { code: heavyCode, frameworkCode: SPBE_59 }, valueHundredths: null, crosswalkedFrom: null });
});

it('tells who authored published content on which indicators', async () => {
  const [heavyIndicator] = await indicatorIds([heavyCode]);
  const byAuthor = await reader.publishedIndicatorsByAuthor([heavyIndicator]);
  expect([...byAuthor.keys()].sort()).toEqual([mentor.user.id, reviewer.user.id].sort());
  expect(await reader.authorsOfPublishedContentOn([heavyIndicator])).toEqual(new Set([mentor.user.id, reviewer.user.id]));
  expect(await reader.authorOf(playbookId)).toBe(reviewer.user.id);
  expect(await reader.authorOf('00000000-0000-0000-0000-000000000000')).toBeNull();
});

it('keeps lesson keys of an archived module, which can no longer be taken or recommended', async () => {
  const archived = await t.graphql('mutation ($id: ID!) { archiveContent(itemId: $id) { id } }', { id: heavy.itemId }, mentor.token);
  expect(archived.errors).toBeUndefined();
  expect(await reader.publishedModule(heavy.itemId)).toBeNull();
  expect((await reader.lessonKeysOfPublishedModules([heavy.itemId])).get(heavy.itemId)).toHaveLength(2);
  expect((await reader.recommendedModulesFor([], noValues, 6, SPBE_59)).recommendations.map((r) => r.item.id)).toEqual([light.itemId]);
  expect((await reader.publishedItemsTaggedWith([heavyCode], SPBE_59)).map((row) => row.item.id)).toEqual([playbookId]);
});

async function indicatorIds(codes: string[]): Promise<number[]> {
  const indicators = (await t.app.get(SpbeCatalogueService).find(SPBE_59)).aspects.flatMap((a) => a.indicators);
  return codes.map((code) => indicators.find((indicator) => indicator.code === code)?.id as number);
}
