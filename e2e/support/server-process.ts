import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Starts the built server the way `npm start` does (node server/dist/.../main.js: embedded
 * PostgreSQL, migrations, seed), on a free port with its own data folder under the temp dir.
 */
export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SERVER_MAIN = path.join(REPO_ROOT, 'server/dist/server/src/main.js');

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  /**
   * SIGTERM and wait for the exit code; after `killAfterMs` (default 90 s) SIGKILL it and its
   * PostgreSQL, so a server that hangs fails its test instead of keeping Jest (and CI) waiting.
   */
  stop(killAfterMs?: number): Promise<number | null>;
  /** Removes the data folder (after stop). */
  cleanup(): Promise<void>;
}

export async function startServer(options: { env?: NodeJS.ProcessEnv; dataDir?: string; timeoutMs?: number } = {}): Promise<ServerProcess> {
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: run \`npm run build\` first (npm test does).`);
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'livinglab-e2e-')));
  // A test that must know the port before the start (e.g. for PUBLIC_URL) passes PORT itself.
  const port = options.env?.PORT ? Number(options.env.PORT) : await freePort();
  let output = '';
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      // Tests send many requests from 127.0.0.1: far above the 6000/600 a minute people get.
      RATE_LIMIT_PER_IP_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_USER_PER_MINUTE: '1000000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}) before it was ready:\n${output}`);
    if (await healthy(url)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server was not ready in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    dataDir,
    child,
    output: () => output,
    stop: async (killAfterMs = 90_000) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        killPostgres(dataDir);
      }, killAfterMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** SIGKILLs the embedded PostgreSQL of a data folder (its postmaster.pid's first line), if it runs. */
function killPostgres(dataDir: string): void {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGKILL');
  } catch {
    // not running, or already gone
  }
}

export async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`);
    return response.ok;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs the server to completion (for start-up failures) and returns its exit code and output. */
export function runServerToExit(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [SERVER_MAIN], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });
}
