import { createTestApp, type GraphqlResponse, type TestApp } from '../../test/test-app';
import type { AppConfig } from '../config/app-config';
import { PG_POOL } from '../database/pg-pool';
import { RequestRateLimiter } from './request-rate-limiter';

/** Budgets small enough to reach in a test; the defaults are 6000 per IP and 600 per user a minute. */
let limited: TestApp;
beforeAll(async () => {
  limited = await createTestApp({ rateLimits: { perIp: 8, perUser: 3, windowSeconds: 60 }, responseMaxBytes: 64 * 1024 });
}, 120_000);
afterAll(() => limited.close());

async function post(t: TestApp, query: string, token?: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as GraphqlResponse & { errors: NonNullable<GraphqlResponse['errors']> },
  };
}

it('answers 429 with Retry-After and TOO_MANY_REQUESTS past a user budget, while another user goes on', async () => {
  // createUser signs in (one request from this IP each).
  const alice = await limited.createUser({ email: 'alice@example.go.id' });
  const bob = await limited.createUser({ email: 'bob@example.go.id' });
  const statuses = [];
  for (let index = 0; index < 4; index += 1) statuses.push((await post(limited, '{ me { id } }', alice.token)).status);
  expect(statuses).toEqual([200, 200, 200, 429]);
  const refused = await post(limited, '{ me { id } }', alice.token);
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  expect(refused.body.errors[0].extensions).toEqual({
    code: 'TOO_MANY_REQUESTS',
    reason: 'TOO_MANY_REQUESTS',
    params: { seconds: Number(refused.retryAfter) },
  });
  expect((await post(limited, '{ me { id } }', bob.token)).status).toBe(200);
});

it('answers 429 past the IP budget, counted in PostgreSQL (shared by every instance)', async () => {
  let last = 200;
  for (let index = 0; index < 10 && last !== 429; index += 1) last = (await post(limited, '{ provinces { code } }')).status;
  expect(last).toBe(429);
  await limited.app.get(RequestRateLimiter).flush();
  const rows = await limited.dataSource.query("SELECT key, points FROM auth_rate_limits WHERE key LIKE 'request-ip:%'");
  expect(rows).toHaveLength(1);
  expect(rows[0].points).toBeGreaterThan(8);
});

describe('without rate limits', () => {
  let open: TestApp;
  beforeAll(async () => {
    open = await createTestApp({ responseMaxBytes: 64 * 1024 });
  }, 120_000);
  afterAll(() => open.close());

  it('refuses a response over the size cap with a clean 400', async () => {
    const introspection = '{ __schema { types { name description fields { name description args { name description } } } } }';
    const response = await post(open, introspection);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions).toEqual({
      code: 'RESPONSE_TOO_LARGE',
      reason: 'RESPONSE_TOO_LARGE',
      params: { maxBytes: 65536 },
    });
  });

  it('refuses a NUL character in a variable or an inline argument as BAD_USER_INPUT naming the field', async () => {
    const { token } = await open.createUser({ email: 'nul@example.go.id' });
    const viaVariable = await post(open, 'mutation ($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }', token, {
      input: { fullName: 'A\u0000B' },
    });
    expect(viaVariable.status).toBe(400);
    expect(viaVariable.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.fullName' }] });
    const inline = await post(open, '{ region(code: "32\\u0000") { code } }', token);
    expect(inline.status).toBe(400);
    expect(inline.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'code' }] });
  });
});

it('shares the counts of several instances through PostgreSQL, a flush apart', async () => {
  const pool = limited.app.get<symbol, import('pg').Pool>(PG_POOL);
  const budgets = { rateLimits: { perIp: 0, perUser: 3, windowSeconds: 60 } } as AppConfig;
  const first = new RequestRateLimiter(pool, budgets);
  const second = new RequestRateLimiter(pool, budgets);
  try {
    for (let index = 0; index < 3; index += 1) expect(first.consume('10.0.0.1', 'shared-user')).toEqual({ allowed: true });
    expect(first.consume('10.0.0.1', 'shared-user').allowed).toBe(false);
    await first.flush();
    // The second instance has not heard yet: its own first request goes through, and its flush learns the total.
    expect(second.consume('10.0.0.2', 'shared-user')).toEqual({ allowed: true });
    await second.flush();
    expect(second.consume('10.0.0.2', 'shared-user').allowed).toBe(false);
    // Another user is not affected.
    expect(second.consume('10.0.0.2', 'other-user')).toEqual({ allowed: true });
  } finally {
    await Promise.all([first.onModuleDestroy(), second.onModuleDestroy()]);
  }
});
