import type { ParsedMail } from 'mailparser';
import { StatementCounter } from '../../test/statement-counter';
import { createTestApp, type GraphqlResponse, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { linkIn, startTestSmtpServer, type TestSmtpServer } from '../mail/mail.test-helpers';
import { User } from '../users';

const FORGOT = 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { checkEmail } }';
const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }';
const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { token user { email } } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token } }';
const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) { checkEmail } }';
const VERIFY = 'mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) }';
const RESEND = 'mutation { resendVerificationEmail }';
const SIGN_OUT = 'mutation { signOut }';
const SET_ACTIVE = 'mutation ($input: SetUserActiveInput!) { setUserActive(input: $input) { deactivatedAt } }';
const SEND_RESET = 'mutation ($input: SendPasswordResetLinkInput!) { sendPasswordResetLink(input: $input) }';
const SET_ROLES = 'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { roles } }';
const ME = '{ me { email emailVerifiedAt } }';

const NEW_PASSWORD = 'pohon-mangga-di-tepi-sungai';

let t: TestApp;
let inbox: TestSmtpServer;
let nextIp = 1;
const freshIp = () => `198.51.100.${nextIp++}`;

/** Posts an operation from `ip` (X-Forwarded-For from loopback is trusted), with a token when given. */
async function from(ip: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlResponse> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlResponse;
}

const tokenOf = (mail: ParsedMail, path: string) =>
  new URL(linkIn(mail, `http://localhost:3000${path}?token=`)).searchParams.get('token') ?? '';
const mailsTo = (email: string, subject: RegExp) => inbox.to(email).filter((mail) => subject.test(mail.subject ?? ''));
async function resetMail(email: string, count: number): Promise<ParsedMail> {
  await inbox.waitFor(() => mailsTo(email, /password|kata sandi/i).length >= count);
  return mailsTo(email, /password|kata sandi/i)[count - 1];
}
const signIn = (email: string, password: string) => from(freshIp(), LOGIN, { input: { email, password } });

beforeAll(async () => {
  inbox = await startTestSmtpServer();
  t = await createTestApp({ smtpUrl: inbox.url, mailFrom: 'Living Lab <noreply@livinglab.test>', jobsWorker: true });
});
afterAll(async () => {
  await t.close();
  await inbox.stop();
});

