import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PROVINCE_CODE, ProvincesQuery, provinceOf, RegionsOfProvinceQuery } from '../lib/regions';
import { SelectField } from './FormField';

interface RegionPickerProps {
  idPrefix: string;
  /** Chosen region code: a province ("32") or a kabupaten/kota ("32.11"); '' when none. */
  value: string;
  onChange(code: string): void;
  /** Translated error for the region. */
  error?: string;
  disabled?: boolean;
}

/** Province first (Jawa Barat by default), then its kabupaten/kota or the provincial government itself. */
export function RegionPicker({ idPrefix, value, onChange, error, disabled }: RegionPickerProps) {
  const { t } = useTranslation('regions');
  const [provinceCode, setProvinceCode] = useState(value ? provinceOf(value) : DEFAULT_PROVINCE_CODE);
  const provinces = useQuery(ProvincesQuery);
  const areas = useQuery(RegionsOfProvinceQuery, { variables: { provinceCode }, skip: !provinceCode });
  const provinceName = provinces.data?.provinces.find((province) => province.code === provinceCode)?.name;
  const busy = provinces.loading || areas.loading;
  const failed = provinces.error ?? areas.error;

  return (
    <div className="region-picker" aria-busy={busy || undefined}>
      <SelectField
        id={`${idPrefix}-province`}
        label={t('region.province')}
        value={provinceCode}
        disabled={disabled}
        onValueChange={(code) => {
          setProvinceCode(code);
          onChange('');
        }}
      >
        {provinces.data ? null : <option value={provinceCode}>{busy ? t('region.loading') : provinceCode}</option>}
        {provinces.data?.provinces.map((province) => (
          <option key={province.code} value={province.code}>
            {province.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${idPrefix}-region`}
        label={t('region.area')}
        value={value}
        error={error ?? (failed ? t('region.loadError') : undefined)}
        disabled={disabled}
        onValueChange={onChange}
      >
        <option value="">{areas.loading ? t('region.loading') : t('region.choose')}</option>
        {provinceName ? <option value={provinceCode}>{t('region.provinceGovernment', { name: provinceName })}</option> : null}
        {areas.data?.regionsOfProvince.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
