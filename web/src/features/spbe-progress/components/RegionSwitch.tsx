import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { CoordinatedRegionSelect } from '../../../components/CoordinatedRegionSelect';
import { useAuth } from '../../../lib/auth';
import { MyCoordinatedRegionsQuery, provinceOf } from '../../../lib/regions';
import { canCoordinate } from './access';

/** Coordinators (and admins) switch between the regions they coordinate; `path` builds the page for a region. */
export function RegionSwitch({ regionCode, path }: { regionCode: string; path(code: string): string }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const isAdmin = user?.roles.includes('ADMIN') ?? false;
  const mine = useQuery(MyCoordinatedRegionsQuery, { skip: isAdmin || !canCoordinate(user), fetchPolicy: 'cache-first' });
  if (!canCoordinate(user)) return null;
  const codes = mine.data?.me.coordinatedRegions.map((region) => region.code) ?? [];
  // A region outside the coordinator's list (e.g. their own) shows as "choose a region" rather than a wrong one.
  const listed = isAdmin || codes.includes(regionCode) || codes.includes(provinceOf(regionCode));
  return (
    <div className="card spbe-region-switch">
      <CoordinatedRegionSelect idPrefix="spbe-region" value={listed ? regionCode : ''} onChange={(code) => code && navigate(path(code))} />
    </div>
  );
}
