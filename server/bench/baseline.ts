import { createSecretKey, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';
import { Pool } from 'pg';

/**
 * The baseline: a minimal `node:http` + `pg` server answering the benchmark's operations with one or
 * two hand-written statements each. It takes the very same request as Living Lab (POST /graphql with
 * the operation's name and variables; the document itself is not parsed), checks the same token
 * (HS256 JWT, algorithm allowlist, expiry; the user must exist: the check is folded into the
 * operation's statement) and answers the same JSON. It is the practical upper bound for this stack
 * on this hardware, not a second implementation: it skips what the app does on top (GraphQL parsing
 * and validation, query-depth limits, DataLoaders, logging, certificate issue on completion).
 */
export interface BaselineOptions {
  databaseUrl: string;
  jwtSecret: string;
  port?: number;
  /** Pool size; Living Lab's is 20 (database/data-source-options.ts). */
  poolSize?: number;
}

/** The token's subject: the user id and, where the schema has `users.token_version`, the version it was issued for. */
interface Viewer {
  id: string;
  tokenVersion: number;
}

type Handler = (viewer: Viewer, variables: Record<string, unknown>) => Promise<{ json: string } | { error: string }>;

/** Timestamps as Living Lab's DateTime scalar writes them (toISOString). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A published module's lesson keys in order, and which of them the learner completed. */
const LESSON_PROGRESS = `
  CROSS JOIN LATERAL (SELECT array(SELECT x->>'key' FROM jsonb_array_elements(r.body->'lessons') x) AS keys) l
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(t.k ORDER BY t.ord), '{}') AS done FROM unnest(l.keys) WITH ORDINALITY AS t(k, ord)
    WHERE EXISTS (SELECT 1 FROM lesson_completions c WHERE c.user_id = e.user_id AND c.item_id = e.item_id AND c.lesson_key = t.k::uuid)) d`;
const PROGRESS_FIELDS = `
  'itemId', e.item_id, 'lessonCount', cardinality(l.keys),
  'progressPercent', CASE WHEN cardinality(l.keys) = 0 THEN 0 ELSE cardinality(d.done) * 100 / cardinality(l.keys) END,
  'completedLessonKeys', d.done,
  'resumeLessonKey', (SELECT k FROM unnest(l.keys) WITH ORDINALITY AS t(k, ord) WHERE NOT (k = ANY(d.done)) ORDER BY ord LIMIT 1)`;

const FIGURES = [
  'learners',
  'activeLearners30d',
  'enrolments',
  'completions',
  'completionRate',
  'sessionsHeld',
  'actionItemsOpen',
  'actionItemsDone',
  'playbookStepsDone',
  'latestIndex',
] as const;
type Row = Record<(typeof FIGURES)[number], number | null> & { region: { code: string; name: string }; target: number };

/** One row per kabupaten/kota of a province, with whether the viewer may see it (and their own region). */
const ROWS_SQL = `
  SELECT r.code, r.name, coalesce(s.enrolments, 0) AS enrolments, coalesce(s.completions, 0) AS completions,
         coalesce(s.sessions_held, 0) AS sessions_held, coalesce(s.action_items_open, 0) AS action_items_open,
         coalesce(s.action_items_done, 0) AS action_items_done, coalesce(s.steps_done, 0) AS steps_done,
         coalesce(s.people, 0) AS learners,
         (SELECT coalesce(sum(d.people), 0) FROM region_last_active_days d
           WHERE d.region_code = r.code AND d.day > (now() AT TIME ZONE 'Asia/Jakarta')::date - 30)::int AS active,
         coalesce(a.index_value, ps.index_value)::float8 AS latest_index, coalesce(t.target, 3.5)::float8 AS target,
         ('ADMIN' = ANY(v.roles) OR ('COORDINATOR' = ANY(v.roles) AND EXISTS (
            SELECT 1 FROM coordinator_regions c WHERE c.user_id = v.id AND c.region_code IN (r.code, r.province_code)))) AS coordinated,
         v.region_code = r.code AS own
  FROM regions r
  JOIN users v ON v.id = $2 AND __VER_v_3__
  LEFT JOIN region_stats s ON s.region_code = r.code
  LEFT JOIN LATERAL (SELECT index_value FROM spbe_assessments WHERE region_code = r.code AND status = 'FINAL' ORDER BY year DESC, finalized_at DESC LIMIT 1) a ON true
  LEFT JOIN LATERAL (SELECT index_value FROM spbe_published_scores WHERE region_code = r.code AND scope = 'REGION' ORDER BY year DESC LIMIT 1) ps ON true
  LEFT JOIN spbe_targets t ON t.province_code = r.province_code
  WHERE r.province_code = $1
  ORDER BY r.code`;

export function createBaselineServer(options: BaselineOptions): {
  server: Server;
  pool: Pool;
  listen(): Promise<string>;
  close(): Promise<void>;
} {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20, application_name: 'living-lab-baseline' });
  const key: KeyObject = createSecretKey(Buffer.from(options.jwtSecret, 'utf8'));
  // Whether tokens carry a version to compare with users.token_version (read at listen()).
  let versioned = false;
  /** `__VER_<alias>_<n>__` in a statement: the token's version (parameter $n) checked against user row <alias>. */
  const sql = (text: string) =>
    text.replace(/__VER_(\w+)_(\d+)__/g, (_, alias: string, n: string) =>
      versioned ? `${alias}.token_version = $${n}::int` : `$${n}::int = $${n}::int`,
    );
  const query = (text: string, values: unknown[]) => pool.query(sql(text), values);

  const toRows = (rows: Array<Record<string, unknown>>): Row[] =>
    rows.map((r) => {
      const enrolments = r.enrolments as number;
      const completions = r.completions as number;
      return {
        region: { code: r.code as string, name: r.name as string },
        learners: r.learners as number,
        activeLearners30d: r.active as number,
        enrolments,
        completions,
        completionRate: enrolments === 0 ? 0 : Math.round((completions / enrolments) * 1000) / 1000,
        sessionsHeld: r.sessions_held as number,
        actionItemsOpen: r.action_items_open as number,
        actionItemsDone: r.action_items_done as number,
        playbookStepsDone: r.steps_done as number,
        latestIndex: r.latest_index as number | null,
        target: r.target as number,
      };
    });

  const handlers: Record<string, Handler> = {
    async Me(viewer) {
      const { rows } = await query(
        `SELECT json_build_object('me', json_build_object('id', u.id, 'fullName', u.full_name, 'email', u.email, 'roles', u.roles,
                'regionCode', u.region_code, 'region', json_build_object('code', r.code, 'name', r.name)))::text AS json
         FROM users u JOIN regions r ON r.code = u.region_code WHERE u.id = $1 AND __VER_u_2__`,
        [viewer.id, viewer.tokenVersion],
      );
      return rows[0] ? { json: rows[0].json } : { error: 'UNAUTHENTICATED' };
    },

    async LearnerHome(viewer) {
      const { rows } = await query(
        `WITH viewer AS (SELECT id FROM users u WHERE u.id = $1 AND __VER_u_2__),
         enrolled AS (SELECT item_id FROM enrolments WHERE user_id = $1),
         open AS (SELECT e.* FROM enrolments e WHERE e.user_id = $1 AND e.completed_at IS NULL ORDER BY e.updated_at DESC LIMIT 10),
         progress AS (
           SELECT e.updated_at, json_build_object(${PROGRESS_FIELDS}, 'item', json_build_object('id', i.id, 'publishedRevision', json_build_object('title', r.title))) AS j
           FROM open e JOIN content_items i ON i.id = e.item_id JOIN content_revisions r ON r.id = i.published_revision_id ${LESSON_PROGRESS}),
         recommended AS (
           SELECT i.id, r.title, r.summary, r.estimated_minutes, coalesce(max(w.weight_bp), 0) AS weight, r.published_at
           FROM content_items i JOIN content_revisions r ON r.id = i.published_revision_id
           LEFT JOIN content_revision_indicators ri ON ri.revision_id = r.id LEFT JOIN spbe_indicators w ON w.id = ri.indicator_id
           WHERE i.type = 'MODULE' AND i.archived_at IS NULL AND i.id NOT IN (SELECT item_id FROM enrolled)
           GROUP BY i.id, r.id ORDER BY weight DESC, r.published_at DESC, i.id LIMIT 6)
         SELECT json_build_object('learnerHome', json_build_object(
           'continueLearning', coalesce((SELECT json_agg(j ORDER BY updated_at DESC) FROM progress), '[]'),
           'recommended', coalesce((SELECT json_agg(json_build_object('id', id, 'publishedRevision',
               json_build_object('title', title, 'summary', summary, 'estimatedMinutes', estimated_minutes)) ORDER BY weight DESC, published_at DESC, id) FROM recommended), '[]'),
           'certificates', coalesce((SELECT json_agg(json_build_object('code', c.code, 'title', c.title, 'issuedAt', ${iso('c.issued_at')}) ORDER BY c.issued_at DESC)
               FROM certificates c WHERE c.user_id = $1), '[]')))::text AS json
         FROM viewer`,
        [viewer.id, viewer.tokenVersion],
      );
      return rows[0] ? { json: rows[0].json } : { error: 'UNAUTHENTICATED' };
    },

    async CompleteLesson(viewer, variables) {
      const itemId = String(variables.itemId);
      const lessonKey = String(variables.lessonKey);
      // 1: record the lesson (a no-op when done before) if it is a published lesson of a module the learner is enrolled in.
      const recorded = await query(
        `WITH lesson AS (
           SELECT e.id FROM enrolments e JOIN content_items i ON i.id = e.item_id JOIN content_revisions r ON r.id = i.published_revision_id
           WHERE e.user_id = $1 AND e.item_id = $2 AND r.body->'lessons' @> jsonb_build_array(jsonb_build_object('key', $3::text))
             AND EXISTS (SELECT 1 FROM users u WHERE u.id = $1 AND __VER_u_4__)),
         inserted AS (INSERT INTO lesson_completions (user_id, item_id, lesson_key) SELECT $1, $2, $3::uuid FROM lesson ON CONFLICT DO NOTHING RETURNING 1),
         resumed AS (UPDATE enrolments SET last_lesson_key = $3::uuid, updated_at = now() WHERE id IN (SELECT id FROM lesson) RETURNING 1),
         active AS (UPDATE users SET last_active_at = now() WHERE id = $1 AND EXISTS (SELECT 1 FROM lesson)
           AND (last_active_at IS NULL OR last_active_at < date_trunc('day', now() AT TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'Asia/Jakarta') RETURNING 1)
         SELECT EXISTS (SELECT 1 FROM lesson) AS ok`,
        [viewer.id, itemId, lessonKey, viewer.tokenVersion],
      );
      if (!recorded.rows[0]?.ok) return { error: 'NOT_FOUND' };
      // 2: the progress, completing the enrolment once every lesson is done and every quiz passed.
      const { rows } = await query(
        `WITH e AS (SELECT * FROM enrolments WHERE user_id = $1 AND item_id = $2),
         p AS (SELECT e.id, e.completed_at, l.keys, d.done
               FROM e JOIN content_items i ON i.id = e.item_id JOIN content_revisions r ON r.id = i.published_revision_id ${LESSON_PROGRESS}),
         finished AS (
           UPDATE enrolments SET completed_at = now(), updated_at = now()
           WHERE id = (SELECT id FROM p WHERE completed_at IS NULL AND cardinality(done) = cardinality(keys))
             AND NOT EXISTS (SELECT 1 FROM quizzes q WHERE q.item_id = $2
                             AND NOT EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.user_id = $1 AND a.passed))
           RETURNING completed_at)
         SELECT json_build_object('completeLesson', json_build_object(${PROGRESS_FIELDS},
                  'completedAt', ${iso('coalesce((SELECT completed_at FROM finished), e.completed_at)')}))::text AS json
         FROM e JOIN content_items i ON i.id = e.item_id JOIN content_revisions r ON r.id = i.published_revision_id ${LESSON_PROGRESS}`,
        [viewer.id, itemId],
      );
      return { json: rows[0].json };
    },

    async RegionDashboard(viewer, variables) {
      const regionCode = String(variables.regionCode);
      const [rows, monthly] = await Promise.all([
        query(
          `${ROWS_SQL.replace('WHERE r.province_code = $1', 'WHERE r.province_code = (SELECT province_code FROM regions WHERE code = $1)')}`,
          [regionCode, viewer.id, viewer.tokenVersion],
        ),
        query(
          `SELECT to_char(month, 'YYYY-MM') AS month, enrolments, completions, sessions_held, steps_done FROM region_monthly_stats
           WHERE region_code = $1 AND month >= date_trunc('month', now() AT TIME ZONE 'Asia/Jakarta')::date - interval '11 months' ORDER BY month`,
          [regionCode],
        ),
      ]);
      const own = rows.rows.find((row) => row.code === regionCode);
      if (!own || !(own.own || own.coordinated)) return { error: 'NOT_FOUND' };
      const all = toRows(rows.rows);
      const row = all.find((candidate) => candidate.region.code === regionCode) as Row;
      return {
        json: JSON.stringify({
          regionDashboard: {
            row,
            benchmarks: FIGURES.map((figure) => benchmark(all, figure, regionCode)),
            monthly: fillMonths(monthly.rows),
          },
        }),
      };
    },

    async ProvinceOverview(viewer, variables) {
      const provinceCode = String(variables.provinceCode);
      const [province, rows] = await Promise.all([
        query('SELECT code, name FROM regions WHERE code = $1 AND province_code IS NULL', [provinceCode]),
        query(ROWS_SQL, [provinceCode, viewer.id, viewer.tokenVersion]),
      ]);
      const visible = rows.rows.filter((row) => row.coordinated);
      if (!province.rows[0] || visible.length === 0) return { error: 'NOT_FOUND' };
      const all = toRows(rows.rows);
      const shown = new Set(visible.map((row) => row.code));
      return {
        json: JSON.stringify({
          provinceOverview: {
            province: province.rows[0],
            target: all[0]?.target ?? 3.5,
            rows: all.filter((row) => shown.has(row.region.code)),
            medians: FIGURES.map((figure) => benchmark(all, figure)),
          },
        }),
      };
    },

    async Catalogue(viewer, variables) {
      const { rows } = await query(
        `WITH q AS (SELECT websearch_to_tsquery('indonesian', $1) || websearch_to_tsquery('english', $1) AS query),
         hits AS (
           SELECT i.id, i.type, r.title, r.summary, r.plain_text, ts_rank_cd(coalesce(r.rank_vector, ''), q.query) AS rank, count(*) OVER () AS total
           FROM content_items i JOIN content_revisions r ON r.id = i.published_revision_id, q
           WHERE r.status = 'PUBLISHED' AND r.search_vector @@ q.query AND i.archived_at IS NULL AND EXISTS (SELECT 1 FROM users u WHERE u.id = $2 AND __VER_u_3__)
           ORDER BY rank DESC, r.published_at DESC, i.id LIMIT 20)
         SELECT h.total::int AS total, h.id, h.type, h.title, h.summary, h.rank::float8 AS rank,
                ts_headline('indonesian', h.plain_text, q.query, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12') AS snippet
         FROM hits h, q ORDER BY h.rank DESC`,
        [String(variables.search), viewer.id, viewer.tokenVersion],
      );
      return {
        json: JSON.stringify({
          catalogue: {
            totalCount: rows[0]?.total ?? 0,
            items: rows.map((row) => ({
              rank: row.rank,
              snippet: row.snippet,
              item: { id: row.id, type: row.type },
              revision: { title: row.title, summary: row.summary },
            })),
          },
        }),
      };
    },

    async RegionLearners(viewer, variables) {
      const regionCode = String(variables.regionCode);
      const page = await query(
        `SELECT u.id, u.full_name, u.agency, count(*) OVER ()::int AS total
         FROM users u JOIN users v ON v.id = $2 AND __VER_v_3__ JOIN regions r ON r.code = $1
         WHERE u.region_code = $1 AND ('ADMIN' = ANY(v.roles) OR ('COORDINATOR' = ANY(v.roles) AND EXISTS (
            SELECT 1 FROM coordinator_regions c WHERE c.user_id = v.id AND c.region_code IN (r.code, r.province_code))))
         ORDER BY u.full_name, u.id LIMIT 25`,
        [regionCode, viewer.id, viewer.tokenVersion],
      );
      if (page.rows.length === 0) return { error: 'NOT_FOUND' };
      const progress = await query(
        `SELECT e.user_id, e.completed_at IS NOT NULL AS completed, ${iso('e.updated_at')} AS updated_at,
                json_build_object('itemId', e.item_id, 'progressPercent',
                  CASE WHEN cardinality(l.keys) = 0 THEN 0 ELSE cardinality(d.done) * 100 / cardinality(l.keys) END,
                  'completedAt', ${iso('e.completed_at')}) AS module
         FROM enrolments e JOIN content_items i ON i.id = e.item_id JOIN content_revisions r ON r.id = i.published_revision_id ${LESSON_PROGRESS}
         WHERE e.user_id = ANY($1::uuid[]) ORDER BY e.enrolled_at`,
        [page.rows.map((row) => row.id)],
      );
      const items = page.rows.map((learner) => {
        const own = progress.rows.filter((row) => row.user_id === learner.id);
        const activity = own.map((row) => row.updated_at as string).sort();
        return {
          learner: { id: learner.id, fullName: learner.full_name, agency: learner.agency },
          enrolments: own.length,
          completions: own.filter((row) => row.completed).length,
          lastActivityAt: activity.length > 0 ? activity[activity.length - 1] : null,
          modules: own.map((row) => row.module),
        };
      });
      return { json: JSON.stringify({ regionLearners: { totalCount: page.rows[0].total, items } }) };
    },

    async ReplicationMatrix(viewer, variables) {
      const { rows } = await query(
        `SELECT coalesce(json_agg(json_build_object('adoptionId', a.id, 'region', json_build_object('code', g.code, 'name', g.name),
                  'playbook', json_build_object('id', a.playbook_id, 'publishedRevision', CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('title', r.title) END),
                  'stepsTotal', coalesce(jsonb_array_length(r.body->'steps'), 0), 'stepsDone', coalesce(st.done, 0), 'stepsBlocked', coalesce(st.blocked, 0))
                ORDER BY a.region_code, a.adopted_at), '[]')::text AS json
         FROM playbook_adoptions a JOIN regions g ON g.code = a.region_code
         JOIN content_items i ON i.id = a.playbook_id LEFT JOIN content_revisions r ON r.id = i.published_revision_id
         LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE status = 'DONE')::int AS done, count(*) FILTER (WHERE status = 'BLOCKED')::int AS blocked
                            FROM adoption_steps WHERE adoption_id = a.id) st ON true
         WHERE (g.code = $1 OR g.province_code = $1) AND EXISTS (SELECT 1 FROM users u WHERE u.id = $2 AND __VER_u_3__)`,
        [String(variables.provinceCode), viewer.id, viewer.tokenVersion],
      );
      return { json: `{"replicationMatrix":${rows[0].json}}` };
    },
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      send(response, 200, '{"errors":[{"message":"Unexpected error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'GET' && request.url === '/health') return send(response, 200, '{"status":"ok"}');
    if (request.method !== 'POST' || request.url !== '/graphql') return send(response, 404, '{}');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string; variables?: Record<string, unknown> };
    const handler = body.operationName ? handlers[body.operationName] : undefined;
    if (!handler) return send(response, 400, '{"errors":[{"message":"Unknown operation.","extensions":{"code":"BAD_REQUEST"}}]}');
    const viewer = await verify(request.headers.authorization);
    if (!viewer) return send(response, 200, errorJson('UNAUTHENTICATED'));
    const result = await handler(viewer, body.variables ?? {});
    send(response, 200, 'json' in result ? `{"data":${result.json}}` : errorJson(result.error));
  }

  async function verify(header: string | undefined): Promise<Viewer | undefined> {
    if (!header?.startsWith('Bearer ')) return undefined;
    try {
      const { payload } = await jwtVerify(header.slice(7), key, { algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string') return undefined;
      if (versioned && !Number.isInteger(payload.ver)) return undefined;
      return { id: payload.sub, tokenVersion: versioned ? (payload.ver as number) : 0 };
    } catch {
      return undefined;
    }
  }

  return {
    server,
    pool,
    listen: async () => {
      const column = await pool.query(
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'token_version'",
      );
      versioned = column.rowCount === 1;
      return new Promise<string>((resolve) => {
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
      });
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function errorJson(code: string): string {
  return `{"errors":[{"message":"${code}","extensions":{"code":"${code}"}}],"data":null}`;
}

/** The same median and rank as Living Lab's dashboards (dashboard.service.ts). */
function benchmark(rows: Row[], figure: (typeof FIGURES)[number], regionCode?: string) {
  const values = rows.map((row) => row[figure]).filter((value): value is number => value !== null);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0 ? null : sorted.length % 2 ? sorted[middle] : Math.round(((sorted[middle - 1] + sorted[middle]) / 2) * 1000) / 1000;
  const own = regionCode ? rows.find((row) => row.region.code === regionCode)?.[figure] : undefined;
  const rank = own === undefined || own === null ? null : 1 + values.filter((value) => value > own).length;
  return { figure, median, rank, of: values.length };
}

function fillMonths(rows: Array<{ month: string; enrolments: number; completions: number; sessions_held: number; steps_done: number }>) {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const now = new Date(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()));
  return Array.from({ length: 12 }, (_, index) => {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + index, 1)).toISOString().slice(0, 7);
    const row = byMonth.get(month);
    return {
      month,
      enrolments: row?.enrolments ?? 0,
      completions: row?.completions ?? 0,
      sessionsHeld: row?.sessions_held ?? 0,
      playbookStepsDone: row?.steps_done ?? 0,
    };
  });
}

/** `node baseline.js`: the baseline alone, on DATABASE_URL with JWT_SECRET (the bench starts it in-process instead). */
if (require.main === module) {
  const databaseUrl = process.env.DATABASE_URL;
  const jwtSecret = process.env.JWT_SECRET;
  if (!databaseUrl || !jwtSecret) {
    console.error('DATABASE_URL and JWT_SECRET are required');
    process.exit(1);
  }
  const baseline = createBaselineServer({ databaseUrl, jwtSecret, port: Number(process.env.PORT ?? 0) });
  void baseline.listen().then((url) => console.log(`Baseline listening on ${url}`));
  process.on('SIGTERM', () => void baseline.close().then(() => process.exit(0)));
}
