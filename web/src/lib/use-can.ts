import { can, type Permission } from '@living-lab/shared';
import { useCallback } from 'react';
import { useAuth } from './auth';

/**
 * Whether the signed-in user's roles grant a permission of the shared map (the one the server's
 * `@Can` reads). The server still checks every action and scopes finer (own regions, own items).
 */
export function useCan(): (permission: Permission) => boolean {
  const { user } = useAuth();
  const roles = user?.roles;
  return useCallback((permission: Permission) => can(roles, permission), [roles]);
}
