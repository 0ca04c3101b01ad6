import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import http from 'node:http';
import type { Client } from 'pg';
import { connectToServerDatabase } from './support/database';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * SIGTERM while requests are in flight: the server stops accepting, answers every request it had
 * accepted, then closes the app and the embedded database and exits 0. The requests are sign-ups
 * (argon2 hashing and an INSERT each), so a reset request would also be a write the client never saw.
 */
interface Outcome {
  index: number;
  status?: number;
  body?: string;
  error?: string;
  answeredAt?: number;
}

function register(url: string, index: number, sent: (clientPort: number) => void): Promise<Outcome> {
  const body = JSON.stringify({
    query: 'mutation ($input: RegisterInput!) { register(input: $input) { checkEmail } }',
    variables: {
      input: {
        email: `drain-${index}@example.id`,
        password: `Rambutan-Ungu-Cisitu-${index}!`,
        fullName: `Drain ${index}`,
        regionCode: '32.11',
        agency: 'Diskominfo',
      },
    },
  });
  return new Promise((resolve) => {
    // One connection per request (agent: false), as many browsers would open.
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        // Registrations are limited per address (5 an hour): each sign-up comes from its own, as through a local proxy.
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-forwarded-for': `198.51.100.${index + 1}`,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ index, status: response.statusCode, body: text, answeredAt: Date.now() }));
        response.on('error', (error) => resolve({ index, status: response.statusCode, error: String(error) }));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ index, error: error.code ?? String(error) }));
    request.on('finish', () => sent(request.socket?.localPort ?? 0));
    request.end(body);
  });
}

/** Local address of the listening socket for a port, from /proc/net/tcp{,6} ("0100007F" is 127.0.0.1). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6']
    .filter((file) => existsSync(file))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') // 0A: LISTEN
        .map((fields) => fields[1].split(':')[0]),
    );
}

/**
 * Of the connections from `clientPorts` to `port`, those the process has accepted: its socket file
 * descriptors matched against established TCP connections. A connection still in the kernel's backlog
 * is not counted (the server never saw it; closing the listener resets it).
 */
function acceptedConnections(pid: number, port: number, clientPorts: Set<number>): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]);
    } catch {
      // closed meanwhile
    }
  }
  const matched = new Set<number>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const clientPort = Number.parseInt(fields[2]?.split(':')[1] ?? '', 16);
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '01' && clientPorts.has(clientPort) && inodes.has(fields[9]))
        matched.add(clientPort);
    }
  }
  return matched.size;
}

// One retry for a machine-level hiccup; the sign-ups are held in flight by a lock, not by timing.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

/**
 * How many server backends wait for a lock while inserting a user (at most the pool's 20). Read fresh:
 * inside a transaction PostgreSQL shows pg_stat_activity as it was at the transaction's first look.
 */
