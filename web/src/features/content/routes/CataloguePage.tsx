import { useQuery } from '@apollo/client/react';
import { CONTENT_LEVELS, CONTENT_TYPES, type ContentLevel, type ContentType } from '@living-lab/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { SelectField, TextField } from '../../../components/FormField';
import { PageHeading } from '../../../components/PageHeading';
import { Pager } from '../../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { FrameworkIndicatorsQuery, FrameworksQuery } from '../../../lib/spbe';
import { CatalogueQuery } from '../api/catalogue';
import { frameworkLabel } from '../components/FrameworkLabel';
import { IndicatorChips } from '../components/IndicatorChips';
import { Snippet } from '../components/Snippet';
import '../content.css';

export const CATALOGUE_PAGE_SIZE = 20;

/** URL query parameters of the catalogue (Indonesian, as the paths are). */
export const CATALOGUE_PARAMS = {
  search: 'q',
  type: 'jenis',
  framework: 'kerangka',
  domain: 'domain',
  indicator: 'indikator',
  level: 'tingkat',
  page: 'halaman',
} as const;

interface Filters {
  search: string;
  type: string;
  framework: string;
  domain: string;
  indicator: string;
  level: string;
}

function filtersFrom(params: URLSearchParams): Filters {
  return {
    search: params.get(CATALOGUE_PARAMS.search) ?? '',
    type: params.get(CATALOGUE_PARAMS.type) ?? '',
    framework: params.get(CATALOGUE_PARAMS.framework) ?? '',
    domain: params.get(CATALOGUE_PARAMS.domain) ?? '',
    indicator: params.get(CATALOGUE_PARAMS.indicator) ?? '',
    level: params.get(CATALOGUE_PARAMS.level) ?? '',
  };
}

const isType = (value: string): value is ContentType => (CONTENT_TYPES as readonly string[]).includes(value);
const isLevel = (value: string): value is ContentLevel => (CONTENT_LEVELS as readonly string[]).includes(value);

/** The query variables for the URL: unknown values are ignored rather than sent. */
export function catalogueVariables(params: URLSearchParams) {
  const filters = filtersFrom(params);
  const page = Math.max(1, Number.parseInt(params.get(CATALOGUE_PARAMS.page) ?? '1', 10) || 1);
  return {
    search: filters.search.trim() || undefined,
    type: isType(filters.type) ? filters.type : undefined,
    domainCode: /^D\d+$/.test(filters.domain) ? filters.domain : undefined,
    indicatorCode: /^I\d{2}$/.test(filters.indicator) ? filters.indicator : undefined,
    // Without a framework, the server takes the one in force (Pemdi from 2026).
    frameworkCode: /^[A-Z0-9-]{1,40}$/.test(filters.framework) ? filters.framework : undefined,
    level: isLevel(filters.level) ? filters.level : undefined,
    limit: CATALOGUE_PAGE_SIZE,
    offset: (page - 1) * CATALOGUE_PAGE_SIZE,
  };
}

