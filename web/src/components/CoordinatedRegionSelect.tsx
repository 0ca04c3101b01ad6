import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyCoordinatedRegionsQuery, RegionsOfProvinceQuery, regionLabel } from '../lib/regions';
import { useCan } from '../lib/use-can';
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
  const { t } = useTranslation('regions');
  const can = useCan();
  const coordinatesAll = can('coordinateAllRegions');
  const mine = useQuery(MyCoordinatedRegionsQuery, { skip: coordinatesAll, fetchPolicy: 'cache-and-network' });
  const coordinated = mine.data?.me.coordinatedRegions ?? [];

  if (coordinatesAll) return <RegionPicker idPrefix={idPrefix} value={value} onChange={onChange} error={error} />;
  if (mine.loading && !mine.data) return <LoadingState />;
  if (mine.error && !mine.data) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  if (coordinated.length === 0) return <EmptyState>{t('region.noCoordinated')}</EmptyState>;
  return (
    <SelectField id={`${idPrefix}-region`} label={t('region.coordinated')} value={value} error={error} onValueChange={onChange}>
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
  const can = useCan();
  const all = can('coordinateAllRegions');
  const mine = useQuery(MyCoordinatedRegionsQuery, { skip: all || !can('beGivenRegions'), fetchPolicy: 'cache-and-network' });
  return all ? '' : (mine.data?.me.coordinatedRegions[0]?.code ?? '');
}

/** A coordinated province covers its kabupaten/kota: the province itself, then each of them. */
function ProvinceOptions({ province }: { province: { code: string; name: string; kind: string } }) {
  const { t } = useTranslation('regions');
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
