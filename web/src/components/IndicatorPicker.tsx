import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FrameworkIndicatorsQuery, SpbeIndicatorsQuery } from '../lib/spbe';
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
  /**
   * The framework whose indicators are offered, e.g. PERMENPANRB-8-2026. Without it, the domains of the
   * framework the server gives by default. The Indeks Pemerintah Digital has no domains: its indicators
   * are grouped by aspect.
   */
  frameworkCode?: string;
}

interface PickerIndicator {
  id: number;
  code: string;
  number: number;
  name: string;
}
interface PickerGroup {
  code: string;
  /** The group's heading: a domain, or an aspect of a framework without domains. */
  label: string;
  /** The group is one aspect (a framework without domains): its summary names it, no legend repeats it. */
  single?: boolean;
  aspects: ReadonlyArray<{ code: string; number: number; name: string; indicators: readonly PickerIndicator[] }>;
}

/** Whether an indicator matches the search: its code or its name contains the words typed, in any case. */
const matches = (needle: string, indicator: { code: string; name: string }) =>
  !needle || `${indicator.code} ${indicator.name}`.toLowerCase().includes(needle);

/**
 * The 47 SPBE indicators (content editor, mentoring focus): the chosen ones first as removable chips,
 * then a search by code or name, then the indicators grouped by domain (collapsible, closed until
 * opened or searched) and aspect (a fieldset with its legend), as checkboxes.
 */
export function IndicatorPicker({ id, selected, onChange, error, legend, hint, frameworkCode }: IndicatorPickerProps) {
  const { t } = useTranslation();
  const defaultFramework = useQuery(SpbeIndicatorsQuery, { skip: frameworkCode !== undefined });
  const chosenFramework = useQuery(FrameworkIndicatorsQuery, { variables: { code: frameworkCode }, skip: frameworkCode === undefined });
  const { loading, error: loadError, refetch } = frameworkCode === undefined ? defaultFramework : chosenFramework;
  const groups = pickerGroups(t, defaultFramework.data?.spbeFramework, chosenFramework.data?.spbeFramework);
  const data = frameworkCode === undefined ? defaultFramework.data : chosenFramework.data;
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const chipsRef = useRef<HTMLUListElement>(null);
  const needle = search.trim().toLowerCase();
  const chosen = new Set(selected);

  const domains = groups.map((domain) => {
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
    groups.flatMap((domain) =>
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

  /** A search opens every group with a match, so results are never hidden in a closed group. */
  function openMatching(words: string) {
    if (!words) return;
    setOpen(
      new Set(
        groups
          .filter((domain) => domain.aspects.some((aspect) => aspect.indicators.some((indicator) => matches(words, indicator))))
          .map((domain) => domain.code),
      ),
    );
  }

  function onSearch(value: string) {
    setSearch(value);
    openMatching(value.trim().toLowerCase());
  }

  // Words typed before the indicators arrived (e.g. right after switching framework) open their groups once they do.
  const loaded = data !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the indicators arrive, with the words typed by then
  useEffect(() => {
    if (loaded) openMatching(needle);
  }, [loaded]);

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
                {domain.label}
                {domain.chosenCount > 0 ? (
                  <span className="muted"> · {t('indicatorPicker.domainSelected', { count: domain.chosenCount })}</span>
                ) : null}
              </summary>
              {domain.aspects.map((aspect) =>
                aspect.shown.length === 0 ? null : (
                  <fieldset key={aspect.code} className="indicator-aspect" aria-label={domain.single ? domain.label : undefined}>
                    {domain.single ? null : <legend>{t('indicatorPicker.aspect', { number: aspect.number, name: aspect.name })}</legend>}
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

type Translate = ReturnType<typeof useTranslation>['t'];

/** Domains (SPBE) or, for a framework without domains (Pemdi), its aspects, as the picker's collapsible groups. */
function pickerGroups(
  t: Translate,
  byDefault?: { domains: ReadonlyArray<{ code: string; number: number; name: string; aspects: PickerGroup['aspects'] }> },
  chosen?: {
    domains: ReadonlyArray<{ code: string; number: number; name: string; aspects: ReadonlyArray<{ code: string }> }>;
    aspects: PickerGroup['aspects'];
  },
): PickerGroup[] {
  if (byDefault) {
    return byDefault.domains.map((domain) => ({
      code: domain.code,
      label: t('common.domainOption', { number: domain.number, name: domain.name }),
      aspects: domain.aspects,
    }));
  }
  if (!chosen) return [];
  if (chosen.domains.length > 0) {
    return chosen.domains.map((domain) => {
      const codes = new Set(domain.aspects.map((aspect) => aspect.code));
      return {
        code: domain.code,
        label: t('common.domainOption', { number: domain.number, name: domain.name }),
        aspects: chosen.aspects.filter((aspect) => codes.has(aspect.code)),
      };
    });
  }
  return chosen.aspects.map((aspect) => ({
    code: aspect.code,
    label: t('indicatorPicker.aspect', { number: aspect.number, name: aspect.name }),
    aspects: [aspect],
    single: true,
  }));
}
