import { PERMISSIONS, type Permission, type Role } from '@living-lab/shared';
import { SetMetadata } from '@nestjs/common';

/**
 * Every query and mutation states who may call it, with exactly one of these; the AccessGuard
 * (auth/access.guard.ts) refuses a resolver that states nothing, and auth/access-rules.test.ts fails
 * the build for one. Kept out of auth so that the features auth builds on (users, regions) can use them.
 */
export const ACCESS_METADATA = 'livinglab:access';

export type AccessRule = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'roles'; roles: readonly Role[]; permission: Permission };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, whatever their roles. */
export const SignedIn = () => SetMetadata(ACCESS_METADATA, { kind: 'signedIn' } satisfies AccessRule);

/** A signed-in user holding a role that grants the permission (the map in `shared/src/permissions.ts`). */
export const Can = (permission: Permission) =>
  SetMetadata(ACCESS_METADATA, { kind: 'roles', roles: PERMISSIONS[permission], permission } satisfies AccessRule);
