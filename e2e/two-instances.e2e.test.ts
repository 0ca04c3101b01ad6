import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { startTestSmtpServer, type TestSmtpServer } from '../server/src/mail/mail.test-helpers';
import { connectToServerDatabase } from './support/database';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * Two built server processes on one PostgreSQL database (docs/scaling.md, "Past one machine"): A runs
 * the embedded PostgreSQL, B is pointed at it with DATABASE_URL; both have the same JWT_SECRET and
 * CREDENTIAL_SIGNING_KEY and both run jobs. Each request names its caller in X-Forwarded-For (trusted
 * from loopback), so every scenario has its own address and its own counts.
 */
describe('two server processes on one database', () => {
  let smtp: TestSmtpServer;
  let a: ServerProcess;
  let b: ServerProcess;
  let db: Client;
  const PER_IP_PER_MINUTE = 40;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    const shared = {
      JWT_SECRET: randomBytes(36).toString('base64'),
      CREDENTIAL_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Living Lab <noreply@livinglab.test>',
      RATE_LIMIT_PER_IP_PER_MINUTE: String(PER_IP_PER_MINUTE),
      // Debug: graphile-worker's "Completed task <id> (...)" lines say which process ran which job.
      LOG_LEVEL: 'debug',
    };
    a = await startServer({ env: shared });
    db = await connectToServerDatabase(a.dataDir);
    const { host, port, user, password, database } = db;
    const databaseUrl = `postgres://${user}:${encodeURIComponent(password ?? '')}@${host}:${port}/${database}`;
    b = await startServer({ env: { ...shared, DATABASE_URL: databaseUrl } });
  }, 240_000);
  afterAll(async () => {
    await db?.end();
    // B first: A's embedded PostgreSQL stops with A.
    await b?.stop();
    await a?.stop();
    await Promise.all([a?.cleanup(), b?.cleanup()]);
    await smtp?.stop();
  });

  interface Answer {
    status: number;
    retryAfter: string | null;
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: { code?: string; reason?: string; params?: { seconds?: number } } }>;
  }
  const call = async (url: string, ip: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), ...((await response.json()) as object) };
  };
  const reasonOf = (answer: Answer) => answer.errors?.[0]?.extensions?.reason;
  const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token } }';
  const login = (url: string, ip: string, email: string, password: string) => call(url, ip, LOGIN, { input: { email, password } });
  /** The server's error log lines, for a failure message. */
  const errorLines = (server: ServerProcess) =>
    server
      .output()
      .split('\n')
      .filter((line) => /error/i.test(line))
      .slice(-10)
      .join('\n');
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('a session from signing in on A works on B, a write on B is read on A, signing out on B ends it on A', async () => {
    const ip = '10.1.0.1';
    const signedIn = await login(a.url, ip, 'asn.bandung@livinglab.demo', 'demo-livinglab-2026');
    const token = (signedIn.data as { login: { token: string } }).login.token;
    const ME = '{ me { email fullName agency locale nip regionCode timeZone version } }';
    const onB = await call(b.url, ip, ME, {}, token);
    expect(onB.errors).toBeUndefined();
    const me = onB.data?.me as Record<string, unknown>;
    expect(me.email).toBe('asn.bandung@livinglab.demo');

    const { email: _email, ...profile } = me;
    const saved = await call(
      b.url,
      ip,
      'mutation ($input: UpdateProfileInput!) { updateMyProfile(input: $input) { fullName } }',
      { input: { ...profile, fullName: 'Dewi Lestari (diubah di B)' } },
      token,
    );
    expect(saved.errors).toBeUndefined();
    expect((await call(a.url, ip, '{ me { fullName } }', {}, token)).data).toEqual({ me: { fullName: 'Dewi Lestari (diubah di B)' } });

    // Signing out ends every token of the user: refused on A right after B says so.
    expect((await call(b.url, ip, 'mutation { signOut }', {}, token)).data).toEqual({ signOut: true });
    const afterSignOut = await call(a.url, ip, '{ me { email } }', {}, token);
    expect(afterSignOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  /** Wrong sign-ins for `emailOf(n)` from `ip`, the n-th one on `urls[n % urls.length]`, until one is refused. */
  const failuresUntilRefused = async (urls: string[], ip: string, emailOf: (attempt: number) => string) => {
    for (let attempt = 1; attempt <= 30; attempt++) {
      const answer = await login(urls[attempt % urls.length], ip, emailOf(attempt), 'bukan-kata-sandinya');
      if (reasonOf(answer) === 'TOO_MANY_ATTEMPTS')
        return { refusedAttempt: attempt, seconds: answer.errors?.[0]?.extensions?.params?.seconds };
      expect(reasonOf(answer)).toBe('INVALID_CREDENTIALS');
    }
    throw new Error('never refused');
  };

  it('sign-in throttling counts failures over A and B together: the same attempt is refused as on one process', async () => {
    // Per (IP, e-mail): 5 free failures (LoginThrottle.PER_ACCOUNT), the 6th makes the next try wait 1 s.
    const email = () => 'koordinator@livinglab.demo';
    const oneProcess = await failuresUntilRefused([a.url], '10.2.0.1', email);
    const twoProcesses = await failuresUntilRefused([a.url, b.url], '10.2.0.2', email);
    expect(oneProcess).toEqual({ refusedAttempt: 7, seconds: 1 });
    expect(twoProcesses).toEqual(oneProcess);
    // The wait is shared too, and so is the doubling: after it, one more failure on B means 2 s on A.
    expect(reasonOf(await login(b.url, '10.2.0.2', email(), 'demo-livinglab-2026'))).toBe('TOO_MANY_ATTEMPTS');
    await sleep(1100);
    expect(reasonOf(await login(b.url, '10.2.0.2', email(), 'bukan-kata-sandinya'))).toBe('INVALID_CREDENTIALS');
    const doubled = await login(a.url, '10.2.0.2', email(), 'demo-livinglab-2026');
    expect([reasonOf(doubled), doubled.errors?.[0]?.extensions?.params?.seconds]).toEqual(['TOO_MANY_ATTEMPTS', 2]);

    // Per IP over many e-mails (password spraying): 10 free failures (LoginThrottle.PER_IP), the 11th makes it wait.
    const sprayed = (attempt: number) => `tidak-ada-${attempt}@example.id`;
    const sprayOne = await failuresUntilRefused([a.url], '10.3.0.1', sprayed);
    const sprayTwo = await failuresUntilRefused([a.url, b.url], '10.3.0.2', sprayed);
    expect(sprayOne).toEqual({ refusedAttempt: 12, seconds: 1 });
    expect(sprayTwo).toEqual(sprayOne);
  });

  it('the per-IP request limit is shared once both have flushed their counts (every second)', async () => {
    const ping = (url: string, ip: string) => call(url, ip, '{ __typename }');
    const allowedOf = async (url: string, ip: string, requests: number) => {
      let allowed = 0;
      for (let i = 0; i < requests; i++) {
        const answer = await ping(url, ip);
        if (answer.status === 200) allowed++;
        else expect([answer.status, answer.errors?.[0]?.extensions?.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
      }
      return allowed;
    };
    // One process enforces the budget exactly.
    expect(await allowedOf(a.url, '10.4.0.1', PER_IP_PER_MINUTE + 5)).toBe(PER_IP_PER_MINUTE);

    // Two: 25 on A, flushed; 1 on B, flushed (B now knows 26); then B lets 14 more through and refuses.
    const ip = '10.4.0.2';
    expect(await allowedOf(a.url, ip, 25)).toBe(25);
    await sleep(2200);
    expect(await allowedOf(b.url, ip, 1)).toBe(1);
    await sleep(2200);
    expect(await allowedOf(b.url, ip, 20)).toBe(PER_IP_PER_MINUTE - 26);
    await sleep(2200);
    // A learns the total only when it flushes that key, and it last did at 25: its next request is
    // decided on that (the documented slack: what one process takes in one flush interval); that
    // request's flush brings back the total, and A refuses from then on.
    expect((await ping(a.url, ip)).status).toBe(200);
    await sleep(2200);
    const refused = await ping(a.url, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  });

  it('jobs run once: N verification e-mails enqueued through A and B arrive once each, run by both workers', async () => {
    const N = 24;
    const startedAt = new Date();
    const emails = Array.from({ length: N }, (_, i) => `peserta.${i}@example.id`);
    const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) { checkEmail } }';
    // Four at a time, alternating A and B, each from its own address (5 registrations an hour per IP).
    for (let start = 0; start < N; start += 4) {
      const answers = await Promise.all(
        emails.slice(start, start + 4).map((email, offset) => {
          const i = start + offset;
          return call(i % 2 === 0 ? a.url : b.url, `10.5.0.${i + 1}`, REGISTER, {
            input: {
              email,
              password: 'jembatan-cincin-jatinangor',
              fullName: `Peserta ${i}`,
              regionCode: '32.11',
              agency: 'Diskominfo',
              locale: 'id',
            },
          });
        }),
      );
      if (answers.some((answer) => answer.errors))
        throw new Error(`register failed: ${JSON.stringify(answers)}\n${errorLines(a)}\n${errorLines(b)}`);
      for (const answer of answers) expect(answer.data).toEqual({ register: { checkEmail: true } });
    }

    // Every message the two processes queued meanwhile (verifications and any notices), until all are sent.
    const deadline = Date.now() + 60_000;
    let messages: Array<{ to_address: string; status: string; attempts: number; smtp_message_id: string | null }> = [];
    for (;;) {
      ({ rows: messages } = await db.query(
        'SELECT to_address, status, attempts, smtp_message_id FROM mail_messages WHERE created_at >= $1',
        [startedAt],
      ));
      if (messages.length >= N && messages.every((message) => message.status === 'SENT')) break;
      if (Date.now() > deadline) throw new Error(`Not all sent in time: ${JSON.stringify(messages.filter((m) => m.status !== 'SENT'))}`);
      await sleep(200);
    }
    await sleep(3000); // a duplicate delivery would arrive now
    const receivedBy = (email: string) =>
      smtp.received.filter((mail) => [mail.to ?? []].flat().some((to) => to.value.some((entry) => entry.address?.toLowerCase() === email)));
    for (const email of emails) expect([email, receivedBy(email).length]).toEqual([email, 1]);
    expect(messages.map((message) => message.attempts)).toEqual(messages.map(() => 1));
    const sentIds = new Set(messages.map((message) => message.smtp_message_id));
    const receivedIds = smtp.received.map((mail) => mail.messageId).filter((id) => sentIds.has(id ?? null));
    expect(receivedIds.length).toBe(messages.length);
    expect(new Set(receivedIds).size).toBe(messages.length);

    // Which process ran which delivery job: no job on both, and both took part.
    const completed = (server: ServerProcess) =>
      new Set([...server.output().matchAll(/Completed task (\d+) \(mail\.deliver\b/g)].map((match) => match[1]));
    const [byA, byB] = [completed(a), completed(b)];
    const onBoth = [...byA].filter((id) => byB.has(id));
    expect(onBoth).toEqual([]);
    expect(byA.size + byB.size).toBeGreaterThanOrEqual(messages.length);
    expect(byA.size).toBeGreaterThan(0);
    expect(byB.size).toBeGreaterThan(0);
    console.log(`two-instances jobs: ${messages.length} messages (${N} verifications), delivered by A ${byA.size}, by B ${byB.size}`);
  });
});
