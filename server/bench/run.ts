import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { PasswordHasher } from '../src/auth/password-hasher';
import { freePort, startEmbeddedPostgres } from '../src/database/embedded-postgres';

/**
 * `npm run bench`: the API on a database sized like a real province-wide rollout, over HTTP.
 * Seeds USERS accounts spread over all 552 regions (SQL generate_series), then measures latency
 * percentiles of typical requests at a fixed concurrency, and the server's memory. The load
 * generator shares the machine's cores with the server and PostgreSQL: targets are for this 2-core
 * machine, not a production host.
 */
const USERS = Number(process.env.BENCH_USERS ?? 200_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
// Ten times more modules than Sumedang could write in years; each is a copy of a shipped text, so a
// common query matches most of them (the worst case for ranking: every match is scored).
const CONTENT_ITEMS = Number(process.env.BENCH_CONTENT_ITEMS ?? 1_000);

interface Target {
  name: string;
  p95Ms: number;
  run: () => Promise<void>;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'livinglab-bench-'));
  const database = await startEmbeddedPostgres({ dataDir });
  const port = await freePort();
  // The server runs as its own process, as in production, so the load generator does not share its event loop.
  const server = spawn(process.execPath, [path.resolve(__dirname, '../src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const db = new Client({ connectionString: database.url });
  try {
    await waitForHealth(`http://127.0.0.1:${port}/health`, server);
    await db.connect();
    const url = `http://127.0.0.1:${port}/graphql`;
    const seedStart = performance.now();
    const hash = await new PasswordHasher().hash('bench-password-1');
    await db.query(
      `INSERT INTO users (email, password_hash, full_name, region_code, agency, roles)
       SELECT 'user' || n || '@bench.id', $1, 'ASN ' || n, r.code, 'OPD ' || (n % 40),
              CASE WHEN n % 500 = 0 THEN '{LEARNER,COORDINATOR}'::user_role[] WHEN n % 100 = 0 THEN '{LEARNER,MENTOR}'::user_role[] ELSE '{LEARNER}'::user_role[] END
       FROM generate_series(1, $2::int) AS n
       JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS total FROM regions) r ON r.i = n % r.total`,
      [hash, USERS],
    );
    await db.query(`UPDATE users SET roles = '{LEARNER,ADMIN}' WHERE email = 'user1@bench.id'`);
    // A third of the learners were active in the last 30 days (the province overview counts them).
    await db.query(`UPDATE users SET last_active_at = now() - ((random() * 60) || ' days')::interval WHERE random() < 0.5`);
    // A catalogue far larger than Sumedang will write: CONTENT_ITEMS published modules built from the
    // shipped texts (the server seeded them at start), each with a distinct title word.
    const contentStart = performance.now();
    await db.query(
      `WITH source AS (SELECT r.* FROM content_revisions r JOIN content_items i ON i.published_revision_id = r.id),
            items AS (
              INSERT INTO content_items (type, author_id, published_revision_id)
              SELECT 'MODULE', (SELECT id FROM users WHERE email = 'user1@bench.id'), NULL FROM generate_series(1, $1::int)
              RETURNING id),
            numbered AS (SELECT id, row_number() OVER () AS n FROM items)
       INSERT INTO content_revisions (item_id, number, status, title, summary, level, estimated_minutes, language, body, plain_text,
                                      created_by, updated_by, published_at, search_vector)
       SELECT numbered.id, 1, 'PUBLISHED', s.title || ' bagian ' || numbered.n || ' kata' || numbered.n, s.summary, s.level, s.estimated_minutes,
              s.language, s.body, s.plain_text, s.created_by, s.created_by, now() - (numbered.n || ' minutes')::interval,
              setweight(to_tsvector('indonesian', s.title || ' kata' || numbered.n), 'A') || setweight(to_tsvector('indonesian', s.summary), 'B')
                || setweight(to_tsvector('indonesian', s.plain_text), 'C')
       FROM numbered JOIN LATERAL (SELECT * FROM source OFFSET (numbered.n % (SELECT count(*) FROM source)) LIMIT 1) s ON true`,
      [CONTENT_ITEMS],
    );
    await db.query(
      `UPDATE content_items i SET published_revision_id = r.id FROM content_revisions r WHERE r.item_id = i.id AND i.published_revision_id IS NULL`,
    );
    console.log(`Seeded ${CONTENT_ITEMS} published modules in ${Math.round(performance.now() - contentStart)} ms`);

    // As autovacuum would after a bulk load: merges the GIN pending list and refreshes statistics.
    await db.query('VACUUM ANALYZE');
    console.log(`Seeded ${USERS} users in ${Math.round(performance.now() - seedStart)} ms`);

    const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, { token?: string }> };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    };
    const login = await post('mutation { login(input: { email: "user1@bench.id", password: "bench-password-1" }) { token } }');
    const token = login.data?.login.token as string;

    const targets: Target[] = [
      {
        name: 'me (signed-in user with region)',
        p95Ms: 40,
        run: () => post('{ me { id fullName roles region { name } } }', {}, token).then(() => undefined),
      },
      {
        name: 'users by region, page of 25 (admin)',
        p95Ms: 40,
        run: () =>
          post('{ users(regionCode: "32.11", limit: 25, offset: 0) { totalCount items { email region { name } } } }', {}, token).then(
            () => undefined,
          ),
      },
      {
        name: 'users by role MENTOR, page of 25 (admin)',
        p95Ms: 60,
        run: () => post('{ users(role: MENTOR, limit: 25, offset: 0) { totalCount items { email } } }', {}, token).then(() => undefined),
      },
      {
        name: 'SPBE catalogue (47 indicators)',
        p95Ms: 40,
        run: () => post('{ spbeFramework { domains { aspects { indicators { code name weightBp } } } } }', {}, token).then(() => undefined),
      },
      {
        name: 'catalogue search, 2 words, first page',
        p95Ms: 60,
        run: () =>
          post(
            '{ catalogue(search: "tanda tangan", limit: 20, offset: 0) { totalCount items { snippet revision { title } } } }',
            {},
            token,
          ).then(() => undefined),
      },
      {
        name: 'catalogue search, rare word + filter',
        p95Ms: 40,
        run: () =>
          post(
            '{ catalogue(search: "kata4242", type: MODULE, limit: 20, offset: 0) { totalCount items { revision { title } } } }',
            {},
            token,
          ).then(() => undefined),
      },
      {
        name: 'catalogue by indicator (no words)',
        p95Ms: 60,
        run: () =>
          post(
            '{ catalogue(indicatorCode: "I19", limit: 20, offset: 0) { totalCount items { revision { title indicators { code } } } } }',
            {},
            token,
          ).then(() => undefined),
      },
      {
        name: 'province overview, 27 kab/kota (admin)',
        p95Ms: 80,
        run: () =>
          post(
            '{ provinceOverview(provinceCode: "32") { rows { learners activeLearners30d enrolments latestIndex } medians { median } } }',
            {},
            token,
          ).then(() => undefined),
      },
      {
        name: 'regions of West Java (public)',
        p95Ms: 20,
        run: () => post('{ regionsOfProvince(provinceCode: "32") { code name } }').then(() => undefined),
      },
    ];

    let failures = 0;
    for (const target of targets) {
      const result = await measure(target.run);
      const ok = result.p95 <= target.p95Ms;
      if (!ok) failures++;
      console.log(
        `${ok ? 'OK  ' : 'SLOW'} ${target.name.padEnd(42)} p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms (target ${target.p95Ms})  ${result.rps.toFixed(0)} req/s`,
      );
    }
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0);
    console.log(`Server memory after the run: rss ${(rssKb / 1024).toFixed(0)} MiB (target < 400 MiB)`);
    if (rssKb > 400 * 1024) failures++;
    process.exitCode = failures > 0 ? 1 : 0;
  } finally {
    await db.end().catch(() => undefined);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('The server exited during start-up');
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The server did not start in time');
}

async function measure(run: () => Promise<void>): Promise<{ p50: number; p95: number; rps: number }> {
  for (let i = 0; i < 50; i++) await run(); // warm-up
  const durations: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const began = performance.now();
        await run();
        durations.push(performance.now() - began);
      }
    }),
  );
  const elapsed = performance.now() - start;
  durations.sort((a, b) => a - b);
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))];
  return { p50: at(0.5), p95: at(0.95), rps: (durations.length / elapsed) * 1000 };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
