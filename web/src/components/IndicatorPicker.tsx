import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
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

/** Whether an indicator matches the search: its code or its name contains the words typed, in any case. */
const matches = (needle: string, indicator: { code: string; name: string }) =>
  !needle || `${indicator.code} ${indicator.name}`.toLowerCase().includes(needle);

/**
 * The 47 SPBE indicators (content editor, mentoring focus): the chosen ones first as removable chips,
 * then a search by code or name, then the indicators grouped by domain (collapsible, closed until
 * opened or searched) and aspect (a fieldset with its legend), as checkboxes.
 */
export function IndicatorPicker({ id, selected, onChange, error, legend, hint }: IndicatorPickerProps) {
  const { t } = useTranslation();
  const { data, loading, error: loadError, refetch } = useQuery(SpbeIndicatorsQuery);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const chipsRef = useRef<HTMLUListElement>(null);
  const needle = search.trim().toLowerCase();
  const chosen = new Set(selected);

  const domains = (data?.spbeFramework.domains ?? []).map((domain) => {
    const aspects = domain.aspects.map((aspect) => ({
      ...aspect,
      shown: aspect.indicators.filter((indicator) => matches(needle, indicator)),
    }));
    return {
      ...domain,
      aspects,
      shownCount: aspects.reduce((sum, aspect) => sum + aspect.shown.length, 0),
      chosenCount: domain.aspects.reduce((sum, aspect) => sum + aspect.indicators.filter((i) => chosen.has(i.code)).length, 0),
    };
  });
  const byCode = new Map(
    (data?.spbeFramework.domains ?? []).flatMap((domain) =>
      domain.aspects.flatMap((aspect) => aspect.indicators.map((indicator) => [indicator.code, indicator] as const)),
    ),
  );
  const matchCount = domains.reduce((sum, domain) => sum + domain.shownCount, 0);

  function toggle(code: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    onChange([...next].sort());
  }

  /** Removing a chip moves the focus to the next chip, or to the search box when it was the last. */
  function remove(code: string, index: number) {
    toggle(code, false);
    requestAnimationFrame(() => {
      const buttons = chipsRef.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else document.getElementById(id)?.focus();
    });
  }

  function onSearch(value: string) {
    setSearch(value);
    const words = value.trim().toLowerCase();
    // A search opens every domain with a match, so results are never hidden in a closed group.
    if (words) {
      setOpen(
        new Set(
          (data?.spbeFramework.domains ?? [])
            .filter((domain) => domain.aspects.some((aspect) => aspect.indicators.some((indicator) => matches(words, indicator))))
            .map((domain) => domain.code),
        ),
      );
    }
  }

  function setDomainOpen(code: string, isOpen: boolean) {
    setOpen((previous) => {
      if (previous.has(code) === isOpen) return previous;
      const next = new Set(previous);
      if (isOpen) next.add(code);
      else next.delete(code);
      return next;
    });
  }

  const describedBy = [`${id}-picker-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <fieldset className={error ? 'indicator-picker field-invalid' : 'indicator-picker'} aria-describedby={describedBy}>
      <legend>{legend ?? t('indicatorPicker.label')}</legend>
      <p className="field-hint" id={`${id}-picker-hint`}>
        {hint ?? t('indicatorPicker.hint')}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <section className="indicator-chosen" aria-labelledby={`${id}-chosen`}>
        <h3 id={`${id}-chosen`} className="indicator-chosen-title" aria-live="polite">
          {t('indicatorPicker.selected', { count: selected.length })}
        </h3>
        {selected.length > 0 ? (
          <ul className="chips" ref={chipsRef}>
            {selected.map((code, index) => {
              const name = byCode.get(code)?.name ?? '';
              return (
                <li key={code}>
                  <button
                    type="button"
                    className="chip chip-button"
                    aria-label={t('indicatorPicker.remove', { code, name })}
                    onClick={() => remove(code, index)}
                  >
                    <span>
                      <span className="chip-code">{code}</span> {name}
                    </span>
                    <span aria-hidden="true" className="chip-remove">
                      ×
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
      <TextField
        id={id}
        label={t('indicatorPicker.filter')}
        hint={t('indicatorPicker.filterHint')}
        type="search"
        autoComplete="off"
        value={search}
        onValueChange={onSearch}
        aria-controls={`${id}-list`}
      />
      {/* Always present, so screen readers announce the number of matches as the search changes. */}
      <p className="muted" role="status">
        {needle && data ? (matchCount === 0 ? t('indicatorPicker.noMatch') : t('indicatorPicker.matches', { count: matchCount })) : ''}
      </p>
      {loading && !data ? <LoadingState label={t('indicatorPicker.loading')} /> : null}
      {loadError && !data ? <ErrorState error={loadError} onRetry={() => void refetch()} /> : null}
      <div id={`${id}-list`} className="indicator-groups">
        {domains.map((domain) =>
          domain.shownCount === 0 ? null : (
            <details
              key={domain.code}
              className="indicator-domain"
              open={open.has(domain.code)}
              onToggle={(event) => setDomainOpen(domain.code, event.currentTarget.open)}
            >
              <summary>
                {t('common.domainOption', { number: domain.number, name: domain.name })}
                {domain.chosenCount > 0 ? (
                  <span className="muted"> · {t('indicatorPicker.domainSelected', { count: domain.chosenCount })}</span>
                ) : null}
              </summary>
              {domain.aspects.map((aspect) =>
                aspect.shown.length === 0 ? null : (
                  <fieldset key={aspect.code} className="indicator-aspect">
                    <legend>{t('indicatorPicker.aspect', { number: aspect.number, name: aspect.name })}</legend>
                    <ul className="checkbox-list">
                      {aspect.shown.map((indicator) => (
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
            </details>
          ),
        )}
      </div>
    </fieldset>
  );
}
