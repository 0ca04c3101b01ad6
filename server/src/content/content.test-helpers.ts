import type { TestApp } from '../../test/test-app';

/** GraphQL documents and fixtures for the content tests. */
export const CREATE = `mutation ($input: CreateContentInput!) {
  createContent(input: $input) { id type status workingRevision { id number status version title } }
}`;
export const UPDATE = `mutation ($input: UpdateDraftInput!) { updateDraft(input: $input) { id status version title lessons { key title } } }`;
export const SUBMIT = `mutation ($input: RevisionTransitionInput!) { submitForReview(input: $input) { id status version } }`;
export const WITHDRAW = `mutation ($input: RevisionTransitionInput!) { withdrawFromReview(input: $input) { id status version } }`;
export const APPROVE = `mutation ($input: RevisionTransitionInput!) { approveRevision(input: $input) { id status version publishedAt } }`;
export const REQUEST_CHANGES = `mutation ($input: RevisionTransitionInput!) { requestChanges(input: $input) { id status version } }`;
export const CATALOGUE = `query ($search: String, $type: ContentType, $indicatorCode: String, $frameworkCode: String, $domainCode: String, $level: ContentLevel, $authorId: ID) {
  catalogue(search: $search, type: $type, indicatorCode: $indicatorCode, frameworkCode: $frameworkCode, domainCode: $domainCode, level: $level, authorId: $authorId, limit: 20, offset: 0) {
    totalCount items { rank snippet indicatorMatch crosswalkedFrom { frameworkCode code } item { id type } revision { title number indicators { frameworkCode code } } }
  }
}`;

export const SPBE_59 = 'PERMENPANRB-59-2020';
export const PEMDI = 'PERMENPANRB-8-2026';

export interface Draft {
  title: string;
  summary: string;
  level: 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
  estimatedMinutes: number;
  language: string;
  indicatorCodes: string[];
  indicators?: Array<{ frameworkCode: string; code: string }>;
  lessons?: Array<{ key?: string; position: number; title: string; body: string }>;
  caseStudy?: Record<string, unknown>;
  playbook?: Record<string, unknown>;
}

export const moduleDraft = (overrides: Partial<Draft> = {}): Draft => ({
  title: 'Pengantar SPBE',
  summary: 'Mengenal Sistem Pemerintahan Berbasis Elektronik dan indeksnya.',
  level: 'BEGINNER',
  estimatedMinutes: 45,
  language: 'id',
  indicatorCodes: ['I11'],
  lessons: [
    { position: 1, title: 'Apa itu SPBE', body: 'SPBE diatur dalam Perpres 95/2018.' },
    { position: 2, title: 'Indeks SPBE', body: 'Indeks dihitung dari tingkat kematangan dan bobot.' },
  ],
  ...overrides,
});

export interface Created {
  itemId: string;
  revisionId: string;
  version: number;
}

export async function createModule(t: TestApp, token: string, draft: Draft = moduleDraft()): Promise<Created> {
  const response = await t.graphql<{ createContent: { id: string; workingRevision: { id: string; version: number } } }>(
    CREATE,
    { input: { type: 'MODULE', draft } },
    token,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return {
    itemId: response.data.createContent.id,
    revisionId: response.data.createContent.workingRevision.id,
    version: response.data.createContent.workingRevision.version,
  };
}

/** Creates, submits and approves an item: returns the published revision. */
export async function publish(t: TestApp, authorToken: string, reviewerToken: string, type: string, draft: Draft): Promise<Created> {
  const created = await t.graphql<{ createContent: { id: string; workingRevision: { id: string; version: number } } }>(
    CREATE,
    { input: { type, draft } },
    authorToken,
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const { id: revisionId, version } = created.data.createContent.workingRevision;
  const submitted = await t.graphql<{ submitForReview: { version: number } }>(SUBMIT, { input: { revisionId, version } }, authorToken);
  if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
  const approved = await t.graphql<{ approveRevision: { version: number } }>(
    APPROVE,
    { input: { revisionId, version: submitted.data.submitForReview.version } },
    reviewerToken,
  );
  if (!approved.data) throw new Error(JSON.stringify(approved.errors));
  return { itemId: created.data.createContent.id, revisionId, version: approved.data.approveRevision.version };
}

/** The key of a published module's first lesson (what `completeLesson` takes). */
export async function firstLessonKey(t: TestApp, itemId: string): Promise<string> {
  const [row] = (await t.dataSource.query(
    `SELECT r.body->'lessons'->0->>'key' AS key FROM content_items i JOIN content_revisions r ON r.id = i.published_revision_id WHERE i.id = $1`,
    [itemId],
  )) as Array<{ key: string | null }>;
  if (!row?.key) throw new Error(`Content item ${itemId} has no published lesson`);
  return row.key;
}
