import { createTestApp, type TestApp } from '../../test/test-app';
import { CoordinatorRegion } from '../regions/coordinator-region.entity';

const USERS = `query ($search: String, $role: Role, $regionCode: String, $limit: Int!, $offset: Int!) {
  users(search: $search, role: $role, regionCode: $regionCode, limit: $limit, offset: $offset) {
    totalCount items { email roles version region { code } }
  }
}`;
const SET_ROLES = 'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { roles version } }';
const SET_REGIONS =
  'mutation ($input: SetCoordinatorRegionsInput!) { setCoordinatorRegions(input: $input) { version coordinatedRegions { code name } } }';

let t: TestApp;
let admin: { user: { id: string; version: number }; token: string };
let learner: { user: { id: string; version: number }; token: string };
let coordinator: { user: { id: string; version: number }; token: string };
let mentor: { user: { id: string; version: number }; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'], fullName: 'Ani Admin' });
  learner = await t.createUser({ email: 'learner@example.id', fullName: 'Lukman Learner', regionCode: '32.04' });
  coordinator = await t.createUser({
    email: 'coord@example.id',
    roles: ['COORDINATOR'],
    fullName: 'Citra Coordinator',
    regionCode: '32.73',
  });
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], fullName: 'Maman Mentor' });
});
afterAll(() => t.close());

describe('users (admin list)', () => {
  it('pages, searches and filters by role and region', async () => {
    const all = await t.graphql<{ users: { totalCount: number; items: Array<{ email: string }> } }>(
      USERS,
      { limit: 2, offset: 0 },
      admin.token,
    );
    expect(all.data?.users.totalCount).toBe(4);
    expect(all.data?.users.items.map((u) => u.email)).toEqual(['admin@example.id', 'coord@example.id']);
    const second = await t.graphql<{ users: { items: Array<{ email: string }> } }>(USERS, { limit: 2, offset: 2 }, admin.token);
    expect(second.data?.users.items.map((u) => u.email)).toEqual(['learner@example.id', 'mentor@example.id']);

    const search = await t.graphql<{ users: { totalCount: number } }>(USERS, { search: 'MAMAN', limit: 10, offset: 0 }, admin.token);
    expect(search.data?.users.totalCount).toBe(1);
    const byRole = await t.graphql<{ users: { items: Array<{ email: string }> } }>(
      USERS,
      { role: 'COORDINATOR', limit: 10, offset: 0 },
      admin.token,
    );
    expect(byRole.data?.users.items.map((u) => u.email)).toEqual(['coord@example.id']);
    const byRegion = await t.graphql<{ users: { items: Array<{ email: string }> } }>(
      USERS,
      { regionCode: '32.04', limit: 10, offset: 0 },
      admin.token,
    );
    expect(byRegion.data?.users.items.map((u) => u.email)).toEqual(['learner@example.id']);
  });

  it('treats % and _ in a search as plain characters', async () => {
    const response = await t.graphql<{ users: { totalCount: number } }>(USERS, { search: '%', limit: 10, offset: 0 }, admin.token);
    expect(response.data?.users.totalCount).toBe(0);
  });

  it('refuses a page larger than 100 with BAD_USER_INPUT', async () => {
    const response = await t.graphql(USERS, { limit: 101, offset: 0 }, admin.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE' });
  });

  it.each([
    ['a learner', () => learner.token, 'FORBIDDEN'],
    ['a mentor', () => mentor.token, 'FORBIDDEN'],
    ['a coordinator', () => coordinator.token, 'FORBIDDEN'],
    ['a visitor', () => undefined, 'UNAUTHENTICATED'],
  ])('is refused to %s', async (_, token, code) => {
    const response = await t.graphql(USERS, { limit: 10, offset: 0 }, token());
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.data).toBeNull();
  });
});

