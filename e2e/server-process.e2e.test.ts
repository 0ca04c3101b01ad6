import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { healthy, runServerToExit, type ServerProcess, startServer } from './support/server-process';

/** The server as `npm start` runs it: embedded PostgreSQL, restarts, signals and start-up checks. */
describe('server process', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    await server?.cleanup();
    server = undefined;
  });

  it('starts on a fresh data folder, serves /health and the web app, and stops cleanly on SIGTERM', async () => {
    server = await startServer();
    const health = await fetch(`${server.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    // The built web app at / and for client-side routes, GraphQL beside it.
    const page = await fetch(`${server.url}/admin/pengguna`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(code: "32.11") { name } }' }),
    });
    expect(await graphql.json()).toEqual({ data: { region: { name: 'Kabupaten Sumedang' } } });

    const pidFile = path.join(server.dataDir, 'postgres', 'postmaster.pid');
    expect(existsSync(pidFile)).toBe(true);
    expect(await server.stop()).toBe(0);
    // PostgreSQL was shut down with the app: it removes its pid file on a clean stop.
    expect(existsSync(pidFile)).toBe(false);
  });

  it('keeps data across restarts and recovers from a killed process whose PostgreSQL kept running', async () => {
    server = await startServer();
    const register = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: RegisterInput!) { register(input: $input) { checkEmail } }',
        variables: {
          input: {
            email: 'restart@example.id',
            password: 'kata-sandi-kuat',
            fullName: 'Restart',
            regionCode: '32.11',
            agency: 'Diskominfo',
          },
        },
      }),
    });
    expect((await register.json()).errors).toBeUndefined();

    // SIGKILL: Node dies at once and its PostgreSQL child keeps running, holding the data folder.
    const dataDir = server.dataDir;
    const postgresPid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    server.child.kill('SIGKILL');
    await server.stop();
    expect(() => process.kill(postgresPid, 0)).not.toThrow();

    server = await startServer({ dataDir });
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: { email: "restart@example.id", password: "kata-sandi-kuat" }) { user { fullName } } }',
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { user: { fullName: 'Restart' } } } });
  });

  it('refuses to start in production without JWT_SECRET, with a clear message', async () => {
    const { code, output } = await runServerToExit({
      NODE_ENV: 'production',
      JWT_SECRET: '',
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/x',
    });
    expect(code).toBe(1);
    expect(output).toContain('JWT_SECRET: required when NODE_ENV=production');
    expect(output).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('reports an unreachable DATABASE_URL and exits', async () => {
    const { code, output } = await runServerToExit({
      DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none',
      JWT_SECRET: 'y'.repeat(40),
      PORT: '0',
    });
    expect(code).toBe(1);
    expect(output).toContain('Living Lab could not start');
  }, 60_000);

  it('health says 503 when the database goes away', async () => {
    server = await startServer();
    const postgresPid = Number(readFileSync(path.join(server.dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postgresPid, 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await healthy(server.url)).toBe(false);
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', database: 'down' });
  });
});
