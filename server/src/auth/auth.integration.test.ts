import { createTestApp, type GraphqlResponse, type TestApp } from '../../test/test-app';
import { createApp } from '../app.factory';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../users';

const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) { checkEmail } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token user { email roles } } }';
const ME = '{ me { email fullName roles region { name } } }';

const registration = {
  email: 'Siti.Rahma@Sumedangkab.go.id',
  password: 'kata-sandi-kuat',
  fullName: 'Siti Rahma',
  nip: '198703152010012003',
  regionCode: '32.11',
  agency: 'Dinas Kependudukan dan Pencatatan Sipil',
};

let t: TestApp;
let nextIp = 1;
/** A caller address of its own (X-Forwarded-For from loopback is trusted), so each test has its own counts. */
const freshIp = () => `203.0.113.${nextIp++}`;

/** Posts an operation from `ip` to the app at `url`. */
async function from(ip: string, query: string, variables: Record<string, unknown>, url = t.url): Promise<GraphqlResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlResponse;
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const userCount = () => t.dataSource.getRepository(User).count();

describe('register', () => {
  it('creates a LEARNER account with an argon2id hash; the same credentials then sign in', async () => {
    const response = await from(freshIp(), REGISTER, { input: registration });
    expect(response).toEqual({ data: { register: { checkEmail: true } } });
    const stored = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'siti.rahma@sumedangkab.go.id' });
    // The region chosen is asked to join (region-membership), not taken: the account has none yet.
    expect(stored).toMatchObject({ roles: ['LEARNER'], locale: 'id', regionCode: null, nip: '198703152010012003' });
    expect(
      await t.dataSource.query('SELECT from_region_code, to_region_code, status FROM region_move_requests WHERE user_id = $1', [stored.id]),
    ).toEqual([{ from_region_code: null, to_region_code: '32.11', status: 'PENDING' }]);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    const login = await t.graphql<{ login: { token: string } }>(LOGIN, {
      input: { email: registration.email, password: registration.password },
    });
    const me = await t.graphql(ME, {}, login.data?.login.token);
    expect(me.data).toEqual({
      me: { email: 'siti.rahma@sumedangkab.go.id', fullName: 'Siti Rahma', roles: ['LEARNER'], region: null },
    });
  });

  it('answers an existing e-mail (any case) or NIP exactly like a new one, and changes nothing', async () => {
    const before = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'siti.rahma@sumedangkab.go.id' });
    const ip = freshIp();
    const takenEmail = await from(ip, REGISTER, {
      input: { ...registration, email: 'SITI.RAHMA@sumedangkab.go.id', nip: null, password: 'lain-kata-sandi-kuat' },
    });
    const takenNip = await from(ip, REGISTER, { input: { ...registration, email: 'other@example.id' } });
    const fresh = await from(ip, REGISTER, { input: { ...registration, email: 'baru@example.id', nip: null } });
    expect(takenEmail).toEqual(fresh);
    expect(takenNip).toEqual(fresh);
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: before.id })).toEqual(before);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'other@example.id' })).toBe(0);
    // The original password still signs in; the one the second registration typed does not.
    const wrong = await t.graphql(LOGIN, { input: { email: registration.email, password: 'lain-kata-sandi-kuat' } });
    expect(wrong.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
  });

  it.each(['1234567890', 'password12', 'sumedang2026'])('refuses the weak password %s and writes nothing', async (password) => {
    const before = await userCount();
    const response = await from(freshIp(), REGISTER, { input: { ...registration, email: 'lemah@example.id', nip: null, password } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(response.errors?.[0].extensions?.fields).toEqual([{ field: 'password', message: expect.stringMatching(/^password\.\w+$/) }]);
    expect(await userCount()).toBe(before);
  });

  it('reports each invalid field with BAD_USER_INPUT and writes nothing', async () => {
    const before = await userCount();
    const response = await from(freshIp(), REGISTER, {
      input: { ...registration, email: 'bukan-email', password: 'pendek', nip: '12', regionCode: '32.11' },
    });
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [
        { field: 'email', message: 'email.invalid' },
        { field: 'password', message: 'password.tooShort' },
        { field: 'nip', message: 'nip.invalid' },
      ],
    });
    expect(response.errors?.[0].message).toBe('INVALID_INPUT');
    expect(await userCount()).toBe(before);
  });

  it('refuses an unknown region code', async () => {
    const response = await from(freshIp(), REGISTER, { input: { ...registration, email: 'x@example.id', nip: null, regionCode: '99.99' } });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REGION',
      fields: [{ field: 'regionCode', message: 'regionCode.unknown' }],
    });
  });

  it('accepts 5 registrations per hour from one address, then TOO_MANY_ATTEMPTS; other addresses still register', async () => {
    const ip = freshIp();
    for (let n = 1; n <= 5; n++) {
      expect((await from(ip, REGISTER, { input: { ...registration, email: `batas-${n}@example.id`, nip: null } })).errors).toBeUndefined();
    }
    const sixth = await from(ip, REGISTER, { input: { ...registration, email: 'batas-6@example.id', nip: null } });
    expect(sixth.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' });
    expect(sixth.errors?.[0].extensions?.params?.seconds).toBeGreaterThan(3500);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'batas-6@example.id' })).toBe(0);
    expect(
      (await from(freshIp(), REGISTER, { input: { ...registration, email: 'batas-6@example.id', nip: null } })).errors,
    ).toBeUndefined();
  });
});