describe('setUserRoles', () => {
  it('lets an admin grant MENTOR and COORDINATOR; LEARNER is always kept', async () => {
    const response = await t.graphql<{ setUserRoles: { roles: string[]; version: number } }>(
      SET_ROLES,
      { input: { userId: learner.user.id, roles: ['COORDINATOR', 'MENTOR'], version: 1 } },
      admin.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.setUserRoles).toEqual({ roles: ['LEARNER', 'MENTOR', 'COORDINATOR'], version: 2 });
  });

  it('a granted role takes effect on the next request with the same token', async () => {
    const me = await t.graphql<{ me: { roles: string[] } }>('{ me { roles } }', {}, learner.token);
    expect(me.data?.me.roles).toEqual(['LEARNER', 'MENTOR', 'COORDINATOR']);
  });

  it('refuses a stale version with CONFLICT and keeps the other edit', async () => {
    const response = await t.graphql(SET_ROLES, { input: { userId: learner.user.id, roles: [], version: 1 } }, admin.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const me = await t.graphql<{ me: { roles: string[] } }>('{ me { roles } }', {}, learner.token);
    expect(me.data?.me.roles).toEqual(['LEARNER', 'MENTOR', 'COORDINATOR']);
  });

  it('does not let an admin remove their own ADMIN role', async () => {
    const response = await t.graphql(SET_ROLES, { input: { userId: admin.user.id, roles: ['MENTOR'], version: 1 } }, admin.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_REMOVE_OWN_ADMIN' });
  });

  it('refuses an unknown user with NOT_FOUND and a non-admin with FORBIDDEN', async () => {
    const unknown = await t.graphql(
      SET_ROLES,
      { input: { userId: '00000000-0000-4000-8000-000000000000', roles: [], version: 1 } },
      admin.token,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const byCoordinator = await t.graphql(
      SET_ROLES,
      { input: { userId: mentor.user.id, roles: ['ADMIN'], version: 1 } },
      coordinator.token,
    );
    expect(byCoordinator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('setCoordinatorRegions', () => {
  it('sets the regions of a coordinator, visible to them and to admins', async () => {
    const response = await t.graphql<{ setCoordinatorRegions: { version: number; coordinatedRegions: Array<{ code: string }> } }>(
      SET_REGIONS,
      { input: { userId: coordinator.user.id, regionCodes: ['32.73', '32.11', '32.73'], version: 1 } },
      admin.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.setCoordinatorRegions.coordinatedRegions.map((r) => r.code)).toEqual(['32.11', '32.73']);
    const mine = await t.graphql<{ me: { coordinatedRegions: Array<{ name: string }> } }>(
      '{ me { coordinatedRegions { name } } }',
      {},
      coordinator.token,
    );
    expect(mine.data?.me.coordinatedRegions.map((r) => r.name)).toEqual(['Kabupaten Sumedang', 'Kota Bandung']);
  });

  it('refuses unknown region codes and writes nothing', async () => {
    const before = await t.dataSource.getRepository(CoordinatorRegion).count();
    const response = await t.graphql(
      SET_REGIONS,
      { input: { userId: coordinator.user.id, regionCodes: ['32.04', '99.99'], version: 2 } },
      admin.token,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REGION' });
    expect(await t.dataSource.getRepository(CoordinatorRegion).count()).toBe(before);
  });

  it('refuses a user who is not a coordinator', async () => {
    const response = await t.graphql(SET_REGIONS, { input: { userId: mentor.user.id, regionCodes: ['32.04'], version: 1 } }, admin.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_COORDINATOR' });
  });

  it('is refused to the coordinator themself and to other users', async () => {
    for (const token of [coordinator.token, mentor.token, learner.token]) {
      const response = await t.graphql(SET_REGIONS, { input: { userId: coordinator.user.id, regionCodes: ['32.04'], version: 2 } }, token);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('clears the regions when COORDINATOR is removed, in the same transaction', async () => {
    const response = await t.graphql(SET_ROLES, { input: { userId: coordinator.user.id, roles: [], version: 2 } }, admin.token);
    expect(response.errors).toBeUndefined();
    expect(await t.dataSource.getRepository(CoordinatorRegion).countBy({ userId: coordinator.user.id })).toBe(0);
  });

  it('hides a coordinator’s regions from other users through nested fields', async () => {
    const response = await t.graphql('{ me { coordinatedRegions { code } } }', {}, mentor.token);
    expect(response.errors).toBeUndefined();
    // Another user's regions are only reachable through the admin list, which is ADMIN-only.
    const viaList = await t.graphql('{ users(limit: 5, offset: 0) { items { coordinatedRegions { code } } } }', {}, mentor.token);
    expect(viaList.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
