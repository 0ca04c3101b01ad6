import { useQuery } from '@apollo/client/react';
import { MyCoordinatedRegionsQuery, provinceOf } from '../../../lib/regions';
import { useCan } from '../../../lib/use-can';

/** Whether the user may record for `regionCode`: admins always, coordinators for the regions (or provinces) they coordinate. */
export function useCoordinatesRegion(regionCode: string): boolean {
  const can = useCan();
  const all = can('coordinateAllRegions');
  const coordinator = can('coordinateRegions');
  const mine = useQuery(MyCoordinatedRegionsQuery, { skip: all || !coordinator, fetchPolicy: 'cache-first' });
  if (all) return true;
  if (!coordinator) return false;
  const codes = mine.data?.me.coordinatedRegions.map((region) => region.code) ?? [];
  return codes.includes(regionCode) || codes.includes(provinceOf(regionCode));
}