describe('login', () => {
  it('signs in with the right password, whatever the email case', async () => {
    const response = await t.graphql<{ login: { token: string } }>(LOGIN, {
      input: { email: ' SITI.rahma@sumedangkab.go.id', password: 'kata-sandi-kuat' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.login.token.split('.')).toHaveLength(3);
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown email', async () => {
    const wrong = await t.graphql(LOGIN, { input: { email: 'siti.rahma@sumedangkab.go.id', password: 'salah-sandi-123' } });
    const unknown = await t.graphql(LOGIN, { input: { email: 'nobody@example.id', password: 'salah-sandi-123' } });
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(unknown).toEqual(wrong);
  });
});

describe('sign-in throttling', () => {
  const fail = (ip: string, email: string, n: number, url?: string) =>
    from(ip, LOGIN, { input: { email, password: `tebakan-${n}-xx` } }, url);

  it('makes one address wait after 5 failures for an account, growing; the owner elsewhere still signs in', async () => {
    await t.createUser({ email: 'target@example.id', password: 'benar-sekali-123' });
    const attacker = freshIp();
    for (let n = 1; n <= 5; n++)
      expect((await fail(attacker, 'target@example.id', n)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    // The 6th failure starts a wait: the next try, even with the right password, is refused for that address only.
    expect((await fail(attacker, 'target@example.id', 6)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    const waiting = await from(attacker, LOGIN, { input: { email: 'target@example.id', password: 'benar-sekali-123' } });
    expect(waiting.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', params: { seconds: 1 } });
    const owner = await from(freshIp(), LOGIN, { input: { email: 'target@example.id', password: 'benar-sekali-123' } });
    expect(owner.errors).toBeUndefined();
    // After the wait, one more failure doubles it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await fail(attacker, 'target@example.id', 7)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect((await fail(attacker, 'target@example.id', 8)).errors?.[0].extensions).toMatchObject({
      reason: 'TOO_MANY_ATTEMPTS',
      params: { seconds: 2 },
    });
  });

  it('slows spraying one password over 20 accounts from one address, whether or not they exist', async () => {
    const sprayer = freshIp();
    const answers: string[] = [];
    for (let n = 1; n <= 20; n++) {
      const response = await from(sprayer, LOGIN, { input: { email: `korban-${n}@example.id`, password: 'Sumedang2026!' } });
      answers.push(String(response.errors?.[0].extensions?.reason));
    }
    expect(answers.slice(0, 11)).toEqual(Array(11).fill('INVALID_CREDENTIALS'));
    expect(answers.slice(11)).toEqual(Array(9).fill('TOO_MANY_ATTEMPTS'));
    // Another address is not slowed.
    expect((await fail(freshIp(), 'korban-1@example.id', 1)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
  });

  it('keeps the counts in PostgreSQL: a new app instance on the same database sees them', async () => {
    const ip = freshIp();
    // 5 failures on the first instance: free ones, no wait yet.
    for (let n = 1; n <= 5; n++) await fail(ip, 'restart@example.id', n);
    const options = t.dataSource.options as { url: string };
    const second = await createApp(t.app.get<AppConfig>(APP_CONFIG), options.url);
    try {
      await second.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${second.getHttpServer().address().port}`;
      // The 6th, on the new instance, is past the free ones only if the first 5 were kept: the next try waits.
      expect((await fail(ip, 'restart@example.id', 6, url)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
      expect((await fail(ip, 'restart@example.id', 7, url)).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'TOO_MANY_ATTEMPTS',
      });
    } finally {
      await second.close();
    }
  });
});

describe('tokens', () => {
  it('refuses a missing, forged, alg:none or expired token on a signed-in operation', async () => {
    expect((await t.graphql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.c2lnbmF0dXJl`;
    expect((await t.graphql(ME, {}, forged)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_INVALID' });
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`;
    expect((await t.graphql(ME, {}, unsigned)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const expiring = await createTestApp({ jwtTtlSeconds: 1 });
    try {
      const { token } = await expiring.createUser({ email: 'short@example.id' });
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect((await expiring.graphql(ME, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await expiring.close();
    }
  });

  it('lets a public operation through with a stale token', async () => {
    const response = await t.graphql('{ provinces { code } }', {}, 'not.a.token');
    expect(response.errors).toBeUndefined();
  });
});

describe('the caller’s address', () => {
  it('comes from X-Forwarded-For only when TRUST_PROXY trusts the sender: otherwise one client is one address', async () => {
    const options = t.dataSource.options as { url: string };
    // Trusts private networks but not this machine: the loopback sender's forwarded addresses are ignored.
    const untrusting = await createApp({ ...t.app.get<AppConfig>(APP_CONFIG), trustProxy: ['uniquelocal'] }, options.url);
    try {
      await untrusting.listen(0, '127.0.0.1');
      const url = `http://127.0.0.1:${untrusting.getHttpServer().address().port}`;
      for (let n = 1; n <= 5; n++) {
        const answer = await from(freshIp(), REGISTER, { input: { ...registration, email: `proxy-${n}@example.id`, nip: null } }, url);
        expect(answer.errors).toBeUndefined();
      }
      // Five "different" forwarded addresses were one caller (127.0.0.1): the registration budget is spent.
      const sixth = await from(freshIp(), REGISTER, { input: { ...registration, email: 'proxy-6@example.id', nip: null } }, url);
      expect(sixth.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' });
    } finally {
      await untrusting.close();
    }
    // The default (loopback) believes this machine's proxy: a forwarded address is a caller of its own.
    const other = await from(freshIp(), REGISTER, { input: { ...registration, email: 'proxy-7@example.id', nip: null } });
    expect(other.errors).toBeUndefined();
  });
});
