import { createTestApp, type TestApp } from '../../test/test-app';

const REQUEST = 'mutation ($code: String!) { requestRegionMove(toRegionCode: $code) { id status fromRegion { code } toRegion { code } } }';
const CANCEL = 'mutation { cancelMyRegionMove { id status } }';
const MINE = '{ myRegionMoveRequest { id status reason } }';
const LIST = 'query ($code: String) { regionMoveRequests(regionCode: $code) { totalCount items { id user { fullName } } } }';
const APPROVE = 'mutation ($id: ID!) { approveRegionMove(id: $id) { status decidedBy { fullName } } }';
const REJECT = 'mutation ($id: ID!, $reason: String!) { rejectRegionMove(id: $id, reason: $reason) { status reason } }';

type Account = { user: { id: string }; token: string };
const SUMEDANG = '32.11';
const KUNINGAN = '32.08';
const BANDUNG = '32.04';

let t: TestApp;
let learner: Account;
let other: Account;
let coordTarget: Account;
let coordOld: Account;
let coordElsewhere: Account;
let admin: Account;

async function give(account: Account, codes: string[]): Promise<void> {
  await t.dataSource.query('INSERT INTO coordinator_regions (user_id, region_code) SELECT $1, unnest($2::text[])', [
    account.user.id,
    codes,
  ]);
}
const code = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions?.code;
const regionOf = async (account: Account) =>
  (await t.graphql<{ me: { regionCode: string } }>('{ me { regionCode } }', {}, account.token)).data?.me.regionCode;
async function ask(account: Account, to: string): Promise<string> {
  const response = await t.graphql<{ requestRegionMove: { id: string } }>(REQUEST, { code: to }, account.token);
  expect(response.errors).toBeUndefined();
  return response.data!.requestRegionMove.id;
}

beforeAll(async () => {
  t = await createTestApp();
  learner = await t.createUser({ email: 'ani@example.id', regionCode: SUMEDANG, fullName: 'Ani' });
  other = await t.createUser({ email: 'budi@example.id', regionCode: SUMEDANG });
  coordTarget = await t.createUser({ email: 'kuningan@example.id', roles: ['COORDINATOR'], regionCode: '32' });
  coordOld = await t.createUser({ email: 'sumedang@example.id', roles: ['COORDINATOR'], regionCode: '32' });
  coordElsewhere = await t.createUser({ email: 'bandung@example.id', roles: ['COORDINATOR'], regionCode: '32' });
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'], regionCode: '32' });
  await give(coordTarget, [KUNINGAN]);
  await give(coordOld, [SUMEDANG]);
  await give(coordElsewhere, [BANDUNG]);
});
afterAll(() => t.close());

it('a learner asks to move, stays where she was, and the target region’s coordinators are told', async () => {
  const response = await t.graphql<{ requestRegionMove: Record<string, unknown> }>(REQUEST, { code: KUNINGAN }, learner.token);
  expect(response.errors).toBeUndefined();
  expect(response.data?.requestRegionMove).toMatchObject({
    status: 'PENDING',
    fromRegion: { code: SUMEDANG },
    toRegion: { code: KUNINGAN },
  });
  expect(await regionOf(learner)).toBe(SUMEDANG);
  const told = await t.dataSource.query(`SELECT recipient_id FROM notifications WHERE kind = 'REGION_MOVE_REQUESTED'`);
  expect(told).toEqual([{ recipient_id: coordTarget.user.id }]);
  expect(code(await t.graphql(REQUEST, { code: BANDUNG }, learner.token))).toBe('CONFLICT');
  expect(code(await t.graphql(REQUEST, { code: SUMEDANG }, other.token))).toBe('BAD_USER_INPUT');
  expect(code(await t.graphql(REQUEST, { code: '99.99' }, other.token))).toBe('BAD_USER_INPUT');
  expect(code(await t.graphql(REQUEST, { code: KUNINGAN }))).toBe('UNAUTHENTICATED');
});

