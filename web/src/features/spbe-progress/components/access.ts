import { useQuery } from '@apollo/client/react';
import { type CurrentUser, useAuth } from '../../../lib/auth';
import { MyCoordinatedRegionsQuery, provinceOf } from '../../../lib/regions';

export function canCoordinate(user: CurrentUser | null): boolean {
  return Boolean(user?.roles.includes('COORDINATOR') || user?.roles.includes('ADMIN'));
}

/** The province whose figures the user sees by default: their region's province. */
export function homeProvince(user: CurrentUser | null): string {
  if (!user) return '32';
  return user.region?.provinceCode ?? provinceOf(user.regionCode);
}

/** Whether the user may record for `regionCode`: admins always, coordinators for the regions (or provinces) they coordinate. */
export function useCoordinatesRegion(regionCode: string): boolean {
  const { user } = useAuth();
  const isAdmin = user?.roles.includes('ADMIN') ?? false;
  const coordinator = canCoordinate(user);
  const mine = useQuery(MyCoordinatedRegionsQuery, { skip: isAdmin || !coordinator, fetchPolicy: 'cache-first' });
  if (isAdmin) return true;
  if (!coordinator) return false;
  const codes = mine.data?.me.coordinatedRegions.map((region) => region.code) ?? [];
  return codes.includes(regionCode) || codes.includes(provinceOf(regionCode));
}
