import { createSecretKey } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Client } from 'pg';
import { Random } from './random';

/**
 * The operations the benchmark drives, as the web app sends them (POST /graphql with an operation
 * name and variables): the very same request goes to Living Lab and to the baseline. Each request
 * picks its viewer and parameters from pools read from the seeded database (real tokens of real
 * learners and coordinators, random regions, lessons not yet completed).
 */
export interface BenchRequest {
  body: string;
  token: string;
}

export interface Operation {
  name: string;
  /** Whether it writes (completing a lesson). */
  writes: boolean;
  next(): BenchRequest;
}

const ROW = `region { code name } learners activeLearners30d enrolments completions completionRate sessionsHeld
  actionItemsOpen actionItemsDone playbookStepsDone latestIndex target`;

export const DOCUMENTS = {
  Me: 'query Me { me { id fullName email roles regionCode region { code name } } }',
  LearnerHome: `query LearnerHome { learnerHome {
    continueLearning { itemId lessonCount progressPercent completedLessonKeys resumeLessonKey item { id publishedRevision { title } } }
    recommended { id publishedRevision { title summary estimatedMinutes } }
    certificates { code title issuedAt } } }`,
  CompleteLesson: `mutation CompleteLesson($itemId: ID!, $lessonKey: ID!) { completeLesson(itemId: $itemId, lessonKey: $lessonKey) {
    itemId lessonCount progressPercent completedLessonKeys resumeLessonKey completedAt } }`,
  RegionDashboard: `query RegionDashboard($regionCode: String!) { regionDashboard(regionCode: $regionCode) {
    row { ${ROW} } benchmarks { figure median rank of } monthly { month enrolments completions sessionsHeld playbookStepsDone } } }`,
  ProvinceOverview: `query ProvinceOverview($provinceCode: String!) { provinceOverview(provinceCode: $provinceCode) {
    province { code name } target rows { ${ROW} } medians { figure median rank of } } }`,
  Catalogue: `query Catalogue($search: String!) { catalogue(search: $search, limit: 20, offset: 0) {
    totalCount items { rank snippet item { id type } revision { title summary } } } }`,
  RegionLearners: `query RegionLearners($regionCode: String!) { regionLearners(regionCode: $regionCode, limit: 25, offset: 0) {
    totalCount items { learner { id fullName agency } enrolments completions lastActivityAt modules { itemId progressPercent completedAt } } } }`,
  ReplicationMatrix: `query ReplicationMatrix($provinceCode: String!) { replicationMatrix(provinceCode: $provinceCode) {
    adoptionId region { code name } playbook { id publishedRevision { title } } stepsTotal stepsDone stepsBlocked } }`,
} as const;

/** A word found in most published items' text (the shipped modules are about SPBE). */
export const COMMON_WORD = 'layanan';

function body(operationName: keyof typeof DOCUMENTS, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ operationName, query: DOCUMENTS[operationName], variables });
}

