import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  type CronItem,
  Logger as GraphileLogger,
  type LogLevel,
  parseCronItems,
  type Runner,
  run,
  runMigrations,
  type Task,
  type TaskList,
} from 'graphile-worker';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PG_POOL } from '../database/pg-pool';
import { type EnqueueOptions, type JobHandler, JobQueue } from './job-queue';
import { wibCronMatcher } from './wib-cron';

/** Retries after the first attempt when the caller does not say (10 attempts over about 2.5 hours). */
const DEFAULT_RETRY_LIMIT = 9;
/** Jobs due later (retries, `startAfter`) are found by polling; jobs due now arrive at once through LISTEN/NOTIFY. */
const POLL_INTERVAL_MS = 1000;
const CONCURRENCY = 2;

const ADD_JOB_SQL = `SELECT id::text AS id FROM graphile_worker.add_job(
  $1::text, $2::json, run_at => $3::timestamptz, max_attempts => $4::int, job_key => $5::text, priority => $6::int)`;

/**
 * `JobQueue` on graphile-worker 0.16: its schema (`graphile_worker`) is installed or upgraded at
 * start, enqueueing is one call of its `add_job` SQL function (so it joins the caller's
 * transaction), and workers take jobs with `FOR UPDATE SKIP LOCKED`, so each job runs once however
 * many server processes share the database. Crontab ticks are de-duplicated by the library too.
 */
@Injectable()
export class GraphileJobQueue extends JobQueue implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly tasks: TaskList = {};
  private readonly cronItems: CronItem[] = [];
  private runner?: Runner;
  private schemaReady?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {
    super();
  }

  onModuleInit(): Promise<void> {
    return this.ensureSchema();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobsWorker) await this.startWorker();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stopWorker();
  }

  async enqueue<Data extends object>(name: string, data: Data, options: EnqueueOptions = {}): Promise<string> {
    await this.ensureSchema();
    const params = [
      name,
      JSON.stringify(data),
      options.startAfter ?? null,
      (options.retryLimit ?? DEFAULT_RETRY_LIMIT) + 1,
      options.singletonKey ?? null,
      options.priority ?? 0,
    ];
    const rows: Array<{ id: string }> = options.manager
      ? await options.manager.query(ADD_JOB_SQL, params)
      : (await this.pool.query<{ id: string }>(ADD_JOB_SQL, params)).rows;
    return rows[0].id;
  }

  async pendingData<Data extends object>(name: string): Promise<Data[]> {
    await this.ensureSchema();
    // Completed jobs are deleted by graphile-worker; permanently failed ones stay with attempts = max_attempts.
    // Its public `jobs` view has no payload, so this reads the tables behind it (graphile-worker 0.16).
    const { rows } = await this.pool.query<{ payload: Data }>(
      `SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
       WHERE t.identifier = $1 AND j.attempts < j.max_attempts`,
      [name],
    );
    return rows.map((row) => row.payload);
  }

  work<Data extends object>(name: string, handler: JobHandler<Data>): void {
    if (this.tasks[name]) throw new Error(`A handler for jobs named "${name}" is already registered`);
    if (this.runner) throw new Error(`Register the handler of "${name}" in onModuleInit: the worker has started`);
    const task: Task = (payload, helpers) =>
      handler(payload as Data, { id: helpers.job.id, attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });
    this.tasks[name] = task;
  }

  schedule<Data extends object>(name: string, cron: string, data: Data): void {
    if (this.runner) throw new Error(`Schedule "${name}" in onModuleInit: the worker has started`);
    // Parsed now, so a bad expression fails at start with the schedule's name.
    wibCronMatcher(cron);
    this.cronItems.push({
      task: name,
      identifier: `${name}@${cron}`,
      match: wibCronMatcher(cron),
      payload: { ...data } as Record<string, unknown>,
    });
  }

  /** Starts taking jobs (at application start when JOBS_WORKER is on; tests call it themselves). */
  async startWorker(): Promise<void> {
    if (this.runner) return;
    await this.ensureSchema();
    const missing = this.cronItems.filter((item) => !this.tasks[item.task]).map((item) => item.task);
    if (missing.length > 0) throw new Error(`Scheduled jobs without a handler: ${missing.join(', ')}`);
    this.runner = await run({
      pgPool: this.pool,
      taskList: this.tasks,
      parsedCronItems: parseCronItems(this.cronItems),
      concurrency: CONCURRENCY,
      pollInterval: POLL_INTERVAL_MS,
      // The app's own shutdown (enableShutdownHooks) stops the worker through onModuleDestroy.
      noHandleSignals: true,
      logger: this.graphileLogger(),
    });
    this.logger.log(`Job worker started (${Object.keys(this.tasks).length} job types, ${this.cronItems.length} schedules)`);
  }

  /** Waits for the jobs in progress, then stops taking new ones. */
  async stopWorker(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    await runner?.stop();
  }

  private ensureSchema(): Promise<void> {
    this.schemaReady ??= runMigrations({ pgPool: this.pool, logger: this.graphileLogger() }).catch((error: unknown) => {
      this.schemaReady = undefined;
      throw error;
    });
    return this.schemaReady;
  }

  private graphileLogger(): GraphileLogger {
    return new GraphileLogger(() => (level: LogLevel, message: string) => {
      if (level === 'error') this.logger.error(message);
      else if (level === 'warning') this.logger.warn(message);
      // Its info lines are one per job ("Completed task 42 ..."): debug, not the production log's business.
      else this.logger.debug(message);
    });
  }
}
