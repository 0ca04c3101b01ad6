import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ChartFigure } from '../../../components/Charts';
import { ErrorState, LoadingState } from '../../../components/States';
import { TableScroll } from '../../../components/TableScroll';
import type { RegionDashboardQuery as DashboardData } from '../../../gql/graphql';
import { frameworkShortName, ValueKindLabel } from '../../spbe';
import { RegionDashboardQuery } from '../api/operations';
import { MonthlyLines } from './DashboardCharts';
import { FIGURES, formatFigure, formatMonth } from './figures';
import '../dashboards.css';

/** Below a region's SPBE page: a kabupaten/kota's learning dashboard, or for a province the link to its overview. */
export function RegionDashboardSection({
  region,
  frameworkCode = null,
}: {
  region: { code: string; kind: string };
  /** The framework of the index figures; null for the current one. */
  frameworkCode?: string | null;
}) {
  const { t } = useTranslation('dashboards');
  if (region.kind !== 'PROVINCE') return <DashboardSection regionCode={region.code} frameworkCode={frameworkCode} />;
  return (
    <p>
      <Link to={`/spbe/provinsi/${region.code}`}>{t('dashboard.provinceLink')}</Link>
    </p>
  );
}

type Dashboard = DashboardData['regionDashboard'];

function DashboardSection({ regionCode, frameworkCode }: { regionCode: string; frameworkCode: string | null }) {
  const { t } = useTranslation('dashboards');
  const { data, loading, error, refetch } = useQuery(RegionDashboardQuery, {
    variables: { regionCode, frameworkCode },
    fetchPolicy: 'cache-and-network',
  });
  const dashboard = data?.regionDashboard;
  return (
    <section className="spbe-section" aria-labelledby="spbe-dashboard-title">
      <h2 id="spbe-dashboard-title">{t('dashboard.title')}</h2>
      {loading && !dashboard ? <LoadingState /> : null}
      {error && !dashboard ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {dashboard ? <DashboardFigures dashboard={dashboard} /> : null}
      <p>
        <Link to="/replikasi">{t('dashboard.replicationLink')}</Link>
      </p>
    </section>
  );
}

function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation('dashboards');
  const lang = i18n.language;
  const row = dashboard.row as unknown as Record<string, number | null>;
  const { latestIndexKind, latestIndexYear } = dashboard.row;
  return (
    <>
      <TableScroll captionId="spbe-figures-caption">
        <table>
          <caption id="spbe-figures-caption">{t('dashboard.figuresCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.figure')}</th>
              <th scope="col" className="numeric">
                {t('dashboard.value')}
              </th>
              <th scope="col">{t('dashboard.rank')}</th>
              <th scope="col" className="numeric">
                {t('dashboard.median')}
              </th>
            </tr>
          </thead>
          <tbody>
            {FIGURES.map((figure) => {
              const bench = dashboard.benchmarks.find((b) => b.figure === figure);
              return (
                <tr key={figure}>
                  <th scope="row">{t(`figures.${figure}`)}</th>
                  <td className="numeric">
                    {formatFigure(figure, row[figure], lang)}
                    {figure === 'latestIndex' && latestIndexKind ? (
                      <span className="index-label">
                        {' '}
                        <ValueKindLabel kind={latestIndexKind} /> {latestIndexYear} · {frameworkShortName(dashboard.frameworkCode)}
                      </span>
                    ) : null}
                  </td>
                  <td>{bench?.rank ? t('dashboard.rankOf', { rank: bench.rank, of: bench.of }) : '–'}</td>
                  <td className="numeric">{formatFigure(figure, bench?.median, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {dashboard.monthly.length > 0 ? (
        <ChartFigure
          id="spbe-monthly"
          title={t('dashboard.monthlyTitle')}
          chart={<MonthlyLines data={dashboard.monthly.map((point) => ({ ...point, month: formatMonth(point.month, lang) }))} />}
          table={
            <TableScroll captionId="spbe-monthly-caption">
              <table>
                <caption id="spbe-monthly-caption">{t('dashboard.monthlyTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.month')}</th>
                    <th scope="col" className="numeric">
                      {t('figures.enrolments')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('figures.completions')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('figures.sessionsHeld')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('figures.playbookStepsDone')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.monthly.map((point) => (
                    <tr key={point.month}>
                      <th scope="row">{formatMonth(point.month, lang)}</th>
                      <td className="numeric">{point.enrolments}</td>
                      <td className="numeric">{point.completions}</td>
                      <td className="numeric">{point.sessionsHeld}</td>
                      <td className="numeric">{point.playbookStepsDone}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          }
        />
      ) : null}
    </>
  );
}