export default function CataloguePage() {
  const { t } = useTranslation('content');
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState<Filters>(() => filtersFrom(params));
  const variables = catalogueVariables(params);
  const { data, previousData, loading, error, refetch } = useQuery(CatalogueQuery, { variables, notifyOnNetworkStatusChange: true });
  const frameworks = useQuery(FrameworksQuery).data?.spbeFrameworks ?? [];
  const framework = useQuery(FrameworkIndicatorsQuery, { variables: form.framework ? { code: form.framework } : {} }).data?.spbeFramework;
  const page = (data ?? previousData)?.catalogue;
  const paramsText = params.toString();

  // Back and forward buttons change the URL: the form follows.
  useEffect(() => {
    setForm(filtersFrom(new URLSearchParams(paramsText)));
  }, [paramsText]);

  const set = (field: keyof Filters) => (value: string) => setForm((previous) => ({ ...previous, [field]: value }));

  function apply(next: Filters, pageNumber = 1) {
    const search = new URLSearchParams();
    if (next.search.trim()) search.set(CATALOGUE_PARAMS.search, next.search.trim());
    if (next.type) search.set(CATALOGUE_PARAMS.type, next.type);
    if (next.framework) search.set(CATALOGUE_PARAMS.framework, next.framework);
    if (next.domain) search.set(CATALOGUE_PARAMS.domain, next.domain);
    if (next.indicator) search.set(CATALOGUE_PARAMS.indicator, next.indicator);
    if (next.level) search.set(CATALOGUE_PARAMS.level, next.level);
    if (pageNumber > 1) search.set(CATALOGUE_PARAMS.page, String(pageNumber));
    setParams(search);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    apply(form);
  }

  const total = page?.totalCount ?? 0;
  const domains = framework?.domains ?? [];
  // Indicators grouped by domain (SPBE) or, in a framework without domains (Pemdi), by aspect.
  const aspectsByCode = new Map((framework?.aspects ?? []).map((aspect) => [aspect.code, aspect]));
  const indicatorGroups =
    domains.length > 0
      ? (form.domain ? domains.filter((domain) => domain.code === form.domain) : domains).map((domain) => ({
          code: domain.code,
          label: t('common.domainOption', { number: domain.number, name: domain.name }),
          indicators: domain.aspects.flatMap((aspect) => aspectsByCode.get(aspect.code)?.indicators ?? []),
        }))
      : (framework?.aspects ?? []).map((aspect) => ({
          code: aspect.code,
          label: t('catalogue.aspectOption', { number: aspect.number, name: aspect.name }),
          indicators: aspect.indicators,
        }));
  const filtered = paramsText !== '';

  return (
    <>
      <PageHeading>{t('catalogue.title')}</PageHeading>
      <p className="lead">{t('catalogue.lead')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: older browsers (and jsdom) do not know <search> yet */}
      <div role="search">
        <form className="catalogue-filters" onSubmit={submit}>
          <div className="catalogue-search">
            <TextField
              id="catalogue-search"
              label={t('catalogue.search')}
              hint={t('catalogue.searchHint')}
              type="search"
              value={form.search}
              onValueChange={set('search')}
            />
            <button type="submit" className="button button-primary">
              {t('catalogue.searchButton')}
            </button>
          </div>
          <fieldset className="catalogue-filter-set">
            <legend>{t('catalogue.filtersTitle')}</legend>
            <SelectField id="catalogue-type" label={t('catalogue.type')} value={form.type} onValueChange={set('type')}>
              <option value="">{t('catalogue.allTypes')}</option>
              {CONTENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`content.types.${type}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="catalogue-framework"
              label={t('catalogue.framework')}
              hint={t('catalogue.frameworkHint')}
              value={form.framework}
              onValueChange={(value) => setForm((previous) => ({ ...previous, framework: value, domain: '', indicator: '' }))}
            >
              <option value="">{t('catalogue.currentFramework')}</option>
              {frameworks.map((candidate) => (
                <option key={candidate.code} value={candidate.code}>
                  {frameworkLabel(t, candidate.code)}
                </option>
              ))}
            </SelectField>
            {domains.length > 0 ? (
              <SelectField
                id="catalogue-domain"
                label={t('catalogue.domain')}
                value={form.domain}
                onValueChange={(value) => setForm((previous) => ({ ...previous, domain: value, indicator: '' }))}
              >
                <option value="">{t('catalogue.allDomains')}</option>
                {domains.map((domain) => (
                  <option key={domain.code} value={domain.code}>
                    {t('common.domainOption', { number: domain.number, name: domain.name })}
                  </option>
                ))}
              </SelectField>
            ) : null}
            <SelectField
              id="catalogue-indicator"
              label={t('catalogue.indicator', { framework: frameworkLabel(t, framework?.code) })}
              value={form.indicator}
              onValueChange={set('indicator')}
            >
              <option value="">{t('catalogue.allIndicators')}</option>
              {indicatorGroups.map((group) => (
                <optgroup key={group.code} label={group.label}>
                  {group.indicators.map((indicator) => (
                    <option key={indicator.code} value={indicator.code}>
                      {t('catalogue.indicatorOption', { code: indicator.code, name: indicator.name })}
                    </option>
                  ))}
                </optgroup>
              ))}
              {form.indicator && !framework ? <option value={form.indicator}>{form.indicator}</option> : null}
            </SelectField>
            <SelectField id="catalogue-level" label={t('catalogue.level')} value={form.level} onValueChange={set('level')}>
              <option value="">{t('catalogue.allLevels')}</option>
              {CONTENT_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`content.levels.${level}`)}
                </option>
              ))}
            </SelectField>
          </fieldset>
          {filtered ? (
            <p>
              <Link to="/katalog">{t('catalogue.reset')}</Link>
            </p>
          ) : null}
        </form>
      </div>
      <section aria-labelledby="catalogue-results" aria-busy={loading || undefined}>
        <h2 id="catalogue-results" className="visually-hidden">
          {t('catalogue.results')}
        </h2>
        <p role="status" className="status-text">
          {loading ? t('common.loading') : page ? t('catalogue.total', { count: total }) : ''}
        </p>
        {loading && !page ? <LoadingState /> : null}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {variables.indicatorCode && page?.items.some((hit) => hit.indicatorMatch === 'CROSSWALK') ? (
          <p className="muted">{t('catalogue.crosswalkNote')}</p>
        ) : null}
        {page && page.items.length === 0 && !error ? <EmptyState>{t('catalogue.empty')}</EmptyState> : null}
        {page && page.items.length > 0 ? (
          <>
            <p className="muted">
              {t('catalogue.showing', { from: variables.offset + 1, to: variables.offset + page.items.length, total })}
            </p>
            <ul className="content-list">
              {page.items.map((hit) => (
                <li key={hit.item.id}>
                  <article className="card content-card" aria-labelledby={`hit-${hit.item.id}`}>
                    <h3 id={`hit-${hit.item.id}`}>
                      <Link to={`/konten/${hit.item.id}`}>{hit.revision.title}</Link>
                    </h3>
                    <p className="content-facts">
                      <span className="badge">{t(`content.types.${hit.item.type}`)}</span>
                      <span>{t(`content.levels.${hit.revision.level}`)}</span>
                      <span>{t('content.minutes', { count: hit.revision.estimatedMinutes })}</span>
                    </p>
                    <p>{hit.revision.summary}</p>
                    {hit.snippet ? <Snippet text={hit.snippet} label={t('catalogue.snippet')} /> : null}
                    {hit.indicatorMatch === 'CROSSWALK' ? (
                      <p className="crosswalk-note">
                        <span className="badge badge-crosswalk">{t('catalogue.viaCrosswalk')}</span>{' '}
                        {t('catalogue.viaCrosswalkDetail', {
                          indicators: hit.crosswalkedFrom
                            .map((indicator) => `${frameworkLabel(t, indicator.frameworkCode, true)} ${indicator.code} ${indicator.name}`)
                            .join('; '),
                        })}
                      </p>
                    ) : null}
                    <IndicatorChips indicators={hit.revision.indicators} />
                  </article>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Pager
          page={Math.floor(variables.offset / CATALOGUE_PAGE_SIZE) + 1}
          pageSize={CATALOGUE_PAGE_SIZE}
          total={total}
          label={t('catalogue.pagination')}
          onPage={(next) => apply(filtersFrom(params), next)}
        />
      </section>
    </>
  );
}
