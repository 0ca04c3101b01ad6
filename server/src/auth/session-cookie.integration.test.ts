import { randomUUID } from 'node:crypto';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token } }';
const ME = '{ me { email } }';
const SIGN_OUT = 'mutation { signOut }';
const TTL = 3600;

let t: TestApp;
let origin: string;
beforeAll(async () => {
  t = await createTestApp({ jwtTtlSeconds: TTL });
  origin = new URL(t.url).origin;
});
afterAll(() => t.close());

let nextIp = 1;

/** Posts an operation as the web does (JSON, its own Origin), with extra headers. */
function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'x-forwarded-for': `198.51.100.${nextIp++}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function signIn(email: string): Promise<{ cookie: string; setCookie: string; token: string }> {
  await t.createUser({ email });
  const response = await post({ query: LOGIN, variables: { input: { email, password: TEST_PASSWORD } } });
  const setCookie = response.headers.get('set-cookie') ?? '';
  const body = (await response.json()) as { data: { login: { token: string } } };
  return { cookie: setCookie.split(';')[0] ?? '', setCookie, token: body.data.login.token };
}

async function meWith(headers: Record<string, string>) {
  return (await (await post({ query: ME }, headers)).json()) as {
    data?: { me: { email: string } | null } | null;
    errors?: Array<{ extensions?: { code?: string; reason?: string } }>;
  };
}

describe('the session cookie', () => {
  it('is set at sign-in: httpOnly, SameSite=Lax, Path=/, Max-Age of the token, not Secure on http', async () => {
    const { setCookie, cookie, token } = await signIn('cookie.attrs@example.go.id');
    expect(cookie).toBe(`ll_session=${token}`);
    const attributes = setCookie.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', `max-age=${TTL}`]));
    expect(attributes).not.toContain('secure');
  });

  it('signs the web in; a bearer token does too, and wins over the cookie', async () => {
    const cookieUser = await signIn('cookie.user@example.go.id');
    const bearerUser = await signIn('bearer.user@example.go.id');
    expect((await meWith({ cookie: cookieUser.cookie })).data?.me?.email).toBe('cookie.user@example.go.id');
    expect((await meWith({ authorization: `Bearer ${bearerUser.token}` })).data?.me?.email).toBe('bearer.user@example.go.id');
    const both = await meWith({ cookie: cookieUser.cookie, authorization: `Bearer ${bearerUser.token}` });
    expect(both.data?.me?.email).toBe('bearer.user@example.go.id');
  });

  it('is cleared at sign-out, and the old cookie is refused afterwards', async () => {
    const { cookie } = await signIn('cookie.out@example.go.id');
    const response = await post({ query: SIGN_OUT }, { cookie });
    expect(((await response.json()) as { data: { signOut: boolean } }).data.signOut).toBe(true);
    const cleared = response.headers.get('set-cookie') ?? '';
    expect(cleared).toMatch(/^ll_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    const after = await meWith({ cookie });
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_INVALID' });
  });

  it('authenticates GET downloads (no CSRF check on reads)', async () => {
    const { cookie } = await signIn('cookie.download@example.go.id');
    const path = `${t.url}/api/evidence/pemdi/items/${randomUUID()}/file`;
    expect((await fetch(path)).status).toBe(401);
    // Signed in: the item just does not exist.
    expect((await fetch(path, { headers: { cookie } })).status).toBe(404);
  });
});

describe('CSRF', () => {
  let cookie: string;
  beforeAll(async () => {
    ({ cookie } = await signIn('cookie.csrf@example.go.id'));
  });

  it.each([
    ['text/plain', JSON.stringify({ query: SIGN_OUT })],
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(SIGN_OUT)}`],
  ])('refuses a cross-site form POST (%s) with the cookie', async (contentType, body) => {
    const response = await post(body, { cookie, 'content-type': contentType, origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' } }] });
  });

  it('has Apollo refuse a simple content type even from the own origin (it needs a preflight)', async () => {
    const response = await post(JSON.stringify({ query: SIGN_OUT }), { cookie, 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: SIGN_OUT }));
    form.set('map', '{}');
    const multipart = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { cookie, origin }, body: form });
    expect(multipart.status).toBe(400);
    expect((await meWith({ cookie })).data?.me?.email).toBe('cookie.csrf@example.go.id');
  });

  it('refuses a JSON write with a foreign Origin, or with no Origin and no Sec-Fetch-Site', async () => {
    expect((await post({ query: ME }, { cookie, origin: 'http://localhost.evil.example' })).status).toBe(403);
    expect((await post({ query: ME }, { cookie, origin: 'null' })).status).toBe(403);
    const noOrigin = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(noOrigin.status).toBe(403);
    const sameOrigin = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ query: ME }),
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a cross-site upload to the REST routes; the own origin gets through to the route', async () => {
    const path = `${t.url}/api/evidence/pemdi/${randomUUID()}/1.1`;
    const form = new FormData();
    form.set('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'bukti.pdf');
    const foreign = await fetch(path, { method: 'POST', headers: { cookie, origin: 'https://evil.example' }, body: form });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ errors: [{ extensions: { reason: 'CROSS_SITE_REQUEST' } }] });
    const own = await fetch(path, { method: 'POST', headers: { cookie, origin }, body: form });
    expect(own.status).not.toBe(403);
    expect(own.status).not.toBe(401);
  });

  it('leaves bearer requests and requests without the cookie alone (API clients)', async () => {
    const { token } = await signIn('cookie.api@example.go.id');
    const bearer = await post({ query: ME }, { authorization: `Bearer ${token}`, cookie, origin: 'https://evil.example' });
    expect(bearer.status).toBe(200);
    expect((await post({ query: ME }, { origin: 'https://evil.example' })).status).toBe(200);
  });
});
