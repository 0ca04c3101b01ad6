import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ACCESS_METADATA, type AccessRule, Can } from '../common/access/access-decorators';
import { ForbiddenError } from '../common/errors/domain-error';
import type { AppConfig } from '../config/app-config';
import type { UsersService } from '../users';
import { AccessGuard } from './access.guard';
import type { TokenService } from './token.service';

/**
 * Every query and mutation must say who may call it (Public, SignedIn or Can). This fails the build
 * for any operation that does not, before the guard would refuse it at run time.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** What the guard reads of the configuration: the site's address (the session cookie's name). */
const TEST_CONFIG = { publicUrl: 'http://localhost:3000' } as AppConfig;

it('every query and mutation declares an access rule', () => {
  const operations = [...TypeMetadataStorage.getQueriesMetadata(), ...TypeMetadataStorage.getMutationsMetadata()];
  expect(operations.length).toBeGreaterThan(5);
  const reflector = new Reflector();
  const missing = operations
    .filter((operation) => {
      const handler = (operation.target as { prototype: Record<string, () => unknown> }).prototype[operation.methodName];
      return !reflector.getAllAndOverride<AccessRule>(ACCESS_METADATA, [handler, operation.target as () => unknown]);
    })
    .map((operation) => `${(operation.target as { name: string }).name}.${operation.methodName}`);
  expect(missing).toEqual([]);
});

it('the guard refuses a handler without an access rule', async () => {
  const guard = new AccessGuard(new Reflector(), {} as TokenService, {} as UsersService, TEST_CONFIG);
  const context = {
    getHandler: () => function unguarded() {},
    getClass: () => class Unguarded {},
    getType: () => 'http',
  } as unknown as ExecutionContext;
  await expect(guard.canActivate(context)).rejects.toBeInstanceOf(ForbiddenError);
});

it('lets a Can rule through for the roles of its permission, and names them when refusing', async () => {
  class Guarded {
    @Can('coordinateRegions')
    handler() {}
  }
  const users = {
    findForSession: async (id: string) => ({
      id,
      tokenVersion: 0,
      deactivatedAt: null,
      roles: id === 'admin' ? ['LEARNER', 'ADMIN'] : ['LEARNER'],
    }),
  };
  const tokens = { verifyForRequest: (_request: object, token: string) => ({ userId: token, tokenVersion: 0 }) };
  const guard = new AccessGuard(new Reflector(), tokens as unknown as TokenService, users as unknown as UsersService, TEST_CONFIG);
  const contextFor = (token: string) =>
    ({
      getHandler: () => Guarded.prototype.handler,
      getClass: () => Guarded,
      getType: () => 'http',
      switchToHttp: () => ({ getRequest: () => ({ headers: { authorization: `Bearer ${token}` } }) }),
    }) as unknown as ExecutionContext;
  await expect(guard.canActivate(contextFor('admin'))).resolves.toBe(true);
  await expect(guard.canActivate(contextFor('learner'))).rejects.toMatchObject({
    reason: 'MISSING_ROLE',
    params: { roles: 'COORDINATOR,ADMIN' },
  });
});
