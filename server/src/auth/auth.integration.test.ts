import { createTestApp, type TestApp } from '../../test/test-app';
import { User } from '../users';

const REGISTER = `mutation ($input: RegisterInput!) {
  register(input: $input) { token expiresAt user { id email fullName nip roles locale region { code name } } }
}`;
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
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const userCount = () => t.dataSource.getRepository(User).count();

describe('register', () => {
  it('creates a LEARNER account, signs it in and hashes the password with argon2id', async () => {
    const response = await t.graphql<{ register: { token: string; user: Record<string, unknown> } }>(REGISTER, { input: registration });
    expect(response.errors).toBeUndefined();
    expect(response.data?.register.user).toMatchObject({
      email: 'siti.rahma@sumedangkab.go.id',
      roles: ['LEARNER'],
      locale: 'id',
      region: { code: '32.11', name: 'Kabupaten Sumedang' },
    });
    const stored = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'siti.rahma@sumedangkab.go.id' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    const me = await t.graphql(ME, {}, response.data?.register.token);
    expect(me.data).toEqual({
      me: { email: 'siti.rahma@sumedangkab.go.id', fullName: 'Siti Rahma', roles: ['LEARNER'], region: { name: 'Kabupaten Sumedang' } },
    });
  });

  it('refuses a duplicate email (any case) with CONFLICT and writes nothing', async () => {
    const before = await userCount();
    const response = await t.graphql(REGISTER, { input: { ...registration, email: 'SITI.RAHMA@sumedangkab.go.id', nip: null } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect(response.data).toBeNull();
    expect(await userCount()).toBe(before);
  });

  it('refuses a duplicate NIP with CONFLICT', async () => {
    const response = await t.graphql(REGISTER, { input: { ...registration, email: 'other@example.id' } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NIP_TAKEN' });
  });

  it('reports each invalid field with BAD_USER_INPUT and writes nothing', async () => {
    const before = await userCount();
    const response = await t.graphql(REGISTER, {
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
    const response = await t.graphql(REGISTER, { input: { ...registration, email: 'x@example.id', nip: null, regionCode: '99.99' } });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REGION',
      fields: [{ field: 'regionCode', message: 'regionCode.unknown' }],
    });
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
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });
});

describe('sign-in throttling', () => {
  it('refuses an email after 10 failed attempts, even with the right password, and lets others in', async () => {
    await t.createUser({ email: 'target@example.id', password: 'benar-sekali-123' });
    for (let attempt = 1; attempt <= 10; attempt++) {
      const failed = await t.graphql(LOGIN, { input: { email: 'target@example.id', password: `tebakan-${attempt}-xx` } });
      expect(failed.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    const eleventh = await t.graphql(LOGIN, { input: { email: 'target@example.id', password: 'tebakan-11-xx' } });
    expect(eleventh.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' });
    const right = await t.graphql(LOGIN, { input: { email: 'target@example.id', password: 'benar-sekali-123' } });
    expect(right.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', params: { minutes: 15 } });
    const other = await t.graphql(LOGIN, { input: { email: 'siti.rahma@sumedangkab.go.id', password: 'kata-sandi-kuat' } });
    expect(other.errors).toBeUndefined();
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
