import { createTestApp, type TestApp } from '../../test/test-app';

const UPDATE =
  'mutation ($input: UpdateProfileInput!) { updateMyProfile(input: $input) { fullName nip regionCode agency locale timeZone version region { name } } }';

let t: TestApp;
let me: { user: { id: string }; token: string };
let other: { user: { id: string }; token: string };
const profile = { fullName: 'Nur Hidayat', nip: null, regionCode: '32.11', agency: 'Bappeda', locale: 'en', timeZone: 'Asia/Makassar' };

beforeAll(async () => {
  t = await createTestApp();
  me = await t.createUser({ email: 'nur@example.id' });
  other = await t.createUser({ email: 'other@example.id' });
  await t.dataSource.query(`UPDATE users SET nip = '199001012015011001' WHERE id = $1`, [other.user.id]);
});
afterAll(() => t.close());

it('updates the signed-in user’s own profile and bumps the version', async () => {
  const response = await t.graphql<{ updateMyProfile: Record<string, unknown> }>(UPDATE, { input: { ...profile, version: 1 } }, me.token);
  expect(response.errors).toBeUndefined();
  expect(response.data?.updateMyProfile).toEqual({ ...profile, version: 2, region: { name: 'Kabupaten Sumedang' } });
});

it('refuses a changed region: membership is asked for and approved, not self-declared', async () => {
  const response = await t.graphql(UPDATE, { input: { ...profile, regionCode: '32.08', version: 2 } }, me.token);
  expect(response.errors?.[0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'REGION_CHANGE_NEEDS_REQUEST',
    fields: [{ field: 'regionCode', message: 'regionCode.needsRequest' }],
  });
  const current = await t.graphql<{ me: { regionCode: string } }>('{ me { regionCode } }', {}, me.token);
  expect(current.data?.me.regionCode).toBe('32.11');
});

it('refuses a save based on an old version (another tab saved first)', async () => {
  const response = await t.graphql(UPDATE, { input: { ...profile, fullName: 'Stale', version: 1 } }, me.token);
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  const current = await t.graphql<{ me: { fullName: string } }>('{ me { fullName } }', {}, me.token);
  expect(current.data?.me.fullName).toBe('Nur Hidayat');
});

it('validates fields with the shared rules', async () => {
  const response = await t.graphql(UPDATE, { input: { ...profile, fullName: ' ', timeZone: 'Mars/Olympus', version: 2 } }, me.token);
  expect(response.errors?.[0].extensions?.fields).toEqual([
    { field: 'fullName', message: 'fullName.required' },
    { field: 'timeZone', message: 'timeZone.invalid' },
  ]);
});

it('refuses another user’s NIP with CONFLICT', async () => {
  const response = await t.graphql(UPDATE, { input: { ...profile, nip: '199001012015011001', version: 2 } }, me.token);
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NIP_TAKEN' });
});

it('needs a signed-in user', async () => {
  const response = await t.graphql(UPDATE, { input: { ...profile, version: 2 } });
  expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