it('lists a region’s requests only to its coordinators and admins', async () => {
  const forTarget = await t.graphql<{ regionMoveRequests: { totalCount: number } }>(LIST, { code: KUNINGAN }, coordTarget.token);
  expect(forTarget.data?.regionMoveRequests.totalCount).toBe(1);
  const mine = await t.graphql<{ regionMoveRequests: { totalCount: number } }>(LIST, {}, coordTarget.token);
  expect(mine.data?.regionMoveRequests.totalCount).toBe(1);
  expect((await t.graphql<{ regionMoveRequests: { totalCount: number } }>(LIST, {}, admin.token)).data?.regionMoveRequests.totalCount).toBe(
    1,
  );
  expect(
    (await t.graphql<{ regionMoveRequests: { totalCount: number } }>(LIST, {}, coordOld.token)).data?.regionMoveRequests.totalCount,
  ).toBe(0);
  expect(code(await t.graphql(LIST, { code: KUNINGAN }, coordOld.token))).toBe('FORBIDDEN');
  expect(code(await t.graphql(LIST, { code: KUNINGAN }, coordElsewhere.token))).toBe('FORBIDDEN');
  expect(code(await t.graphql(LIST, { code: KUNINGAN }, learner.token))).toBe('FORBIDDEN');
  expect(code(await t.graphql(LIST, { code: KUNINGAN }, other.token))).toBe('FORBIDDEN');
});

it('only a coordinator of the new region or an admin decides; deciding twice is a CONFLICT', async () => {
  const id = (await t.graphql<{ myRegionMoveRequest: { id: string } }>(MINE, {}, learner.token)).data!.myRegionMoveRequest.id;
  expect(code(await t.graphql(APPROVE, { id }, learner.token))).toBe('FORBIDDEN');
  expect(code(await t.graphql(APPROVE, { id }, other.token))).toBe('FORBIDDEN');
  expect(code(await t.graphql(APPROVE, { id }, coordOld.token))).toBe('NOT_FOUND');
  expect(code(await t.graphql(APPROVE, { id }, coordElsewhere.token))).toBe('NOT_FOUND');
  expect(code(await t.graphql(REJECT, { id, reason: 'x' }, coordElsewhere.token))).toBe('NOT_FOUND');
  expect(await regionOf(learner)).toBe(SUMEDANG);
  const approved = await t.graphql<{ approveRegionMove: Record<string, unknown> }>(APPROVE, { id }, coordTarget.token);
  expect(approved.errors).toBeUndefined();
  expect(approved.data?.approveRegionMove).toEqual({ status: 'APPROVED', decidedBy: { fullName: 'kuningan' } });
  expect(await regionOf(learner)).toBe(KUNINGAN);
  expect(await t.dataSource.query(`SELECT recipient_id FROM notifications WHERE kind = 'REGION_MOVE_APPROVED'`)).toEqual([
    { recipient_id: learner.user.id },
  ]);
  expect(approved.errors).toBeUndefined();
  const again = await t.graphql(APPROVE, { id }, admin.token);
  expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MOVE_ALREADY_DECIDED' });
  expect(code(await t.graphql(REJECT, { id, reason: 'late' }, coordTarget.token))).toBe('CONFLICT');
});

it('a rejection keeps the user where they are and tells them why; an admin may reject; the user cancels their own', async () => {
  const id = await ask(other, BANDUNG);
  expect(code(await t.graphql(REJECT, { id, reason: ' ' }, admin.token))).toBe('BAD_USER_INPUT');
  const rejected = await t.graphql<{ rejectRegionMove: Record<string, unknown> }>(REJECT, { id, reason: 'Bukan ASN Bandung' }, admin.token);
  expect(rejected.data?.rejectRegionMove).toEqual({ status: 'REJECTED', reason: 'Bukan ASN Bandung' });
  expect(await regionOf(other)).toBe(SUMEDANG);
  await ask(other, BANDUNG);
  expect(code(await t.graphql(CANCEL, {}, learner.token))).toBe('NOT_FOUND');
  const cancelled = await t.graphql<{ cancelMyRegionMove: { status: string } }>(CANCEL, {}, other.token);
  expect(cancelled.data?.cancelMyRegionMove.status).toBe('CANCELLED');
  expect(code(await t.graphql(CANCEL, {}, other.token))).toBe('NOT_FOUND');
});

