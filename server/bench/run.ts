import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { repoRoot } from '../src/config/repo-root';
import {
  cpuMs,
  databaseExists,
  databaseFor,
  randomSecret,
  recreateDatabase,
  rssMiB,
  type ServerProcess,
  startBaseline,
  startBenchCluster,
  startLivingLab,
} from './bench-database';
import { checkAnswers, countStatements, type Measurement, runLoad, type Side, type StatementCounts } from './load';
import { buildOperations, COMMON_WORD } from './operations';

const STATEMENT_SAMPLE = 20;

import { DATA_FORMAT, seedBenchData, setBenchMeta } from './seed';

/**
 * `npm run bench`: Living Lab (production mode, its own process) and the hand-written baseline
 * (baseline.ts, its own process) on the same seeded database, driven with the same requests by
 * autocannon: per operation a warm-up and a measured run at a fixed concurrency, the two sides
 * interleaved, the whole repeated. Writes bench/results.md. The data set is `npm run bench:seed`'s
 * (seeded here when missing or of another size).
 *
 * BENCH_LEARNERS (10 000), BENCH_DURATION seconds per run (5), BENCH_WARMUP seconds (2),
 * BENCH_ROUNDS (2), BENCH_CONNECTIONS (50), BENCH_RESULTS (bench/results.md), BENCH_OPERATIONS
 * (comma-separated names to run only some), BENCH_NOTE (a line for the results, e.g. the machine's load).
 */
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 10_000);
const SEED = Number(process.env.BENCH_SEED ?? 14);
const OPTIONS = {
  durationSeconds: Number(process.env.BENCH_DURATION ?? 5),
  warmupSeconds: Number(process.env.BENCH_WARMUP ?? 2),
  rounds: Number(process.env.BENCH_ROUNDS ?? 2),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
};

/**
 * BENCH_CURVE (e.g. "10000,100000,1000000"): after the main run, the dashboards (BENCH_CURVE_OPERATIONS)
 * measured again on data sets of each size, in the same run, for the scale curve. A size's data set
 * lives in its own database (livinglab_bench_10k, ...), seeded when missing.
 */
const CURVE = (process.env.BENCH_CURVE ?? '')
  .split(',')
  .filter((size) => size.trim() !== '')
  .map(Number);
/** BENCH_INSTANCES (1): Living Lab processes on the database, the load's connections split over them. */
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
const CURVE_OPERATIONS = (process.env.BENCH_CURVE_OPERATIONS ?? 'region dashboard,province overview').split(',').map((name) => name.trim());

interface DataSetRun {
  learners: number;
  instances: number;
  measurements: Measurement[];
  statements: StatementCounts;
  facts: Facts;
  problems: string[];
}

async function main(): Promise<void> {
  const cluster = await startBenchCluster();
  try {
    const started = new Date();
    const loadBefore = os.loadavg()[0];
    const only = process.env.BENCH_OPERATIONS?.split(',').map((name) => name.trim());
    const main = await measureDataSet(cluster, process.env.BENCH_DATABASE ?? databaseFor(LEARNERS), LEARNERS, only, INSTANCES);
    const curve: DataSetRun[] = [];
    for (const size of CURVE) curve.push(await measureDataSet(cluster, databaseFor(size), size, CURVE_OPERATIONS, 1));
    const markdown = report({ ...main, started, loadBefore, loadAfter: os.loadavg()[0] }) + curveReport(curve);
    const file = process.env.BENCH_RESULTS ?? path.join(repoRoot(), 'bench', 'results.md');
    writeFileSync(file, markdown);
    console.log(`\nWrote ${path.relative(process.cwd(), file)}`);
    const failed = [main, ...curve].some((run) => run.problems.length > 0 || run.measurements.some((m) => m.failures > 0));
    process.exitCode = failed ? 1 : 0;
  } finally {
    await cluster.stop();
  }
}

