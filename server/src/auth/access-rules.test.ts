import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ForbiddenError } from '../common/errors/domain-error';
import type { UsersService } from '../users/users.service';
import { AccessGuard } from './access.guard';
import { ACCESS_METADATA, type AccessRule } from './access-decorators';
import type { TokenService } from './token.service';

/**
 * Every query and mutation must say who may call it (Public, SignedIn or Roles). This fails the build
 * for any operation that does not, before the guard would refuse it at run time.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

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
  const guard = new AccessGuard(new Reflector(), {} as TokenService, {} as UsersService);
  const context = {
    getHandler: () => function unguarded() {},
    getClass: () => class Unguarded {},
    getType: () => 'http',
  } as unknown as ExecutionContext;
  await expect(guard.canActivate(context)).rejects.toBeInstanceOf(ForbiddenError);
});
