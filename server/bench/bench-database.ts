import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { type EmbeddedDatabase, freePort, startEmbeddedPostgres } from '../src/database/embedded-postgres';

/**
 * Where the benchmark's data lives: never the development database. BENCH_DATABASE_URL names a
 * PostgreSQL server to use (its database is only the one to connect to for CREATE DATABASE);
 * otherwise an embedded PostgreSQL keeps its cluster in BENCH_DATA_DIR (default: the OS temp folder),
 * so `npm run bench:seed` and `npm run bench` find the same data. A data set of N learners lives in
 * its own database, livinglab_bench_10k, livinglab_bench_1m and so on (BENCH_DATABASE or --database
 * name another).
 */
export function databaseFor(learners: number): string {
  const label =
    learners % 1_000_000 === 0 ? `${learners / 1_000_000}m` : learners % 1_000 === 0 ? `${learners / 1_000}k` : String(learners);
  return `livinglab_bench_${label}`;
}

export interface BenchCluster {
  /** URL of the given database on the bench cluster. */
  urlOf(database: string): string;
  stop(): Promise<void>;
}

export async function startBenchCluster(): Promise<BenchCluster> {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    const dataDir = process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), 'livinglab-bench');
    embedded = await startEmbeddedPostgres({ dataDir });
    adminUrl = embedded.url;
  }
  const base = adminUrl;
  return {
    urlOf(database) {
      const url = new URL(base);
      url.pathname = `/${database}`;
      return url.toString();
    },
    stop: async () => embedded?.stop(),
  };
}

/** Drops and creates `database` on the cluster (the bench's own database: refuses any other name). */
export async function recreateDatabase(cluster: BenchCluster, database: string): Promise<string> {
  if (!/^(livinglab_bench|bench_)\w*$/.test(database)) throw new Error(`Refusing to recreate ${database}: not a bench database`);
  const admin = new Client({ connectionString: cluster.urlOf('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  return cluster.urlOf(database);
}

export async function databaseExists(cluster: BenchCluster, database: string): Promise<boolean> {
  const admin = new Client({ connectionString: cluster.urlOf('postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return rowCount === 1;
  } finally {
    await admin.end();
  }
}

/** The built server (`tsc -p server/tsconfig.json` or `npm run build`), as production runs it. */
export const SERVER_MAIN = path.resolve(__dirname, '../src/main.js');

export interface ServerProcess {
  url: string;
  pid: number;
  process: ChildProcess;
  /** SQL statements the process has sent so far (counted by count-statements.ts). */
  statements(): Promise<number>;
  stop(): Promise<void>;
}

const COUNTER = path.resolve(__dirname, 'count-statements.js');

/**
 * Living Lab in production mode on `databaseUrl`: its migrations run and its reference data (regions,
 * SPBE framework, shipped modules and quizzes) are seeded at start, exactly as in production.
 */
export async function startLivingLab(options: {
  databaseUrl: string;
  jwtSecret: string;
  logLevel?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<ServerProcess> {
  return startServerProcess(SERVER_MAIN, {
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: path.join(os.tmpdir(), 'livinglab-bench-server'),
    JWT_SECRET: options.jwtSecret,
    CREDENTIAL_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    // Production logs one line per request at info: that cost is part of what is measured.
    LOG_LEVEL: options.logLevel ?? 'info',
    SEED_DEMO_DATA: 'false',
    SEED_CONTENT: 'true',
    PUBLIC_URL: 'http://127.0.0.1',
    // Every simulated client comes from 127.0.0.1: a per-IP budget would refuse the load itself. The
    // per-user budget stays on (its statement per request is part of what is measured).
    RATE_LIMIT_PER_IP_PER_MINUTE: '0',
    RATE_LIMIT_PER_USER_PER_MINUTE: '100000',
    ...options.env,
  });
}

/** The hand-written baseline (baseline.ts) as its own process, like Living Lab. */
export async function startBaseline(options: { databaseUrl: string; jwtSecret: string }): Promise<ServerProcess> {
  return startServerProcess(path.resolve(__dirname, 'baseline.js'), {
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: options.jwtSecret,
  });
}

async function startServerProcess(script: string, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', COUNTER, script], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    // Request logs go to /dev/null (they would drown the bench's output) but are still written.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${url}/health`, child);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    url,
    pid: child.pid as number,
    process: child,
    statements: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('No statement count from the server')), 5_000);
        child.once('message', (message: { statements: number }) => {
          clearTimeout(timer);
          resolve(message.statements);
        });
        child.send('statements?');
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up (exit ${child.exitCode})`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer in time`);
}

export function randomSecret(): string {
  return randomBytes(32).toString('hex');
}

/** Resident memory of a process in MiB (Linux /proc). */
/**
 * CPU time (user + system) the process has used so far, in ms: /proc/<pid>/stat's utime and stime,
 * in clock ticks of 10 ms (USER_HZ is 100 on Linux). Per request it shows a side's own cost whatever
 * else the machine is doing, which throughput on a shared machine does not.
 */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}
