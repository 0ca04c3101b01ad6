import type { EntityManager } from 'typeorm';

/** What a job handler receives besides its data. */
export interface JobContext {
  /** Id of the job in graphile-worker's table (a string of digits). */
  id: string;
  /** 1 on the first run, 2 on the first retry, ... */
  attempt: number;
  /** After this attempt fails, the job is given up (kept in the queue's table as permanently failed). */
  maxAttempts: number;
}

/** Runs a job. Throwing makes the queue retry it later (exponential backoff); returning completes it. */
export type JobHandler<Data> = (data: Data, job: JobContext) => Promise<void>;

export interface EnqueueOptions {
  /**
   * Enqueue inside the caller's transaction: the job exists only if that transaction commits, so a
   * rolled-back request enqueues nothing. Without it, the job is committed at once.
   */
  manager?: EntityManager;
  /** Do not run before this moment (reminders, delayed retries). Default: now. */
  startAfter?: Date;
  /**
   * At most one pending job per key: enqueueing again with the same key while the first one has not
   * started replaces its data and `startAfter` (graphile-worker's `job_key`, mode "replace"); once it
   * runs, the key is free again. Use it for "send the digest for user X" style de-duplication.
   */
  singletonKey?: string;
  /**
   * How many times a failing job is retried (default 9, i.e. 10 attempts). The delay before attempt
   * n+1 is e^n seconds (2.7 s, 7.4 s, 20 s, 55 s, 2.5 min, ... 6 h from the tenth on): graphile-worker's
   * exponential backoff, not configurable per job.
   */
  retryLimit?: number;
  /** Lower runs sooner (default 0). */
  priority?: number;
}

/**
 * The background job queue (graphile-worker on the app's PostgreSQL, schema `graphile_worker`).
 * Jobs survive restarts; with several server processes on one database each job runs exactly once
 * (rows locked with SKIP LOCKED). Features register handlers and schedules in their `onModuleInit`;
 * the worker starts after every module is initialised (when the config enables it).
 *
 * ```ts
 * onModuleInit() {
 *   this.jobs.work<{ userId: string }>('notifications.digest', (data) => this.sendDigest(data.userId));
 *   this.jobs.schedule('notifications.daily-digest', '0 7 * * *', {}); // 07:00 WIB every day
 * }
 * await this.jobs.enqueue('notifications.digest', { userId }, { manager, singletonKey: `digest:${userId}` });
 * ```
 */
export abstract class JobQueue {
  /**
   * Adds a job named `name` (a task registered with `work`, e.g. 'mail.deliver'). `data` must be
   * JSON-serialisable. Returns the job's id.
   */
  abstract enqueue<Data extends object>(name: string, data: Data, options?: EnqueueOptions): Promise<string>;

  /**
   * Registers the handler of the jobs named `name`. Call it in `onModuleInit` (before the worker
   * starts); one handler per name.
   */
  abstract work<Data extends object>(name: string, handler: JobHandler<Data>): void;

  /**
   * Enqueues a job named `name` with `data` on a cron schedule (5 fields, minute hour day month
   * weekday, read in WIB: Asia/Jakarta). With several server processes it still runs once per tick.
   * Call it in `onModuleInit`; the handler is registered with `work(name, ...)` as usual. A tick
   * missed while every server was down is not replayed.
   */
  abstract schedule<Data extends object>(name: string, cron: string, data: Data): void;

  /**
   * The data of the jobs named `name` that will still run: waiting, running or to be retried (not
   * those given up). For a feature that keeps its own record of work to find what has lost its job,
   * e.g. after a database restore (backups leave the queue's schema out).
   */
  abstract pendingData<Data extends object>(name: string): Promise<Data[]>;
}
