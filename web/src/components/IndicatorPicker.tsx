import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpbeIndicatorsQuery } from '../lib/spbe';
import { TextField } from './FormField';
import { ErrorState, LoadingState } from './States';

interface IndicatorPickerProps {
  id: string;
  selected: readonly string[];
  onChange(codes: string[]): void;
  error?: string;
  /** The fieldset's legend; "Indikator SPBE terkait" by default. */
  legend?: string;
  /** The hint under the legend; the content editor's by default. */
  hint?: string;
}

/** The 47 SPBE indicators (content editor, mentoring focus) as checkboxes grouped by domain, with a filter. Chosen ones stay visible. */
export function IndicatorPicker({ id, selected, onChange, error, legend, hint }: IndicatorPickerProps) {
  const { t } = useTranslation();
  const { data, loading, error: loadError, refetch } = useQuery(SpbeIndicatorsQuery);
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const chosen = new Set(selected);

  function toggle(code: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    onChange([...next].sort());
  }

  const domains = (data?.spbeFramework.domains ?? []).map((domain) => ({
    ...domain,
    indicators: domain.aspects
      .flatMap((aspect) => aspect.indicators)
      .filter((indicator) => !needle || chosen.has(indicator.code) || `${indicator.code} ${indicator.name}`.toLowerCase().includes(needle)),
  }));
  const anyShown = domains.some((domain) => domain.indicators.length > 0);

  return (
    <fieldset
      className={error ? 'indicator-picker field-invalid' : 'indicator-picker'}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend>{legend ?? t('indicatorPicker.label')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {hint ?? t('indicatorPicker.hint')}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <TextField
        id={id}
        label={t('indicatorPicker.filter')}
        hint={t('indicatorPicker.filterHint')}
        type="search"
        value={filter}
        onValueChange={setFilter}
        aria-controls={`${id}-list`}
      />
      <p className="muted" aria-live="polite">
        {t('indicatorPicker.selected', { count: selected.length })}
      </p>
      {loading && !data ? <LoadingState label={t('indicatorPicker.loading')} /> : null}
      {loadError && !data ? <ErrorState error={loadError} onRetry={() => void refetch()} /> : null}
      <div id={`${id}-list`} className="indicator-groups">
        {data && !anyShown ? <p className="muted">{t('indicatorPicker.noMatch')}</p> : null}
        {domains.map((domain) =>
          domain.indicators.length === 0 ? null : (
            <fieldset key={domain.code} className="indicator-domain">
              <legend>{t('common.domainOption', { number: domain.number, name: domain.name })}</legend>
              <ul className="checkbox-list">
                {domain.indicators.map((indicator) => (
                  <li key={indicator.code} className="checkbox">
                    <input
                      type="checkbox"
                      id={`${id}-${indicator.code}`}
                      checked={chosen.has(indicator.code)}
                      onChange={(event) => toggle(indicator.code, event.target.checked)}
                    />
                    <label htmlFor={`${id}-${indicator.code}`}>
                      {indicator.code} {indicator.name}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ),
        )}
      </div>
    </fieldset>
  );
}