describe('Lupa kata sandi', () => {
  it('answers an unknown address exactly like a known one, with the same statements, and mails only the account', async () => {
    const known = await t.createUser({ email: 'ani@example.id' });
    await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [known.user.id]);
    const ip = freshIp();
    const unknown = await from(ip, FORGOT, { input: { email: 'nobody@example.id' } });
    const existing = await from(ip, FORGOT, { input: { email: ' ANI@example.id' } });
    expect(existing).toEqual({ data: { requestPasswordReset: { checkEmail: true } } });
    expect(unknown).toEqual(existing);

    const mail = await resetMail('ani@example.id', 1);
    expect(mail.subject).toBe('Reset your Living Lab password');
    expect(mail.html).toContain('lang="en"');
    expect(tokenOf(mail, '/reset-password')).toMatch(/^[\w-]{43}$/);
    // The unknown address got nothing (its job ran before the known one's).
    expect(inbox.to('nobody@example.id')).toEqual([]);
    // Only the hash is stored.
    const [row] = await t.dataSource.query('SELECT token_hash FROM auth_account_tokens WHERE user_id = $1', [known.user.id]);
    expect(row.token_hash).not.toBe(tokenOf(mail, '/reset-password'));
  });

  it('sends the same statements for an unknown and a known address: the lookup happens in the job', async () => {
    // An app without a worker, so that only the request's own statements are recorded.
    const quiet = await createTestApp();
    try {
      await quiet.createUser({ email: 'ani@example.id' });
      const counter = new StatementCounter(quiet.dataSource);
      const ask = (email: string) =>
        counter.during(async () => {
          const response = await fetch(`${quiet.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: FORGOT, variables: { input: { email } } }),
          });
          return response.json();
        });
      const unknown = await ask('nobody@example.id');
      const known = await ask('ani@example.id');
      expect(unknown.result).toEqual(known.result);
      expect(unknown.statements).toEqual(known.statements);
      expect(known.statements.join('\n')).not.toMatch(/"users"|FROM users/i);
      const [{ count }] = await quiet.dataSource.query(
        `SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = 'auth.password-reset-request'`,
      );
      expect(count).toBe(2);
    } finally {
      await quiet.close();
    }
  });

  it('resets once: the new password signs in, the old password and every older token are refused, the link is then used', async () => {
    const { token: oldToken } = await t.createUser({ email: 'budi@example.id' });
    await from(freshIp(), FORGOT, { input: { email: 'budi@example.id' } });
    const mail = await resetMail('budi@example.id', 1);
    expect(mail.subject).toBe('Atur ulang kata sandi Living Lab');
    const token = tokenOf(mail, '/reset-password');

    const reset = await from(freshIp(), RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(reset).toEqual({ data: { resetPassword: { email: 'budi@example.id' } } });
    expect((await t.graphql(ME, {}, oldToken)).errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_INVALID',
    });
    expect((await signIn('budi@example.id', TEST_PASSWORD)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    const fresh = await signIn('budi@example.id', NEW_PASSWORD);
    expect(fresh.errors).toBeUndefined();

    const again = await from(freshIp(), RESET, { input: { token, newPassword: 'lagi-pohon-mangga-kedua' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_USED' });
    expect((await signIn('budi@example.id', NEW_PASSWORD)).errors).toBeUndefined();
  });

  it('invalidates an older link when a newer one is sent', async () => {
    await t.createUser({ email: 'citra@example.id' });
    await from(freshIp(), FORGOT, { input: { email: 'citra@example.id' } });
    const first = tokenOf(await resetMail('citra@example.id', 1), '/reset-password');
    await from(freshIp(), FORGOT, { input: { email: 'citra@example.id' } });
    const second = tokenOf(await resetMail('citra@example.id', 2), '/reset-password');
    expect(second).not.toBe(first);
    expect((await from(freshIp(), RESET, { input: { token: first, newPassword: NEW_PASSWORD } })).errors?.[0].extensions?.reason).toBe(
      'TOKEN_INVALID',
    );
    expect((await from(freshIp(), RESET, { input: { token: second, newPassword: NEW_PASSWORD } })).errors).toBeUndefined();
  });

  it('refuses an expired link, an unknown one and a malformed one, and changes nothing', async () => {
    const { user, token: session } = await t.createUser({ email: 'dedi@example.id' });
    await from(freshIp(), FORGOT, { input: { email: 'dedi@example.id' } });
    const token = tokenOf(await resetMail('dedi@example.id', 1), '/reset-password');
    // 30 minutes later.
    await t.dataSource.query(`UPDATE auth_account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const expired = await from(freshIp(), RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(expired.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_EXPIRED' });
    const unknown = await from(freshIp(), RESET, { input: { token: 'A'.repeat(43), newPassword: NEW_PASSWORD } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
    const malformed = await from(freshIp(), RESET, { input: { token: 'x', newPassword: NEW_PASSWORD } });
    expect(malformed.errors?.[0].extensions).toMatchObject({
      reason: 'INVALID_INPUT',
      fields: [{ field: 'token', message: 'token.invalid' }],
    });
    expect((await t.graphql(ME, {}, session)).errors).toBeUndefined();
    expect((await signIn('dedi@example.id', TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('refuses a weak new password with the field, and the link stays usable', async () => {
    await t.createUser({ email: 'eka@example.id', fullName: 'Eka Saputra' });
    await from(freshIp(), FORGOT, { input: { email: 'eka@example.id' } });
    const token = tokenOf(await resetMail('eka@example.id', 1), '/reset-password');
    const weak = await from(freshIp(), RESET, { input: { token, newPassword: 'ekasaputra' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(weak.errors?.[0].extensions?.fields).toEqual([{ field: 'newPassword', message: expect.stringMatching(/^password\.\w+$/) }]);
    expect((await from(freshIp(), RESET, { input: { token, newPassword: NEW_PASSWORD } })).errors).toBeUndefined();
  });

  it('allows 5 requests an hour from one address, then TOO_MANY_ATTEMPTS, whether or not the addresses exist', async () => {
    const ip = freshIp();
    for (let n = 1; n <= 5; n++) expect((await from(ip, FORGOT, { input: { email: `orang-${n}@example.id` } })).errors).toBeUndefined();
    const sixth = await from(ip, FORGOT, { input: { email: 'ani@example.id' } });
    expect(sixth.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' });
    expect((await from(freshIp(), FORGOT, { input: { email: 'orang-6@example.id' } })).errors).toBeUndefined();
  });
});

describe('changePassword', () => {
  it('needs the current password (typed error on its field) and a strong new one (typed error on its field)', async () => {
    const { token } = await t.createUser({ email: 'fajar@example.id', fullName: 'Fajar Nugraha' });
    const wrong = await from(freshIp(), CHANGE, { input: { currentPassword: 'bukan-ini-sandinya', newPassword: NEW_PASSWORD } }, token);
    expect(wrong.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_PASSWORD',
      fields: [{ field: 'currentPassword', message: 'currentPassword.wrong' }],
    });
    const weak = await from(freshIp(), CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'fajarnugraha' } }, token);
    expect(weak.errors?.[0].extensions?.fields).toEqual([{ field: 'newPassword', message: expect.stringMatching(/^password\.\w+$/) }]);
    expect((await signIn('fajar@example.id', TEST_PASSWORD)).errors).toBeUndefined();
    expect((await t.graphql(ME, {}, token)).errors).toBeUndefined();
  });

  it('changes it: this session gets a new token, every older token is refused, a notice is mailed', async () => {
    const { token: phone } = await t.createUser({ email: 'gita@example.id' });
    const laptop = String(((await signIn('gita@example.id', TEST_PASSWORD)).data?.login as { token?: string } | undefined)?.token);
    const changed = await from(freshIp(), CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }, phone);
    expect(changed.errors).toBeUndefined();
    const renewed = String((changed.data?.changePassword as { token?: string } | undefined)?.token);
    expect((await t.graphql(ME, {}, renewed)).errors).toBeUndefined();
    for (const old of [phone, laptop]) expect((await t.graphql(ME, {}, old)).errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    expect((await signIn('gita@example.id', NEW_PASSWORD)).errors).toBeUndefined();
    const notice = await inbox.waitFor((mail) => mail.subject === 'Kata sandi Living Lab Anda diubah');
    expect(notice.text).toContain('WIB');
  });

  it('needs a signed-in user', async () => {
    const response = await from(freshIp(), CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('signOut', () => {
  it('revokes the token it is sent with; another user is unaffected', async () => {
    const { token } = await t.createUser({ email: 'hana@example.id' });
    const other = await t.createUser({ email: 'iwan@example.id' });
    expect(await t.graphql(SIGN_OUT, {}, token)).toEqual({ data: { signOut: true } });
    expect((await t.graphql(ME, {}, token)).errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    expect((await t.graphql(ME, {}, other.token)).errors).toBeUndefined();
    expect((await signIn('hana@example.id', TEST_PASSWORD)).errors).toBeUndefined();
  });
});

describe('deactivation and admin reset links', () => {
  let admin: { user: User; token: string };
  let coordinator: { user: User; token: string };
  beforeAll(async () => {
    admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
    coordinator = await t.createUser({ email: 'koordinator@example.id', roles: ['COORDINATOR'] });
  });

  it('a deactivated account’s tokens stop at once; the right password says ACCOUNT_DEACTIVATED, a wrong one INVALID_CREDENTIALS', async () => {
    const target = await t.createUser({ email: 'joko@example.id' });
    const deactivated = await t.graphql(SET_ACTIVE, { input: { userId: target.user.id, active: false } }, admin.token);
    expect(deactivated.errors).toBeUndefined();
    expect((await t.graphql(ME, {}, target.token)).errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    expect((await signIn('joko@example.id', TEST_PASSWORD)).errors?.[0].extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'ACCOUNT_DEACTIVATED',
    });
    expect((await signIn('joko@example.id', 'salah-sandi-123')).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    // No reset mail for a deactivated account (the answer is the usual one); an admin sending one is told why not.
    await from(freshIp(), FORGOT, { input: { email: 'joko@example.id' } });
    const adminReset = await t.graphql(SEND_RESET, { input: { userId: target.user.id } }, admin.token);
    expect(adminReset.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DEACTIVATED' });

    expect((await t.graphql(SET_ACTIVE, { input: { userId: target.user.id, active: true } }, admin.token)).errors).toBeUndefined();
    // Reactivating does not bring old tokens back.
    expect((await t.graphql(ME, {}, target.token)).errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    expect((await signIn('joko@example.id', TEST_PASSWORD)).errors).toBeUndefined();
    expect(mailsTo('joko@example.id', /kata sandi|password/i)).toEqual([]);
  });

  it('an admin cannot deactivate themself', async () => {
    const response = await t.graphql(SET_ACTIVE, { input: { userId: admin.user.id, active: false } }, admin.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_DEACTIVATE_SELF' });
  });

  it('an admin mails a reset link that works', async () => {
    const target = await t.createUser({ email: 'kartika@example.id' });
    expect(await t.graphql(SEND_RESET, { input: { userId: target.user.id } }, admin.token)).toEqual({
      data: { sendPasswordResetLink: true },
    });
    const mail = await resetMail('kartika@example.id', 1);
    expect(mail.text).toContain('Administrator Living Lab');
    const reset = await from(freshIp(), RESET, { input: { token: tokenOf(mail, '/reset-password'), newPassword: NEW_PASSWORD } });
    expect(reset.errors).toBeUndefined();
    expect((await t.graphql(ME, {}, target.token)).errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
  });

  it.each([
    ['a coordinator', async () => coordinator.token, 'FORBIDDEN'],
    ['a learner', async () => (await t.createUser({ email: 'pelajar@example.id' })).token, 'FORBIDDEN'],
    ['a visitor', async () => undefined, 'UNAUTHENTICATED'],
  ])('refuses deactivation and reset links to %s', async (_, token, code) => {
    const caller = await token();
    const deactivate = await t.graphql(SET_ACTIVE, { input: { userId: admin.user.id, active: false } }, caller);
    expect(deactivate.errors?.[0].extensions?.code).toBe(code);
    const reset = await t.graphql(SEND_RESET, { input: { userId: admin.user.id } }, caller);
    expect(reset.errors?.[0].extensions?.code).toBe(code);
    expect((await t.graphql(ME, {}, admin.token)).errors).toBeUndefined();
    expect(mailsTo('admin@example.id', /kata sandi|password/i)).toEqual([]);
  });
});

describe('e-mail verification', () => {
  const registration = {
    email: 'lestari@example.id',
    password: 'kata-sandi-kuat-sekali',
    fullName: 'Lestari Wulandari',
    regionCode: '32.11',
    agency: 'Diskominfo Sumedang',
    locale: 'en',
  };

  it('mails a link at registration; unverified, the account learns but no role can be granted; verified, it can', async () => {
    const admin = await t.createUser({ email: 'admin-2@example.id', roles: ['ADMIN'] });
    expect((await from(freshIp(), REGISTER, { input: registration })).errors).toBeUndefined();
    const mail = await inbox.waitFor((m) => m.subject === 'Confirm your e-mail address for Living Lab');
    const login = {
      token: String(((await signIn(registration.email, registration.password)).data?.login as { token?: string } | undefined)?.token),
    };
    expect((await t.graphql<{ me: { emailVerifiedAt: string | null } }>(ME, {}, login.token)).data?.me.emailVerifiedAt).toBeNull();
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ email: registration.email });

    const refused = await t.graphql(SET_ROLES, { input: { userId: user.id, roles: ['MENTOR'], version: user.version } }, admin.token);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EMAIL_NOT_VERIFIED',
      params: { roles: 'MENTOR' },
    });
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).roles).toEqual(['LEARNER']);

    const token = tokenOf(mail, '/verify-email');
    expect(await from(freshIp(), VERIFY, { input: { token } })).toEqual({ data: { verifyEmail: true } });
    expect((await t.graphql<{ me: { emailVerifiedAt: string | null } }>(ME, {}, login.token)).data?.me.emailVerifiedAt).not.toBeNull();
    expect((await from(freshIp(), VERIFY, { input: { token } })).errors?.[0].extensions?.reason).toBe('TOKEN_USED');
    const granted = await t.graphql(SET_ROLES, { input: { userId: user.id, roles: ['MENTOR'], version: user.version } }, admin.token);
    expect(granted).toEqual({ data: { setUserRoles: { roles: ['LEARNER', 'MENTOR'] } } });
  });

  it('tells the owner of a taken address that someone tried to register with it, in their language', async () => {
    await t.createUser({ email: 'owner@example.id' });
    const answer = await from(freshIp(), REGISTER, { input: { ...registration, email: 'Owner@example.id' } });
    expect(answer).toEqual({ data: { register: { checkEmail: true } } });
    const mail = await inbox.waitFor((m) => m.subject === 'Ada yang mencoba mendaftar dengan alamat Anda di Living Lab');
    expect(inbox.to('owner@example.id')).toEqual([mail]);
    expect(mail.text).toContain('http://localhost:3000/lupa-kata-sandi');
  });

  it('resends a link that replaces the old one; nothing for a verified account; a few an hour', async () => {
    const { token } = await t.createUser({ email: 'maya@example.id', emailVerified: false });
    expect(await t.graphql(RESEND, {}, token)).toEqual({ data: { resendVerificationEmail: true } });
    await inbox.waitFor(() => inbox.to('maya@example.id').length >= 1);
    const first = tokenOf(inbox.to('maya@example.id')[0], '/verify-email');
    await t.graphql(RESEND, {}, token);
    await inbox.waitFor(() => inbox.to('maya@example.id').length >= 2);
    const second = tokenOf(inbox.to('maya@example.id')[1], '/verify-email');
    expect((await from(freshIp(), VERIFY, { input: { token: first } })).errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
    await t.graphql(RESEND, {}, token);
    expect((await t.graphql(RESEND, {}, token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' });
    expect((await from(freshIp(), VERIFY, { input: { token: second } })).errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
  });

  it('a completed reset verifies the address too', async () => {
    const { user } = await t.createUser({ email: 'nanda@example.id', emailVerified: false });
    await from(freshIp(), FORGOT, { input: { email: 'nanda@example.id' } });
    const token = tokenOf(await resetMail('nanda@example.id', 1), '/reset-password');
    await from(freshIp(), RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).emailVerifiedAt).not.toBeNull();
  });
});
