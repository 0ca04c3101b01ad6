import { createTestApp, type TestApp } from '../../test/test-app';
import { User } from './user.entity';
import { UsersService } from './users.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('reads the session user with the same values and types as TypeORM does', async () => {
  const { user } = await t.createUser({ email: 'mentor.kota@example.go.id', roles: ['MENTOR', 'COORDINATOR'], regionCode: '32.73' });
  const users = t.app.get(UsersService);
  const forSession = await users.findForSession(user.id);
  expect(forSession).toBeInstanceOf(User);
  expect(forSession).toEqual(await users.findById(user.id));
  expect(forSession?.roles).toEqual(['LEARNER', 'MENTOR', 'COORDINATOR']);
  expect(forSession?.createdAt).toBeInstanceOf(Date);
  expect(await users.findForSession('00000000-0000-4000-8000-000000000000')).toBeNull();
});
