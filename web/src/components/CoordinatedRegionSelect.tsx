import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth';
import { MyCoordinatedRegionsQuery, RegionsOfProvinceQuery, regionLabel } from '../lib/regions';
import { SelectField } from './FormField';
import { RegionPicker } from './RegionPicker';
import { EmptyState, ErrorState, LoadingState } from './States';

interface CoordinatedRegionSelectProps {
  idPrefix: string;
  /** The chosen region code, '' for none. */
  value: string;
  onChange(code: string): void;
  error?: string;
}

/** The region a coordinator works on: an admin picks any region; a coordinator one of theirs (a province covers its kab/kota). */
export function CoordinatedRegionSelect({ idPrefix, value, onChange, error }: CoordinatedRegionSelectProps) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const isAdmin = user?.roles.includes('ADMIN') ?? false;
  const mine = useQuery(MyCoordinatedRegionsQuery, { skip: isAdmin, fetchPolicy: 'cache-and-network' });
  const coordinated = mine.data?.me.coordinatedRegions ?? [];

  if (isAdmin) return <RegionPicker idPrefix={idPrefix} value={value} onChange={onChange} error={error} />;
  if (mine.loading && !mine.data) return <LoadingState />;
  if (mine.error && !mine.data) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  if (coordinated.length === 0) return <EmptyState>{t('coordination.noRegions')}</EmptyState>;
  return (
    <SelectField id={`${idPrefix}-region`} label={t('coordination.region')} value={value} error={error} onValueChange={onChange}>
      {value ? null : <option value="">{t('region.choose')}</option>}
      {coordinated.map((region) =>
        region.kind === 'PROVINCE' ? (
          <ProvinceOptions key={region.code} province={region} />
        ) : (
          <option key={region.code} value={region.code}>
            {regionLabel(region, t)}
          </option>
        ),
      )}
    </SelectField>
  );
}

/** The first region a coordinator coordinates ('' for admins and while loading): the default choice. */
export function useFirstCoordinatedRegion(): string {
  const { user } = useAuth();
  const isAdmin = user?.roles.includes('ADMIN') ?? false;
  const isCoordinator = user?.roles.includes('COORDINATOR') ?? false;
  const mine = useQuery(MyCoordinatedRegionsQuery, { skip: isAdmin || !isCoordinator, fetchPolicy: 'cache-and-network' });
  return isAdmin ? '' : (mine.data?.me.coordinatedRegions[0]?.code ?? '');
}

/** A coordinated province covers its kabupaten/kota: the province itself, then each of them. */
function ProvinceOptions({ province }: { province: { code: string; name: string; kind: string } }) {
  const { t } = useTranslation();
  const { data } = useQuery(RegionsOfProvinceQuery, { variables: { provinceCode: province.code } });
  return (
    <optgroup label={province.name}>
      <option value={province.code}>{regionLabel(province, t)}</option>
      {data?.regionsOfProvince.map((region) => (
        <option key={region.code} value={region.code}>
          {region.name}
        </option>
      ))}
    </optgroup>
  );
}
