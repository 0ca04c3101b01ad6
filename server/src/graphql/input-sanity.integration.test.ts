import { createTestApp, type GraphqlResponse, type TestApp } from '../../test/test-app';

/**
 * Issue 12, "zero internal errors": inputs that used to reach PostgreSQL and come back as
 * INTERNAL_SERVER_ERROR are now BAD_USER_INPUT, without SQL in the answer.
 */
describe('input sanity (integration)', () => {
  let t: TestApp;
  let adminToken: string;
  let learnerToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    adminToken = (await t.createUser({ email: 'admin@sanity.test', roles: ['ADMIN'] })).token;
    learnerToken = (await t.createUser({ email: 'learner@sanity.test' })).token;
  });

  afterAll(async () => {
    await t.close();
  });

  function expectBadInput(response: GraphqlResponse, field?: string) {
    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response)).not.toMatch(/INTERNAL_SERVER_ERROR|SELECT|INSERT|UPDATE "|violates|out of range for type/i);
    if (field) expect(error?.extensions?.fields?.map((issue) => issue.field)).toContain(field);
  }

  const CREATE_PAIR = `mutation ($input: CreatePairInput!) { createMentoringPair(input: $input) { id } }`;
  const pairInput = (overrides: Record<string, unknown>) => ({
    goals: 'Naik level',
    startDate: '2099-01-01',
    endDate: '2099-02-01',
    menteeKind: 'LEARNER',
    mentorId: '00000000-0000-4000-8000-000000000001',
    menteeUserId: '00000000-0000-4000-8000-000000000002',
    ...overrides,
  });

  it.each(['2026-02-30', '0000-01-01', '2099-13-01'])('refuses the impossible date %s naming the field', async (date) => {
    const response = await t.graphql(CREATE_PAIR, { input: pairInput({ startDate: date }) }, adminToken);
    expectBadInput(response, 'startDate');
  });

  it('refuses a list of 100 000 indicator codes before any query, naming the field', async () => {
    const codes = Array.from({ length: 100_000 }, (_, i) => `X.${i}`);
    const response = await t.graphql(CREATE_PAIR, { input: pairInput({ indicatorCodes: codes }) }, adminToken);
    expectBadInput(response, 'input.indicatorCodes');
  });

  it('refuses an inline list longer than 1 000 items, naming the argument', async () => {
    const codes = Array.from({ length: 1001 }, (_, i) => `"X.${i}"`).join(',');
    const response = await t.graphql(
      `mutation { createMentoringPair(input: { goals: "g", startDate: "2099-01-01", endDate: "2099-02-01", menteeKind: LEARNER,
        mentorId: "00000000-0000-4000-8000-000000000001", indicatorCodes: [${codes}] }) { id } }`,
      {},
      adminToken,
    );
    expectBadInput(response, 'input');
  });

  it('refuses a NUL character (variable and inline) naming the field', async () => {
    expectBadInput(await t.graphql(CREATE_PAIR, { input: pairInput({ goals: 'Naik\u0000level' }) }, adminToken), 'input.goals');
    const inline = await t.graphql(
      `mutation { createMentoringPair(input: { goals: "Naik\\u0000level", startDate: "2099-01-01", endDate: "2099-02-01",
        menteeKind: LEARNER, mentorId: "00000000-0000-4000-8000-000000000001" }) { id } }`,
      {},
      adminToken,
    );
    expectBadInput(inline, 'input');
  });

  it('refuses a Float beyond ±1e15 (variable and inline) naming the field', async () => {
    const SET_TARGET = `mutation ($target: Float!) { setSpbeTarget(provinceCode: "32", target: $target) { target } }`;
    expectBadInput(await t.graphql(SET_TARGET, { target: 1e300 }, adminToken), 'target');
    expectBadInput(await t.graphql(SET_TARGET, { target: -1e16 }, adminToken), 'target');
    const inline = await t.graphql(`mutation { setSpbeTarget(provinceCode: "32", target: 1e400) { target } }`, {}, adminToken);
    expectBadInput(inline, 'target');
  });

  it('refuses an Int beyond 2^31-1 (graphql-js) without an internal error', async () => {
    const response = await t.graphql(
      `mutation ($year: Int) { setSpbeTarget(provinceCode: "32", target: 3, year: $year) { target } }`,
      { year: 2 ** 31 },
      adminToken,
    );
    expectBadInput(response);
  });

  it('refuses an unknown region code in a profile as bad input', async () => {
    const me = await t.graphql<{ me: { version: number } }>('{ me { version } }', {}, learnerToken);
    const response = await t.graphql(
      `mutation ($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
      {
        input: {
          agency: 'Diskominfo',
          fullName: 'Sanity Learner',
          locale: 'id',
          regionCode: '99.99',
          timeZone: 'Asia/Jakarta',
          version: me.data?.me.version ?? 1,
        },
      },
      learnerToken,
    );
    expectBadInput(response);
  });

  it('refuses a variable with 60 invalid values as bad input', async () => {
    const response = await t.graphql(
      `mutation ($input: CreatePairInput!) { createMentoringPair(input: $input) { id } }`,
      { input: pairInput({ indicatorCodes: Array.from({ length: 60 }, (_, i) => i) }) },
      adminToken,
    );
    expectBadInput(response);
  });
});