async function insertsWaiting(database: Client): Promise<number> {
  await database.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await database.query<{ count: string }>(
    `SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO "users"%'`,
  );
  return Number(rows[0].count);
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

describe('graceful shutdown', () => {
  let server: ServerProcess | undefined;
  let holder: Client | undefined;
  afterEach(async () => {
    // Released first, so a failed test's server can finish its requests and stop.
    await holder?.end().catch(() => undefined);
    holder = undefined;
    await server?.stop();
    await server?.cleanup();
    server = undefined;
  });

  it('answers all 40 sign-ups in flight at SIGTERM, refuses new connections, and exits 0', async () => {
    server = await startServer({ env: { SHUTDOWN_GRACE_MS: '60000' } });
    // Outside production the server listens on 127.0.0.1 only (HOST unset).
    const port = Number(new URL(server.url).port);
    expect(listeningAddresses(port)).toEqual(['0100007F']);

    // The test holds a lock on users: every sign-up reaches its INSERT and waits there, so all 40 are
    // still running when SIGTERM comes, whatever the machine's speed (before, the first ones sometimes
    // finished before the last connection was accepted).
    holder = await connectToServerDatabase(server.dataDir);
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE users IN EXCLUSIVE MODE');

    const total = 40;
    let sent = 0;
    const clientPorts = new Set<number>();
    let allSent: () => void = () => undefined;
    const everySent = new Promise<void>((resolve) => {
      allSent = resolve;
    });
    const outcomes = Promise.all(
      Array.from({ length: total }, (_, index) =>
        register(server?.url ?? '', index, (clientPort) => {
          clientPorts.add(clientPort);
          sent += 1;
          if (sent === total) allSent();
        }),
      ),
    );
    await everySent;
    const database = holder;
    // The pool (20 connections) is full of waiting INSERTs, the other sign-ups wait for a connection.
    expect(await until(async () => (await insertsWaiting(database)) >= 15, 60_000)).toBe(true);
    // Nothing can finish while the lock is held, so the server's accepted connections only grow. (On
    // some machines /proc shows none of the server's sockets: then the server's own count below says it.)
    const pid = server.child.pid as number;
    let accepted = 0;
    await until(() => {
      accepted = acceptedConnections(pid, port, clientPorts);
      return accepted === total;
    }, 30_000);
    if (accepted > 0) expect(accepted).toBe(total);

    const sigtermAt = Date.now();
    const exited = server.stop();
    // Once the server says it takes no new connections, one is refused, not accepted and dropped.
    while (!server.output().includes('no new connections')) await new Promise((resolve) => setTimeout(resolve, 10));
    const signalTakenMs = Date.now() - sigtermAt;
    const late = await new Promise<string | undefined>((resolve) => {
      http
        .get(`${server?.url}/health`, { agent: false }, (response) => resolve(`answered ${response.statusCode}`))
        .on('error', (error: NodeJS.ErrnoException) => resolve(error.code));
    });
    expect(late).toBe('ECONNREFUSED');
    // Still waiting at SIGTERM: the server drains them once the lock goes.
    expect(await insertsWaiting(database)).toBeGreaterThanOrEqual(15);
    await database.query('COMMIT');
    await database.end();
    holder = undefined;

    const results = await outcomes;
    const exitCode = await exited;
    const statuses = countBy(results.map((outcome) => outcome.status ?? outcome.error));
    const finishedAfter = results.filter((outcome) => (outcome.answeredAt ?? 0) >= sigtermAt).length;
    const lastAnswer = Math.max(...results.map((outcome) => outcome.answeredAt ?? 0));
    const inFlight = /Requests in flight \((\d+)\)/.exec(server.output())?.[1];
    console.log(
      `graceful shutdown: ${total} sign-ups sent, ${accepted} seen accepted in /proc, ${finishedAfter} answered after SIGTERM ` +
        `(server counted ${inFlight} in flight; signal taken after ${signalTakenMs} ms, last answer ${lastAnswer - sigtermAt} ms ` +
        `after SIGTERM); statuses ${JSON.stringify(statuses)}; exit code ${exitCode}`,
    );

    expect(statuses).toEqual({ 200: total });
    for (const outcome of results) {
      const body = JSON.parse(outcome.body ?? '{}') as { data?: { register?: { checkEmail?: boolean } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.register?.checkEmail).toBe(true);
    }
    // Every one was running at SIGTERM and answered after it; the server had all 40 in flight.
    expect(finishedAfter).toBe(total);
    expect(inFlight).toBe(String(total));
    expect(exitCode).toBe(0);
    expect(server.output()).toMatch(/Requests in flight \(\d+\) finished in \d+ ms/);

    // Restarted on the same data: exactly the answered sign-ups were committed.
    const dataDir = server.dataDir;
    server = await startServer({ dataDir });
    const restarted = await connectToServerDatabase(dataDir);
    try {
      const { rows } = await restarted.query<{ count: string }>("SELECT count(*) FROM users WHERE email LIKE 'drain-%@example.id'");
      expect(Number(rows[0].count)).toBe(total);
    } finally {
      await restarted.end();
    }
  });

  it('does not wait for idle keep-alive connections', async () => {
    server = await startServer({ env: { SHUTDOWN_GRACE_MS: '30000' } });
    const agent = new http.Agent({ keepAlive: true });
    try {
      const status = await new Promise<number | undefined>((resolve, reject) => {
        http
          .get(`${server?.url}/health`, { agent }, (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode));
          })
          .on('error', reject);
      });
      expect(status).toBe(200);
      // The socket stays open in the agent; the server closes it as idle instead of waiting 30 s.
      const started = Date.now();
      expect(await server.stop()).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      agent.destroy();
    }
  });
});

function countBy(values: Array<string | number | undefined>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}
