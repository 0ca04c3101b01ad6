import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ChartFigure } from '../../../components/Charts';
import { CsvExportButton } from '../../../components/CsvExportButton';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { TableScroll } from '../../../components/TableScroll';
import type { OverviewRowFieldsFragment } from '../../../gql/graphql';
import { useRegionName } from '../../../lib/regions';
import { formatIndex } from '../../../lib/spbe-format';
import { useCan } from '../../../lib/use-can';
import { ProvinceTargetForm } from '../../assessments';
import { FrameworkPicker, frameworkShortName, ValueKindLabel } from '../../spbe';
import { ProvinceOverviewQuery } from '../api/operations';
import { IndexBars } from '../components/DashboardCharts';
import { FIGURES, type Figure, formatFigure } from '../components/figures';
import '../dashboards.css';

type SortKey = 'region' | Figure;
interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

function sortValue(row: OverviewRowFieldsFragment, key: SortKey): string | number | null {
  return key === 'region' ? row.region.name : row[key];
}

export function sortRows(rows: readonly OverviewRowFieldsFragment[], sort: Sort, language: string): OverviewRowFieldsFragment[] {
  const factor = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    // Regions without a value always come last.
    if (x === null && y === null) return a.region.name.localeCompare(b.region.name, language);
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, language) : Number(x) - Number(y);
    return order * factor || a.region.name.localeCompare(b.region.name, language);
  });
}

/** /spbe/provinsi/:provinceCode — coordinators' and admins' overview of the province's kabupaten/kota. */
export default function ProvinceOverviewPage() {
  const { t, i18n } = useTranslation('dashboards');
  const lang = i18n.language;
  const can = useCan();
  const { provinceCode = '32' } = useParams();
  const allowed = can('coordinateRegions');
  // null: the framework in force this year (the server's default).
  const [frameworkCode, setFrameworkCode] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ProvinceOverviewQuery, {
    variables: { provinceCode, frameworkCode },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const [sort, setSort] = useState<Sort>({ key: 'region', direction: 'ascending' });
  const overview = data?.provinceOverview;
  // The province's name before (or without) the overview, e.g. when the overview is refused: never its bare code.
  const fetchedName = useRegionName(provinceCode, { skip: !allowed || Boolean(overview) });
  const provinceName = overview?.province.name ?? fetchedName;
  const title = provinceName ? t('province.title', { name: provinceName }) : t('province.titleShort');

  if (!allowed) {
    return (
      <>
        <PageHeading>{t('province.titleShort')}</PageHeading>
        <p className="notice notice-error" role="alert">
          {t('province.noAccess')}
        </p>
      </>
    );
  }

  const columns: SortKey[] = ['region', ...FIGURES];
  const rows = overview ? sortRows(overview.rows, sort, lang) : [];
  const toggle = (key: SortKey) =>
    setSort((previous) =>
      previous.key === key
        ? { key, direction: previous.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'region' ? 'ascending' : 'descending' },
    );
  const label = (key: SortKey) => (key === 'region' ? t('province.region') : t(`figures.${key}`));

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('province.lead')}</p>
      <div className="spbe-actions">
        <Link to="/replikasi">{t('dashboard.replicationLink')}</Link>
      </div>
      <FrameworkPicker value={frameworkCode} onChange={setFrameworkCode} />
      {/* Offered once the overview is here: the file is named after the framework it is on (the server's default when none is picked). */}
      {overview ? (
        <CsvExportButton
          path="/exports/province-overview.csv"
          params={frameworkCode ? { province: provinceCode, framework: frameworkCode } : { province: provinceCode }}
          fileName={`ringkasan-${provinceCode}-${overview.frameworkCode}.csv`}
        />
      ) : null}
      {loading && !overview ? <LoadingState /> : null}
      {error && !overview ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {/* The form sets the target of the current framework and year: shown on the current framework only. */}
      {overview && frameworkCode === null && can('setProvinceTargets') ? (
        <ProvinceTargetForm key={provinceCode} provinceCode={provinceCode} current={overview.target} onSaved={() => refetch()} />
      ) : null}
      {overview && overview.rows.length === 0 ? <EmptyState>{t('province.empty')}</EmptyState> : null}
      {overview && overview.rows.length > 0 ? (
        <>
          <p>
            {t(overview.targetIsDefault ? 'province.targetDefault' : 'province.targetOn', {
              target: formatIndex(overview.target, lang),
              framework: frameworkShortName(overview.frameworkCode),
            })}
          </p>
          <TableScroll captionId="spbe-province-caption" className="spbe-province-scroll">
            <table className="spbe-province-table">
              <caption id="spbe-province-caption">
                <span className="spbe-caption-text">{t('province.caption')}</span>
              </caption>
              <thead>
                <tr>
                  {columns.map((key) => (
                    <th
                      key={key}
                      scope="col"
                      aria-sort={sort.key === key ? sort.direction : undefined}
                      className={key === 'region' ? 'spbe-region-col' : 'numeric'}
                    >
                      <button type="button" className="spbe-sort-button" onClick={() => toggle(key)}>
                        {label(key)}
                        <span aria-hidden="true">{sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.region.code}>
                    <th scope="row" className="spbe-region-col">
                      <Link to={`/spbe/wilayah/${row.region.code}`}>{row.region.name}</Link>
                    </th>
                    {FIGURES.map((figure) => (
                      <td key={figure} className="numeric">
                        {formatFigure(figure, row[figure], lang)}
                        {figure === 'latestIndex' && row.latestIndexKind ? (
                          <span className="index-label">
                            {' '}
                            <ValueKindLabel kind={row.latestIndexKind} /> {row.latestIndexYear}
                          </span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className="spbe-region-col">
                    {t('province.medians')}
                  </th>
                  {FIGURES.map((figure) => (
                    <td key={figure} className="numeric">
                      {formatFigure(figure, overview.medians.find((median) => median.figure === figure)?.median, lang)}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </TableScroll>
          <p className="field-hint">{t('province.sortHint')}</p>
          <ChartFigure
            id="spbe-province-chart"
            title={t('province.chartTitle', {
              target: formatIndex(overview.target, lang),
              framework: frameworkShortName(overview.frameworkCode),
            })}
            summary={t('province.chartSummary', {
              reached: overview.rows.filter(
                (row) => row.latestIndex !== null && row.latestIndex !== undefined && row.latestIndex >= overview.target,
              ).length,
              total: overview.rows.length,
            })}
            chart={
              <IndexBars
                data={overview.rows.map((row) => ({ name: row.region.name, index: row.latestIndex ?? null }))}
                target={overview.target}
              />
            }
            table={null}
          />
        </>
      ) : null}
    </>
  );
}