export async function buildOperations(db: Client, jwtSecret: string, seed: number): Promise<Operation[]> {
  const random = new Random(seed);
  const key = createSecretKey(Buffer.from(jwtSecret, 'utf8'));
  const tokens = new Map<string, string>();
  // Where accounts have a token version (revoking sessions bumps it), tokens carry it as `ver`.
  const versioned =
    (await db.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'token_version'")).rowCount ===
    1;
  const tokenOf = async (userId: string) => {
    let token = tokens.get(userId);
    if (!token) {
      const version = versioned
        ? (await db.query<{ token_version: number }>('SELECT token_version FROM users WHERE id = $1', [userId])).rows[0]?.token_version
        : undefined;
      // What TokenService.issue signs: HS256, `sub` (and `ver`), an expiry (the app's default 8 hours).
      token = await new SignJWT(version === undefined ? { sub: userId } : { sub: userId, ver: version })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuedAt()
        .setExpirationTime('8h')
        .sign(key);
      tokens.set(userId, token);
    }
    return token;
  };

  const learners = (
    await db.query<{ id: string }>("SELECT id FROM users WHERE roles = '{LEARNER}' ORDER BY md5(id::text || $1) LIMIT 500", [String(seed)])
  ).rows;
  const lessons = (
    await db.query<{ user_id: string; item_id: string; lesson_key: string }>(
      `SELECT e.user_id, e.item_id, (SELECT x->>'key' FROM jsonb_array_elements(r.body->'lessons') x
                                    WHERE NOT EXISTS (SELECT 1 FROM lesson_completions c WHERE c.user_id = e.user_id AND c.item_id = e.item_id AND c.lesson_key = (x->>'key')::uuid)
                                    LIMIT 1) AS lesson_key
       FROM enrolments e JOIN content_items i ON i.id = e.item_id JOIN content_revisions r ON r.id = i.published_revision_id
       WHERE e.completed_at IS NULL ORDER BY md5(e.id::text || $1) LIMIT 2000`,
      [String(seed)],
    )
  ).rows.filter((row) => row.lesson_key !== null);
  const kabKotaCoordinators = (
    await db.query<{ user_id: string; region_code: string }>(
      `SELECT c.user_id, c.region_code FROM coordinator_regions c JOIN regions r ON r.code = c.region_code
       WHERE r.province_code = '32' ORDER BY c.region_code, c.user_id`,
    )
  ).rows;
  const provinceCoordinator = (
    await db.query<{ user_id: string }>(`SELECT user_id FROM coordinator_regions WHERE region_code = '32' LIMIT 1`)
  ).rows[0];
  const rareWords = (
    await db.query<{ word: string }>(
      `SELECT substring(title from ' (qz[a-z]+x)$') AS word FROM content_revisions WHERE title ~ ' qz[a-z]+x$'`,
    )
  ).rows.map((row) => row.word);
  if (learners.length === 0 || lessons.length === 0 || kabKotaCoordinators.length === 0 || !provinceCoordinator || rareWords.length === 0) {
    throw new Error('The bench database lacks learners, open lessons, coordinators or catalogue copies: run `npm run bench:seed` first');
  }
  // Tokens signed before the run, so signing costs nothing during it.
  for (const user of [
    ...learners,
    ...lessons.map((row) => ({ id: row.user_id })),
    ...kabKotaCoordinators.map((row) => ({ id: row.user_id })),
  ]) {
    await tokenOf(user.id);
  }
  const provinceToken = await tokenOf(provinceCoordinator.user_id);
  const learnerToken = () => tokens.get(random.pick(learners).id) as string;

  return [
    { name: 'me', writes: false, next: () => ({ body: body('Me'), token: learnerToken() }) },
    { name: 'learner home', writes: false, next: () => ({ body: body('LearnerHome'), token: learnerToken() }) },
    {
      name: 'complete a lesson (write)',
      writes: true,
      next: () => {
        const lesson = random.pick(lessons);
        return {
          body: body('CompleteLesson', { itemId: lesson.item_id, lessonKey: lesson.lesson_key }),
          token: tokens.get(lesson.user_id) as string,
        };
      },
    },
    {
      name: 'region dashboard',
      writes: false,
      next: () => {
        const coordinator = random.pick(kabKotaCoordinators);
        return { body: body('RegionDashboard', { regionCode: coordinator.region_code }), token: tokens.get(coordinator.user_id) as string };
      },
    },
    {
      name: 'province overview (27 kab/kota)',
      writes: false,
      next: () => ({ body: body('ProvinceOverview', { provinceCode: '32' }), token: provinceToken }),
    },
    {
      name: 'catalogue search, common word',
      writes: false,
      next: () => ({ body: body('Catalogue', { search: COMMON_WORD }), token: learnerToken() }),
    },
    {
      name: 'catalogue search, rare word',
      writes: false,
      next: () => ({ body: body('Catalogue', { search: random.pick(rareWords) }), token: learnerToken() }),
    },
    {
      name: "coordinator's region learner list",
      writes: false,
      next: () => {
        const coordinator = random.pick(kabKotaCoordinators);
        return { body: body('RegionLearners', { regionCode: coordinator.region_code }), token: tokens.get(coordinator.user_id) as string };
      },
    },
    {
      name: 'replication matrix',
      writes: false,
      next: () => ({ body: body('ReplicationMatrix', { provinceCode: '32' }), token: learnerToken() }),
    },
  ];
}

/**
 * The JSON shape of a value: object keys (sorted) with the shapes of their values, an array as the
 * shape of its first element, else the type; null matches anything (a nullable field).
 */
export function shapeOf(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}

/** Differences between two shapes, as paths ('' when the same); nulls and empty arrays match anything. */
export function shapeDifferences(a: unknown, b: unknown, path = '$'): string[] {
  if (a === null || b === null) return [];
  if (Array.isArray(a) && Array.isArray(b)) return a.length === 0 || b.length === 0 ? [] : shapeDifferences(a[0], b[0], `${path}[0]`);
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    return [...keys].flatMap((key) => {
      const left = (a as Record<string, unknown>)[key];
      const right = (b as Record<string, unknown>)[key];
      if (!(key in (a as object)) || !(key in (b as object))) return [`${path}.${key}: only on one side`];
      return shapeDifferences(left, right, `${path}.${key}`);
    });
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
}
