import { Pool } from 'pg';
import { createTestApp, type TestApp } from '../../test/test-app';
import { TransactionRunner } from '../common/transaction';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { eventually } from '../mail/mail.test-helpers';
import { GraphileJobQueue } from './graphile-job-queue';
import { JobQueue } from './job-queue';

/**
 * The queue on a real database. The test app runs no worker (test apps enqueue only); each test
 * starts its own workers on separate pools, as separate server processes would.
 */
let t: TestApp;
let databaseUrl: string;
const pools: Pool[] = [];
const queues: GraphileJobQueue[] = [];

beforeAll(async () => {
  t = await createTestApp();
  databaseUrl = (t.dataSource.options as { url: string }).url;
});

afterEach(async () => {
  await Promise.all(queues.splice(0).map((queue) => queue.stopWorker()));
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

afterAll(() => t.close());

/** A queue as a second server process would have it: its own pool on the same database. */
function processQueue(): GraphileJobQueue {
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  pools.push(pool);
  const queue = new GraphileJobQueue({ ...t.app.get<AppConfig>(APP_CONFIG), jobsWorker: true }, pool);
  queues.push(queue);
  return queue;
}

async function jobCount(task: string): Promise<number> {
  const [row] = await t.dataSource.query('SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = $1', [task]);
  return row.count;
}

it('installs the queue schema at start: the app can enqueue without a worker', async () => {
  await t.app.get(JobQueue).enqueue('test.install', { n: 1 });
  expect(await jobCount('test.install')).toBe(1);
});

it('enqueues inside the caller transaction: a rollback enqueues nothing, a commit one job', async () => {
  const jobs = t.app.get(JobQueue);
  const tx = t.app.get(TransactionRunner);
  await expect(
    tx.run(async (manager) => {
      await jobs.enqueue('test.tx', { n: 1 }, { manager });
      throw new Error('request failed');
    }),
  ).rejects.toThrow('request failed');
  expect(await jobCount('test.tx')).toBe(0);
  await tx.run((manager) => jobs.enqueue('test.tx', { n: 2 }, { manager }));
  expect(await jobCount('test.tx')).toBe(1);
});

it('two workers on one database run each of 60 jobs exactly once', async () => {
  const handled: Array<{ worker: string; n: number }> = [];
  const workers = [processQueue(), processQueue()];
  for (const [index, queue] of workers.entries()) {
    queue.work<{ n: number }>('test.once', async ({ n }) => {
      handled.push({ worker: `w${index}`, n });
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  }
  const jobs = t.app.get(JobQueue);
  for (let n = 0; n < 60; n++) await jobs.enqueue('test.once', { n });
  await Promise.all(workers.map((queue) => queue.startWorker()));
  await eventually(async () => (handled.length >= 60 && (await jobCount('test.once')) === 0 ? true : undefined));
  // Give a duplicate time to show up.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(handled.map((entry) => entry.n).sort((a, b) => a - b)).toEqual([...Array(60).keys()]);
});

it('jobs survive a restart: enqueued while no worker runs, done by the next process', async () => {
  await t.app.get(JobQueue).enqueue('test.restart', { n: 7 });
  const seen: number[] = [];
  const next = processQueue();
  next.work<{ n: number }>('test.restart', async ({ n }) => {
    seen.push(n);
  });
  await next.startWorker();
  await eventually(async () => (seen.length === 1 ? true : undefined));
  expect(seen).toEqual([7]);
});

it('retries a failing job with backoff, counting attempts, and stops at the retry limit', async () => {
  const attempts: Array<{ attempt: number; maxAttempts: number; at: number }> = [];
  const queue = processQueue();
  queue.work('test.retry', async (_data, job) => {
    attempts.push({ attempt: job.attempt, maxAttempts: job.maxAttempts, at: Date.now() });
    throw new Error('still failing');
  });
  await t.app.get(JobQueue).enqueue('test.retry', {}, { retryLimit: 1 });
  await queue.startWorker();
  await eventually(async () => (attempts.length === 2 ? true : undefined));
  expect(attempts.map(({ attempt, maxAttempts }) => [attempt, maxAttempts])).toEqual([
    [1, 2],
    [2, 2],
  ]);
  // e^1 s after the first failure.
  expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(2500);
  const [job] = await t.dataSource.query(
    `SELECT attempts, max_attempts, last_error FROM graphile_worker.jobs WHERE task_identifier = 'test.retry'`,
  );
  expect(job).toMatchObject({ attempts: 2, max_attempts: 2, last_error: expect.stringContaining('still failing') });
});

it('a singleton key keeps one pending job (the latest data); startAfter defers it', async () => {
  const jobs = t.app.get(JobQueue);
  const later = new Date(Date.now() + 1500);
  await jobs.enqueue('test.singleton', { version: 1 }, { singletonKey: 'digest:user-1', startAfter: later });
  await jobs.enqueue('test.singleton', { version: 2 }, { singletonKey: 'digest:user-1', startAfter: later });
  expect(await jobCount('test.singleton')).toBe(1);
  const seen: Array<{ version: number; at: number }> = [];
  const queue = processQueue();
  queue.work<{ version: number }>('test.singleton', async ({ version }) => {
    seen.push({ version, at: Date.now() });
  });
  await queue.startWorker();
  await eventually(async () => (seen.length === 1 ? true : undefined));
  expect(seen[0].version).toBe(2);
  expect(seen[0].at).toBeGreaterThanOrEqual(later.getTime() - 50);
});

it('refuses a second handler for a name, a schedule without a handler, and a bad cron expression', async () => {
  const queue = processQueue();
  queue.work('test.dup', async () => {});
  expect(() => queue.work('test.dup', async () => {})).toThrow('already registered');
  expect(() => queue.schedule('test.bad-cron', 'every morning', {})).toThrow();
  queue.schedule('test.unhandled', '0 7 * * *', {});
  await expect(queue.startWorker()).rejects.toThrow('without a handler: test.unhandled');
});

it('registers schedules with the worker: crontab known to the database once, however many processes', async () => {
  const workers = [processQueue(), processQueue()];
  for (const queue of workers) {
    queue.work('test.daily', async () => {});
    queue.schedule('test.daily', '0 7 * * *', { region: '32.11' });
  }
  await Promise.all(workers.map((queue) => queue.startWorker()));
  const known = await eventually(async () => {
    const rows = await t.dataSource.query(
      `SELECT identifier FROM graphile_worker._private_known_crontabs WHERE identifier LIKE 'test.daily%'`,
    );
    return rows.length > 0 ? rows : undefined;
  });
  expect(known).toEqual([{ identifier: 'test.daily@0 7 * * *' }]);
});
