import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SpbeFrameworksQuery } from '../api/operations';
import { currentFramework, frameworkShortName } from './frameworks';

interface Props {
  /** The chosen framework's code; null for the current one. */
  value: string | null;
  /** The code picked, or null when the current framework is picked (what the server answers without one). */
  onChange: (code: string | null) => void;
}

/**
 * A labelled select of the evaluation frameworks, the current one (by the year in WIB) first chosen.
 * Each option says the years it covers, and "revoked" for a revoked framework.
 */
export function FrameworkPicker({ value, onChange }: Props) {
  const { t } = useTranslation('spbe');
  const id = useId();
  const { data } = useQuery(SpbeFrameworksQuery, { fetchPolicy: 'cache-first' });
  const frameworks = data?.spbeFrameworks ?? [];
  const current = currentFramework(frameworks)?.code;
  const chosen = value ?? current ?? '';
  return (
    <div className="field framework-picker">
      <label htmlFor={id}>{t('framework.label')}</label>
      <select
        id={id}
        value={chosen}
        onChange={(event) => onChange(event.target.value === current ? null : event.target.value)}
        aria-describedby={`${id}-hint`}
      >
        {frameworks.length === 0 ? <option value="">{t('framework.loading')}</option> : null}
        {frameworks.map((framework) => (
          <option key={framework.code} value={framework.code}>
            {framework.validTo == null
              ? t('framework.optionCurrent', { name: frameworkShortName(framework.code), from: framework.validFrom })
              : t(framework.revocation ? 'framework.optionRevoked' : 'framework.optionEnded', {
                  name: frameworkShortName(framework.code),
                  from: framework.validFrom,
                  to: framework.validTo,
                })}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {t('framework.hint')}
      </p>
    </div>
  );
}
