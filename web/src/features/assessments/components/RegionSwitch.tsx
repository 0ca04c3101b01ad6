import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { CoordinatedRegionSelect } from '../../../components/CoordinatedRegionSelect';
import { MyCoordinatedRegionsQuery, provinceOf } from '../../../lib/regions';
import { useCan } from '../../../lib/use-can';

/** Coordinators (and admins) switch between the regions they coordinate; `path` builds the page for a region. */
export function RegionSwitch({ regionCode, path }: { regionCode: string; path(code: string): string }) {
  const can = useCan();
  const navigate = useNavigate();
  const all = can('coordinateAllRegions');
  const mine = useQuery(MyCoordinatedRegionsQuery, { skip: all || !can('coordinateRegions'), fetchPolicy: 'cache-first' });
  if (!can('coordinateRegions')) return null;
  const codes = mine.data?.me.coordinatedRegions.map((region) => region.code) ?? [];
  // A region outside the coordinator's list (e.g. their own) shows as "choose a region" rather than a wrong one.
  const listed = all || codes.includes(regionCode) || codes.includes(provinceOf(regionCode));
  return (
    <div className="card spbe-region-switch">
      <CoordinatedRegionSelect idPrefix="spbe-region" value={listed ? regionCode : ''} onChange={(code) => code && navigate(path(code))} />
    </div>
  );
}
