import { createTestApp, type TestApp } from '../../test/test-app';
import { APPROVE, CATALOGUE, createModule, moduleDraft, publish, REQUEST_CHANGES, SUBMIT, WITHDRAW } from './content.test-helpers';

/**
 * Who may call each content operation: the table below is checked against a visitor, a learner, a
 * coordinator, an admin, the author and another mentor, on fresh items in the state each needs.
 */
let t: TestApp;
const tokens: Record<string, string | undefined> = {};

beforeAll(async () => {
  t = await createTestApp();
  tokens.visitor = undefined;
  tokens.learner = (await t.createUser({ email: 'learner@example.id' })).token;
  tokens.coordinator = (await t.createUser({ email: 'coordinator@example.id', roles: ['COORDINATOR'] })).token;
  tokens.admin = (await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] })).token;
  tokens.author = (await t.createUser({ email: 'author@example.id', roles: ['MENTOR'] })).token;
  tokens.otherMentor = (await t.createUser({ email: 'other@example.id', roles: ['MENTOR'] })).token;
});
afterAll(() => t.close());

type Who = 'visitor' | 'learner' | 'coordinator' | 'admin' | 'author' | 'otherMentor';
const everyone: Who[] = ['visitor', 'learner', 'coordinator', 'admin', 'author', 'otherMentor'];

interface Case {
  name: string;
  allowed: Who[];
  run: (token: string | undefined) => Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>;
}

const draftRevision = async () => createModule(t, tokens.author as string);
const inReview = async () => {
  const { revisionId } = await draftRevision();
  const submitted = await t.graphql<{ submitForReview: { version: number } }>(SUBMIT, { input: { revisionId, version: 1 } }, tokens.author);
  return { revisionId, version: submitted.data?.submitForReview.version as number };
};
const published = () => publish(t, tokens.author as string, tokens.otherMentor as string, 'MODULE', moduleDraft());

const cases: Case[] = [
  {
    name: 'catalogue',
    allowed: ['learner', 'coordinator', 'admin', 'author', 'otherMentor'],
    run: (token) => t.graphql(CATALOGUE, {}, token),
  },
  { name: 'myContent', allowed: ['author', 'otherMentor'], run: (token) => t.graphql('{ myContent { id } }', {}, token) },
  { name: 'reviewQueue', allowed: ['admin', 'author', 'otherMentor'], run: (token) => t.graphql('{ reviewQueue { id } }', {}, token) },
  {
    name: 'createContent',
    allowed: ['author', 'otherMentor'],
    run: (token) =>
      t.graphql(
        'mutation ($input: CreateContentInput!) { createContent(input: $input) { id } }',
        { input: { type: 'MODULE', draft: moduleDraft() } },
        token,
      ),
  },
  {
    name: 'updateDraft',
    allowed: ['author'],
    run: async (token) => {
      const { revisionId } = await draftRevision();
      return t.graphql(
        'mutation ($input: UpdateDraftInput!) { updateDraft(input: $input) { id } }',
        { input: { revisionId, version: 1, draft: moduleDraft() } },
        token,
      );
    },
  },
  {
    name: 'submitForReview',
    allowed: ['author'],
    run: async (token) => t.graphql(SUBMIT, { input: { revisionId: (await draftRevision()).revisionId, version: 1 } }, token),
  },
  { name: 'withdrawFromReview', allowed: ['author'], run: async (token) => t.graphql(WITHDRAW, { input: await inReview() }, token) },
  {
    name: 'approveRevision',
    allowed: ['admin', 'otherMentor'],
    run: async (token) => t.graphql(APPROVE, { input: await inReview() }, token),
  },
  {
    name: 'requestChanges',
    allowed: ['admin', 'otherMentor'],
    run: async (token) => t.graphql(REQUEST_CHANGES, { input: { ...(await inReview()), comment: 'Perbaiki.' } }, token),
  },
  {
    name: 'startRevision',
    allowed: ['author'],
    run: async (token) => t.graphql('mutation ($id: ID!) { startRevision(itemId: $id) { id } }', { id: (await published()).itemId }, token),
  },
  {
    name: 'archiveContent',
    allowed: ['admin', 'author'],
    run: async (token) =>
      t.graphql('mutation ($id: ID!) { archiveContent(itemId: $id) { id } }', { id: (await published()).itemId }, token),
  },
  {
    name: 'restoreContent',
    allowed: ['admin', 'author'],
    run: async (token) => {
      const { itemId } = await published();
      await t.graphql('mutation ($id: ID!) { archiveContent(itemId: $id) { id } }', { id: itemId }, tokens.author);
      return t.graphql('mutation ($id: ID!) { restoreContent(itemId: $id) { id } }', { id: itemId }, token);
    },
  },
  {
    name: 'contentItem (a draft)',
    allowed: ['admin', 'author', 'otherMentor'],
    run: async (token) => t.graphql('query ($id: ID!) { contentItem(id: $id) { id } }', { id: (await draftRevision()).itemId }, token),
  },
  {
    name: 'contentItem.history',
    allowed: ['admin', 'author', 'otherMentor'],
    run: async (token) =>
      t.graphql('query ($id: ID!) { contentItem(id: $id) { history { action } } }', { id: (await published()).itemId }, token),
  },
  {
    name: 'contentRevision (in review)',
    allowed: ['admin', 'author', 'otherMentor'],
    run: async (token) => t.graphql('query ($id: ID!) { contentRevision(id: $id) { id } }', { id: (await inReview()).revisionId }, token),
  },
];

describe.each(cases)('$name', ({ allowed, run }) => {
  it.each(everyone)('for %s', async (who) => {
    const response = await run(tokens[who]);
    if (allowed.includes(who)) {
      expect(response.errors).toBeUndefined();
    } else {
      const expected = who === 'visitor' ? ['UNAUTHENTICATED'] : ['FORBIDDEN', 'NOT_FOUND'];
      expect(expected).toContain(response.errors?.[0].extensions?.code);
    }
  });
});
