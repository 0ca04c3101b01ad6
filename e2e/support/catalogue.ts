import { graphql } from './graphql';

/** Modules on the catalogue's first page (the shipped ones in a fresh demo database), id and title. */
export async function publishedModules(baseUrl: string, token: string): Promise<Array<{ id: string; title: string }>> {
  const found = await graphql<{ catalogue: { items: Array<{ item: { id: string }; revision: { title: string } }> } }>(
    baseUrl,
    '{ catalogue(type: MODULE, limit: 20, offset: 0) { items { item { id } revision { title } } } }',
    {},
    token,
  );
  return found.catalogue.items.map((hit) => ({ id: hit.item.id, title: hit.revision.title }));
}

/** The id of the published module with this title; throws when the catalogue has none. */
export async function moduleIdByTitle(baseUrl: string, token: string, title: string): Promise<string> {
  const found = (await publishedModules(baseUrl, token)).find((module) => module.title === title);
  if (!found) throw new Error(`No published module titled "${title}"`);
  return found.id;
}

/** The lessons of a module's published revision, in their order. */
export async function lessonsOf(
  baseUrl: string,
  token: string,
  itemId: string,
): Promise<Array<{ key: string; title: string; position: number }>> {
  const found = await graphql<{
    moduleProgress: { item: { publishedRevision: { lessons: Array<{ key: string; title: string; position: number }> } } };
  }>(
    baseUrl,
    'query ($itemId: ID!) { moduleProgress(itemId: $itemId) { item { publishedRevision { lessons { key title position } } } } }',
    { itemId },
    token,
  );
  return [...found.moduleProgress.item.publishedRevision.lessons].sort((a, b) => a.position - b.position);
}