it('a new account asks to join its region and belongs to none, counted nowhere, until a coordinator approves', async () => {
  const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) { checkEmail } }';
  const LEARNERS = 'query ($code: String!) { regionLearners(regionCode: $code) { totalCount items { learner { fullName } } } }';
  const peopleOf = async (region: string) =>
    Number((await t.dataSource.query('SELECT people FROM region_stats WHERE region_code = $1', [region]))[0]?.people ?? 0);
  const countedBefore = await peopleOf(KUNINGAN);
  const input = { email: 'citra@example.id', password: 'kata-sandi-kuat', fullName: 'Citra', regionCode: KUNINGAN, agency: 'Dinkes' };

  expect(code(await t.graphql(REGISTER, { input: { ...input, email: 'x@example.id', regionCode: '99.99' } }))).toBe('BAD_USER_INPUT');
  expect(await t.dataSource.query(`SELECT id FROM users WHERE email = 'x@example.id'`)).toEqual([]);
  expect((await t.graphql(REGISTER, { input })).errors).toBeUndefined();
  const [citra] = await t.dataSource.query(`SELECT id, region_code FROM users WHERE email = 'citra@example.id'`);
  expect(citra.region_code).toBeNull();
  const login = await t.graphql<{ login: { token: string } }>('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email: input.email, password: input.password },
  });
  const citraAccount = { user: { id: citra.id as string }, token: login.data!.login.token };

  // Waiting: her own request says where to; the region's pages, list and counts do not have her.
  const me = await t.graphql(
    '{ me { regionCode region { code } } myRegionMoveRequest { status fromRegion { code } toRegion { code } } }',
    {},
    citraAccount.token,
  );
  expect(me.data).toEqual({
    me: { regionCode: null, region: null },
    myRegionMoveRequest: { status: 'PENDING', fromRegion: null, toRegion: { code: KUNINGAN } },
  });
  expect(
    code(
      await t.graphql(
        'query ($code: String!) { regionDashboard(regionCode: $code) { frameworkCode } }',
        { code: KUNINGAN },
        citraAccount.token,
      ),
    ),
  ).toBe('FORBIDDEN');
  const listed = await t.graphql<{ regionLearners: { items: Array<{ learner: { fullName: string } }> } }>(
    LEARNERS,
    { code: KUNINGAN },
    coordTarget.token,
  );
  expect(listed.data?.regionLearners.items.map((item) => item.learner.fullName)).not.toContain('Citra');
  expect(await peopleOf(KUNINGAN)).toBe(countedBefore);
  const [told] = await t.dataSource.query(
    `SELECT recipient_id, params FROM notifications WHERE kind = 'REGION_MOVE_REQUESTED' AND params->>'userName' = 'Citra'`,
  );
  expect(told.recipient_id).toBe(coordTarget.user.id);
  expect(told.params).not.toHaveProperty('fromRegionName');

  const pending = await t.graphql<{ regionMoveRequests: { items: Array<{ id: string; user: { fullName: string } }> } }>(
    LIST,
    { code: KUNINGAN },
    coordTarget.token,
  );
  const request = pending.data!.regionMoveRequests.items.find((item) => item.user.fullName === 'Citra');
  expect(code(await t.graphql(APPROVE, { id: request!.id }, coordElsewhere.token))).toBe('NOT_FOUND');
  expect((await t.graphql(APPROVE, { id: request!.id }, coordTarget.token)).errors).toBeUndefined();
  expect(await regionOf(citraAccount)).toBe(KUNINGAN);
  expect(await peopleOf(KUNINGAN)).toBe(countedBefore + 1);
  const after = await t.graphql<{ regionLearners: { items: Array<{ learner: { fullName: string } }> } }>(
    LEARNERS,
    { code: KUNINGAN },
    coordTarget.token,
  );
  expect(after.data?.regionLearners.items.map((item) => item.learner.fullName)).toContain('Citra');
});
