import { readFileSync } from 'node:fs';
import path from 'node:path';
import { healthy, type ServerProcess, startServer } from './support/server-process';

/**
 * The embedded PostgreSQL killed under a running server (kill -9 of the postmaster): the server starts
 * it again with backoff, /health and writes recover without restarting the app.
 */
describe('embedded database restart', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    await server?.cleanup();
    server = undefined;
  });

  const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

  async function register(url: string, email: string): Promise<boolean> {
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($input: RegisterInput!) { register(input: $input) { checkEmail } }',
          variables: { input: { email, password: 'kata-sandi-kuat', fullName: 'Restart', regionCode: '32.11', agency: 'Diskominfo' } },
        }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      return response.ok && body.errors === undefined;
    } catch {
      return false;
    }
  }

  async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
    const start = Date.now();
    while (!(await check())) {
      if (Date.now() - start > timeoutMs) throw new Error(`not recovered in ${timeoutMs} ms:\n${server?.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Date.now() - start;
  }

  it('restarts a killed postmaster; /health and writes recover in the same server process', async () => {
    server = await startServer();
    const { url, dataDir, child } = server;
    expect(await register(url, 'before@example.id')).toBe(true);

    for (const round of [1, 2]) {
      const killed = postmasterPid(dataDir);
      const killedAt = Date.now();
      process.kill(killed, 'SIGKILL');
      // The database is really gone first (no answer from a cached state).
      await waitFor(async () => !(await healthy(url)), 5_000);
      await waitFor(() => healthy(url), 30_000);
      const healthMs = Date.now() - killedAt;
      await waitFor(() => register(url, `after-${round}@example.id`), 30_000);
      const writeMs = Date.now() - killedAt;
      console.log(`Round ${round}: /health 200 again ${healthMs} ms after kill -9, first write succeeded after ${writeMs} ms`);

      expect(postmasterPid(dataDir)).not.toBe(killed);
      expect(child.exitCode).toBeNull(); // the same app process throughout
      expect(healthMs).toBeLessThan(30_000);
    }
    expect(server.output()).toContain('Embedded PostgreSQL exited (SIGKILL): restarting it');

    // The data written before the kills is still there, and a clean stop still stops PostgreSQL.
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: { email: "before@example.id", password: "kata-sandi-kuat" }) { user { fullName } } }',
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { user: { fullName: 'Restart' } } } });
    const last = postmasterPid(dataDir);
    expect(await server.stop()).toBe(0);
    expect(() => process.kill(last, 0)).toThrow();
  });
});