/** Both servers on one data set (seeded when missing), the given operations measured on both. */
async function measureDataSet(
  cluster: Awaited<ReturnType<typeof startBenchCluster>>,
  database: string,
  learners: number,
  only: string[] | undefined,
  instances: number,
): Promise<DataSetRun> {
  const servers: ServerProcess[] = [];
  try {
    const url = await ensureDataSet(cluster, database, learners);
    const jwtSecret = randomSecret();
    const livingLabs: ServerProcess[] = [];
    for (let index = 0; index < instances; index++) livingLabs.push(await startLivingLab({ databaseUrl: url, jwtSecret }));
    servers.push(...livingLabs);
    const sum = (of: (server: ServerProcess) => number) => () => livingLabs.reduce((total, server) => total + of(server), 0);
    const baseline = await startBaseline({ databaseUrl: url, jwtSecret });
    servers.push(baseline);
    const db = new Client({ connectionString: url });
    await db.connect();
    let operations = await buildOperations(db, jwtSecret, SEED);
    if (only) operations = operations.filter((operation) => only.some((name) => operation.name.startsWith(name)));
    const facts = await databaseFacts(db);
    await db.end();

    const sides: Side[] = [
      {
        name: 'Living Lab',
        url: livingLabs[0].url,
        moreUrls: livingLabs.slice(1).map((server) => server.url),
        // Statements are counted on the first instance: countStatements sends its requests to `url` only.
        statements: livingLabs[0].statements,
        rss: sum((server) => rssMiB(server.pid)),
        cpuMs: sum((server) => cpuMs(server.pid)),
      },
      {
        name: 'hand-written SQL',
        url: baseline.url,
        statements: baseline.statements,
        rss: () => rssMiB(baseline.pid),
        cpuMs: () => cpuMs(baseline.pid),
      },
    ];
    console.log(`\n${database}: ${learners} learners, ${operations.length} operations`);
    const problems = await checkAnswers(sides, operations);
    for (const problem of problems) console.error(`ANSWER ${problem}`);
    const statements = await countStatements(sides, operations, STATEMENT_SAMPLE);
    const measurements = await runLoad(sides, operations, { ...OPTIONS, log: (line) => console.log(line) });
    return { learners, instances, measurements, statements, facts, problems };
  } finally {
    for (const server of servers.reverse()) await server.stop().catch(() => undefined);
  }
}

/** The data set with `learners` learners in `database`: reused when it has them, else seeded anew. */
async function ensureDataSet(cluster: Awaited<ReturnType<typeof startBenchCluster>>, database: string, learners: number): Promise<string> {
  const url = cluster.urlOf(database);
  if (await databaseExists(cluster, database)) {
    const db = new Client({ connectionString: url });
    await db.connect();
    const meta = await db
      .query<{ value: { learners: number; seed: number; format?: number } }>("SELECT value FROM bench_meta WHERE key = 'seed'")
      .then((result) => result.rows[0]?.value)
      .catch(() => undefined);
    await db.end();
    if (meta?.learners === learners && meta.seed === SEED && meta.format === DATA_FORMAT) return url;
  }
  console.log(`Seeding ${learners} learners into ${database} (npm run bench:seed does the same)`);
  await recreateDatabase(cluster, database);
  const app = await startLivingLab({ databaseUrl: url, jwtSecret: randomSecret(), logLevel: 'warn' });
  await app.stop();
  const report = await seedBenchData(url, {
    learners,
    seed: SEED,
    contentItems: 1_000,
    triggers: false,
    progress: process.stdout.isTTY ?? false,
  });
  await setBenchMeta(url, { learners, seed: SEED, contentItems: 1_000, format: DATA_FORMAT, ...report });
  return url;
}

