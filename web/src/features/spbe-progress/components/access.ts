import type { CurrentUser } from '../../../lib/auth';
import { provinceOf } from '../../../lib/regions';

export function canCoordinate(user: CurrentUser | null): boolean {
  return Boolean(user?.roles.includes('COORDINATOR') || user?.roles.includes('ADMIN'));
}

/** The province whose figures the user sees by default: their region's province. */
export function homeProvince(user: CurrentUser | null): string {
  if (!user) return '32';
  return user.region?.provinceCode ?? provinceOf(user.regionCode);
}
