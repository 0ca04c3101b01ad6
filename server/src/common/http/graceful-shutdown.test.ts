import http from 'node:http';
import { connect, type Socket } from 'node:net';
import { trackConnections } from './graceful-shutdown';

/** Draining a plain Node HTTP server: what is answered, what is closed, what is cut. */
let server: http.Server;
let port: number;
let holdMs = 300;

beforeEach(async () => {
  holdMs = 300;
  server = http.createServer((request, response) => {
    if (request.url === '/never') return; // answers only when cut
    setTimeout(() => response.end(`done ${request.url}`), holdMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function get(
  path: string,
  agent: http.Agent | false = false,
): Promise<{ status?: number; body?: string; connection?: string; error?: string }> {
  return new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode, body, connection: response.headers.connection }));
      })
      .on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code }));
  });
}

const started = () => new Promise((resolve) => setTimeout(resolve, 100));

it('answers every request in flight, then resolves; new connections are refused', async () => {
  const drainer = trackConnections(server);
  const requests = Array.from({ length: 10 }, (_, index) => get(`/${index}`));
  await started();
  const drained = drainer.drain(5000);
  expect(await get('/late')).toEqual({ error: 'ECONNREFUSED' });
  const results = await Promise.all(requests);
  expect(results.map((result) => result.body)).toEqual(Array.from({ length: 10 }, (_, index) => `done /${index}`));
  expect(results.every((result) => result.connection === 'close')).toBe(true);
  expect(await drained).toMatchObject({ cut: 0, inFlight: 10 });
});

it('closes an idle keep-alive connection at once', async () => {
  holdMs = 0;
  const drainer = trackConnections(server);
  const agent = new http.Agent({ keepAlive: true });
  expect(await get('/first', agent)).toMatchObject({ status: 200, connection: 'keep-alive' });
  const result = await drainer.drain(5000);
  expect(result).toMatchObject({ cut: 0, inFlight: 0 });
  expect(result.elapsedMs).toBeLessThan(500);
  agent.destroy();
});

it('ends a keep-alive connection after the response it was writing', async () => {
  const drainer = trackConnections(server);
  const agent = new http.Agent({ keepAlive: true });
  const inFlight = get('/slow', agent);
  await started();
  const drained = drainer.drain(5000);
  expect(await inFlight).toMatchObject({ body: 'done /slow', connection: 'close' });
  expect(await drained).toMatchObject({ cut: 0, inFlight: 1 });
  agent.destroy();
});

it('still answers a connection that was accepted before draining and sends its request after', async () => {
  const drainer = trackConnections(server);
  const accepted = new Promise((resolve) => server.once('connection', resolve));
  const socket: Socket = connect(port, '127.0.0.1');
  await accepted;
  const drained = drainer.drain(5000);
  await new Promise((resolve) => setTimeout(resolve, 200));
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk));
  const closed = new Promise((resolve) => socket.once('close', resolve));
  socket.write('GET /after HTTP/1.1\r\nHost: x\r\n\r\n');
  await closed;
  expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
  expect(answer).toMatch(/Connection: close/i);
  expect(answer).toContain('done /after');
  expect(await drained).toMatchObject({ cut: 0 });
});

it('closes a connection that stays silent, after a second', async () => {
  const drainer = trackConnections(server);
  const accepted = new Promise((resolve) => server.once('connection', resolve));
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  await accepted;
  const result = await drainer.drain(10_000);
  expect(result.cut).toBe(0);
  expect(result.elapsedMs).toBeGreaterThanOrEqual(900);
  expect(result.elapsedMs).toBeLessThan(3000);
});

it('cuts what is still running at the deadline', async () => {
  const drainer = trackConnections(server);
  const never = get('/never');
  await started();
  const result = await drainer.drain(300);
  expect(result).toMatchObject({ cut: 1, inFlight: 1 });
  expect(await never).toEqual({ error: 'ECONNRESET' });
});
