import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/FormField';
import type { AdminUserFieldsFragment } from '../../../../gql/graphql';
import { toApiError } from '../../../../lib/errors';
import { DEFAULT_PROVINCE_CODE, ProvincesQuery, provinceOf, RegionsOfProvinceQuery, regionLabel } from '../../../../lib/regions';
import { SetCoordinatorRegionsMutation } from '../api/operations';
import type { Feedback } from './feedback';

interface CoordinatorRegionsEditorProps {
  user: AdminUserFieldsFragment;
  onFeedback(feedback: Feedback): void;
}

/** Checkboxes for the kabupaten/kota of one province (and the province itself); choices in other provinces are kept. */
export function CoordinatorRegionsEditor({ user, onFeedback }: CoordinatorRegionsEditorProps) {
  const { t } = useTranslation('users');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(user.coordinatedRegions.map((region) => region.code)));
  const firstCode = user.coordinatedRegions[0]?.code;
  const [provinceCode, setProvinceCode] = useState(firstCode ? provinceOf(firstCode) : DEFAULT_PROVINCE_CODE);
  const provinces = useQuery(ProvincesQuery);
  const areas = useQuery(RegionsOfProvinceQuery, { variables: { provinceCode } });
  const [save, { loading }] = useMutation(SetCoordinatorRegionsMutation);
  const province = provinces.data?.provinces.find((item) => item.code === provinceCode);
  const idBase = `regions-${user.id}`;
  const options = [...(province ? [province] : []), ...(areas.data?.regionsOfProvince ?? [])];

  function toggle(code: string, on: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    onFeedback(null);
    try {
      await save({ variables: { input: { userId: user.id, regionCodes: [...selected].sort(), version: user.version } } });
      onFeedback({ kind: 'success', text: t('admin.regionsSaved', { name: user.fullName }) });
    } catch (error) {
      onFeedback({ kind: 'error', error: toApiError(error) });
    }
  }

  return (
    <div className="regions-editor">
      <h3>{t('admin.regionsTitle')}</h3>
      <p>
        {user.coordinatedRegions.length > 0
          ? t('admin.regionsCurrent', { regions: user.coordinatedRegions.map((region) => regionLabel(region, t)).join(', ') })
          : t('admin.regionsNone')}
      </p>
      <details className="regions-details">
        <summary>{t('admin.regionsEdit')}</summary>
        <form onSubmit={submit} className="inline-form" aria-busy={loading || areas.loading || undefined}>
          <SelectField id={`${idBase}-province`} label={t('regions:region.province')} value={provinceCode} onValueChange={setProvinceCode}>
            {provinces.data ? null : <option value={provinceCode}>{t('regions:region.loading')}</option>}
            {provinces.data?.provinces.map((item) => (
              <option key={item.code} value={item.code}>
                {item.name}
              </option>
            ))}
          </SelectField>
          <fieldset>
            <legend>{t('admin.regionsLegend', { province: province?.name ?? provinceCode })}</legend>
            {areas.loading ? <p role="status">{t('regions:region.loading')}</p> : null}
            {areas.error ? <p role="alert">{t('regions:region.loadError')}</p> : null}
            <div className="checkbox-grid">
              {options.map((region) => (
                <div className="checkbox" key={region.code}>
                  <input
                    type="checkbox"
                    id={`${idBase}-${region.code}`}
                    checked={selected.has(region.code)}
                    onChange={(event) => toggle(region.code, event.target.checked)}
                  />
                  <label htmlFor={`${idBase}-${region.code}`}>{regionLabel(region, t)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('admin.saveRegions')}
          </button>
        </form>
      </details>
    </div>
  );
}