/** The scale curve: each curve operation's p50 and p99 per data-set size, Living Lab and the baseline. */
function curveReport(runs: DataSetRun[]): string {
  if (runs.length === 0) return '';
  const lines: string[] = ['', '## Scale curve', ''];
  lines.push(
    `The same load (${OPTIONS.connections} connections, ${OPTIONS.durationSeconds} s measured per side, ${OPTIONS.rounds} rounds) on data sets of ${runs
      .map((run) => fmt(run.learners))
      .join(', ')} learners, in this run (p50 / p99 in ms; req/s).`,
  );
  lines.push('');
  lines.push(
    '| Operation | learners | database MiB | Living Lab p50 / p99 | req/s | hand-written p50 / p99 | req/s | SQL per request (LL / SQL) |',
  );
  lines.push('|---|---|---|---|---|---|---|---|');
  const operations = [...new Set(runs.flatMap((run) => run.measurements.map((m) => m.operation)))];
  for (const operation of operations) {
    for (const run of runs) {
      const of = (side: string) => run.measurements.filter((m) => m.operation === operation && m.side === side);
      const cell = (side: string) => {
        const ms = of(side);
        return `${fmt(mean(ms.map((m) => m.p50)))} / ${fmt(mean(ms.map((m) => m.p99)))} | ${fmt(mean(ms.map((m) => m.requestsPerSecond)))}`;
      };
      const statements = (side: string) => {
        const count = run.statements.get(operation)?.get(side);
        return count === undefined ? '-' : fmt(count, 1);
      };
      lines.push(
        `| ${operation} | ${fmt(run.learners)} | ${fmt(run.facts.databaseMiB)} | ${cell('Living Lab')} | ${cell('hand-written SQL')} | ${statements('Living Lab')} / ${statements('hand-written SQL')} |`,
      );
    }
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length > 1) {
    lines.push('');
    for (const operation of operations) {
      const p50 = (run: DataSetRun) =>
        mean(run.measurements.filter((m) => m.operation === operation && m.side === 'Living Lab').map((m) => m.p50));
      lines.push(
        `- ${operation}: Living Lab's p50 at ${fmt(last.learners)} learners is ${(p50(last) / Math.max(1, p50(first))).toFixed(2)}x its p50 at ${fmt(first.learners)}.`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}

interface Facts {
  postgres: string;
  databaseMiB: number;
  counts: Record<string, number>;
  seed?: { rowsPerSecond?: number; copySeconds?: number; totalRows?: number };
}

async function databaseFacts(db: Client): Promise<Facts> {
  const version = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  const size = Number((await db.query<{ s: string }>('SELECT pg_database_size(current_database()) AS s')).rows[0].s);
  const counts: Record<string, number> = {};
  for (const table of [
    'users',
    'enrolments',
    'lesson_completions',
    'quiz_attempts',
    'certificates',
    'mentoring_pairs',
    'mentoring_sessions',
    'spbe_assessments',
    'playbook_adoptions',
  ]) {
    counts[table] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  counts.publishedItems = Number(
    (await db.query<{ n: string }>('SELECT count(*) AS n FROM content_items WHERE published_revision_id IS NOT NULL')).rows[0].n,
  );
  const seed = (await db.query<{ value: Facts['seed'] }>("SELECT value FROM bench_meta WHERE key = 'seed'")).rows[0]?.value;
  return { postgres: version, databaseMiB: size / 1024 / 1024, counts, seed };
}

const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).replace(/,/g, ' ');
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

function report(input: {
  learners: number;
  instances: number;
  measurements: Measurement[];
  statements: StatementCounts;
  facts: Facts;
  started: Date;
  loadBefore: number;
  loadAfter: number;
  problems: string[];
}): string {
  const { measurements, facts } = input;
  const operations = [...new Set(measurements.map((m) => m.operation))];
  const lines: string[] = [];
  const learners = facts.counts.users;
  lines.push(`# Benchmark: Living Lab beside hand-written SQL`);
  lines.push('');
  lines.push(
    `Run ${input.started.toISOString()} by \`npm run bench\`: ${fmt(learners)} users (${fmt(input.learners)} seeded learners), ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ` +
      `Node ${process.version}, PostgreSQL ${facts.postgres}, database ${fmt(facts.databaseMiB)} MiB. ` +
      `${OPTIONS.connections} connections, ${OPTIONS.warmupSeconds} s warm-up and ${OPTIONS.durationSeconds} s measured per operation and side, ${OPTIONS.rounds} rounds, sides interleaved. ` +
      `Load average ${input.loadBefore.toFixed(1)} before, ${input.loadAfter.toFixed(1)} after` +
      (input.loadBefore > os.cpus().length / 2
        ? ': the machine was shared with other work, so absolute figures are pessimistic; both sides ran under the same conditions.'
        : ' (the bench itself loads the machine: both servers, PostgreSQL and the load generator share its CPUs).'),
  );
  if (input.instances > 1) {
    lines.push(
      '',
      `Living Lab ran as ${input.instances} processes on the same database, the load's connections split evenly over them (p50 the request-weighted mean of theirs, p99 the worst; RSS and CPU summed); the baseline as one.`,
    );
  }
  if (process.env.BENCH_NOTE) lines.push('', process.env.BENCH_NOTE);
  lines.push('');
  lines.push(
    `Data: ${Object.entries(facts.counts)
      .map(([table, count]) => `${table} ${fmt(count)}`)
      .join(', ')}.` +
      (facts.seed?.rowsPerSecond
        ? ` Seeded with COPY at ${fmt(facts.seed.rowsPerSecond)} rows/s (${fmt(facts.seed.totalRows ?? 0)} rows in ${fmt(facts.seed.copySeconds ?? 0, 1)} s).`
        : ''),
  );
  lines.push('');
  lines.push(
    `Figures are the mean over rounds (req/s, p50, p99 in ms); SQL statements per request are counted in each server process (every pg \`Client#query\`, BEGIN/COMMIT included) over ${STATEMENT_SAMPLE} requests sent one at a time before the load. Server CPU per request is the server process's user and system time during the measured run divided by its requests (PostgreSQL's own CPU is not included): it shows each side's cost whatever else the machine is doing.`,
  );
  lines.push('');
  lines.push(
    '| Operation | Living Lab req/s | p50 | p99 | hand-written req/s | p50 | p99 | ratio | SQL per request (LL / SQL) | server CPU ms per request (LL / SQL) |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const operation of operations) {
    const of = (side: string) => measurements.filter((m) => m.operation === operation && m.side === side);
    const ll = of('Living Lab');
    const sql = of('hand-written SQL');
    const llRps = mean(ll.map((m) => m.requestsPerSecond));
    const sqlRps = mean(sql.map((m) => m.requestsPerSecond));
    const statements = (side: string) => {
      const count = input.statements.get(operation)?.get(side);
      return count === undefined ? '-' : fmt(count, 1);
    };
    const cpu = (side: ReturnType<typeof of>) => {
      const values = side.map((m) => m.cpuMsPerRequest).filter((value): value is number => value !== undefined);
      return values.length === 0 ? '-' : fmt(mean(values), 2);
    };
    lines.push(
      `| ${operation === 'catalogue search, common word' ? `catalogue search, common word ("${COMMON_WORD}")` : operation} | ${fmt(llRps)} | ${fmt(mean(ll.map((m) => m.p50)))} | ${fmt(mean(ll.map((m) => m.p99)))} | ` +
        `${fmt(sqlRps)} | ${fmt(mean(sql.map((m) => m.p50)))} | ${fmt(mean(sql.map((m) => m.p99)))} | ${sqlRps === 0 ? '-' : (llRps / sqlRps).toFixed(2)} | ${statements('Living Lab')} / ${statements('hand-written SQL')} | ${cpu(ll)} / ${cpu(sql)} |`,
    );
  }
  const peak = (side: string) => Math.max(0, ...measurements.filter((m) => m.side === side).map((m) => m.peakRssMiB ?? 0));
  lines.push('');
  lines.push(`Peak server RSS under load: Living Lab ${fmt(peak('Living Lab'))} MiB, hand-written ${fmt(peak('hand-written SQL'))} MiB.`);
  const failures = measurements.filter((m) => m.failures > 0);
  lines.push('');
  lines.push(
    failures.length === 0 && input.problems.length === 0
      ? 'Every response was HTTP 200 without GraphQL errors, and both sides answered each operation with the same JSON shape.'
      : `Problems: ${[...input.problems, ...failures.map((m) => `${m.operation} on ${m.side}, round ${m.round}: ${m.failures} failed responses`)].join('; ')}.`,
  );
  lines.push('');
  lines.push('<details><summary>Every run</summary>');
  lines.push('');
  lines.push('| round | operation | side | requests | req/s | p50 | p99 | peak RSS MiB | CPU ms/req |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const m of measurements) {
    lines.push(
      `| ${m.round} | ${m.operation} | ${m.side} | ${m.requests} | ${fmt(m.requestsPerSecond)} | ${m.p50} | ${m.p99} | ${m.peakRssMiB === undefined ? '-' : fmt(m.peakRssMiB)} | ${m.cpuMsPerRequest === undefined ? '-' : fmt(m.cpuMsPerRequest, 2)} |`,
    );
  }
  lines.push('');
  lines.push('</details>');
  lines.push('');
  return `${lines.join('\n')}`;
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
