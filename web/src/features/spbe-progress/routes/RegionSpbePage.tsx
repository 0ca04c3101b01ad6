import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { RegionDashboardQuery as DashboardData, RegionSpbeQuery as RegionSpbeData } from '../../../gql/graphql';
import { RegionDashboardQuery, RegionSpbeQuery } from '../api/operations';
import { useCoordinatesRegion } from '../components/access';
import { ChartFigure, MonthlyLines, TrendLines, type TrendPoint } from '../components/Charts';
import { FIGURES, formatFigure, formatIndex, formatMonth } from '../components/format';
import { PublishedScoreForm } from '../components/PublishedScoreForm';
import { RegionSwitch } from '../components/RegionSwitch';
import { ScoreBars } from '../components/ScoreBars';
import { SpbeTabs } from '../components/SpbeTabs';
import { TableScroll } from '../components/TableScroll';
import '../i18n';
import '../spbe-progress.css';

type Spbe = RegionSpbeData['regionSpbe'];

/** /spbe/wilayah/:regionCode — a region's SPBE position, trend, benchmarks and learning dashboard. */
export default function RegionSpbePage() {
  const { t } = useTranslation();
  const { regionCode = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RegionSpbeQuery, { variables: { regionCode }, fetchPolicy: 'cache-and-network' });
  const spbe = data?.regionSpbe;
  const name = spbe?.region.name ?? regionCode;
  const mayRecord = useCoordinatesRegion(regionCode);

  return (
    <>
      <PageHeading title={t('spbeProgress.region.title', { name })}>{t('spbeProgress.region.title', { name })}</PageHeading>
      <RegionSwitch regionCode={regionCode} path={(code) => `/spbe/wilayah/${code}`} />
      <SpbeTabs regionCode={regionCode} />
      {loading && !spbe ? <LoadingState /> : null}
      {error && !spbe ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {spbe ? <SpbeOverview spbe={spbe} /> : null}
      {spbe && mayRecord ? <PublishedScoreForm key={regionCode} regionCode={regionCode} onSaved={() => refetch()} /> : null}
      {spbe && spbe.region.kind !== 'PROVINCE' ? <DashboardSection regionCode={regionCode} /> : null}
      {spbe?.region.kind === 'PROVINCE' ? (
        <p>
          <Link to={`/spbe/provinsi/${spbe.region.code}`}>{t('spbeProgress.region.provinceDashboardLink')}</Link>
        </p>
      ) : null}
    </>
  );
}

function SourceLine({ source, demo }: { source: string; demo: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="spbe-source">
      {t('spbeProgress.source', { source })}
      {demo ? <span className="spbe-tag spbe-tag-demo">{t('spbeProgress.demo')}</span> : null}
    </span>
  );
}

function SpbeOverview({ spbe }: { spbe: Spbe }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const latest = spbe.latestAssessment;
  const official = spbe.published.at(-1);

  const years = [...new Set([...spbe.published.map((p) => p.year), ...spbe.selfAssessed.map((a) => a.year)])].sort((a, b) => a - b);
  const points: TrendPoint[] = years.map((year) => ({
    year,
    official: spbe.published.find((p) => p.year === year)?.index ?? null,
    selfAssessed: spbe.selfAssessed.find((a) => a.year === year)?.index ?? null,
  }));

  return (
    <>
      <div className="spbe-summary">
        <section className="card" aria-labelledby="spbe-self-title">
          <h2 id="spbe-self-title">{t('spbeProgress.selfAssessed')}</h2>
          {latest ? (
            <>
              <p className="spbe-big-number">{formatIndex(latest.index, lang)}</p>
              <p>
                {latest.predicate ? t('spbeProgress.predicate', { predicate: latest.predicate }) : null} ·{' '}
                {t('spbeProgress.yearOf', { year: latest.year })}
              </p>
            </>
          ) : (
            <p>{t('spbeProgress.region.noAssessment')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="spbe-official-title">
          <h2 id="spbe-official-title">{t('spbeProgress.official')}</h2>
          {official ? (
            <>
              <p className="spbe-big-number">{formatIndex(official.index, lang)}</p>
              <p>
                {t('spbeProgress.yearOf', { year: official.year })} · <SourceLine source={official.source} demo={official.demo} />
              </p>
            </>
          ) : (
            <p>{t('spbeProgress.region.noOfficial')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="spbe-target-title">
          <h2 id="spbe-target-title">{t('spbeProgress.region.target')}</h2>
          <p className="spbe-big-number">{formatIndex(spbe.target, lang)}</p>
          <p>
            {spbe.gapToTarget === null || spbe.gapToTarget === undefined
              ? t('spbeProgress.region.gapUnknown')
              : spbe.gapToTarget <= 0
                ? t('spbeProgress.region.targetReached')
                : t('spbeProgress.region.gap', { gap: formatIndex(spbe.gapToTarget, lang) })}
          </p>
        </section>
      </div>

      {spbe.domainScores.length > 0 ? (
        <section className="spbe-section" aria-labelledby="spbe-domains-title">
          <h2 id="spbe-domains-title">{t('spbeProgress.region.scoresTitle')}</h2>
          <p>{t('spbeProgress.region.scoresLead', { year: latest?.year ?? '' })}</p>
          <ScoreBars caption={t('spbeProgress.region.domainCaption')} scores={spbe.domainScores} />
          <ScoreBars caption={t('spbeProgress.region.aspectCaption')} scores={spbe.aspectScores} />
        </section>
      ) : null}

      <section className="spbe-section" aria-labelledby="spbe-trend-title">
        <h2 id="spbe-trend-title">{t('spbeProgress.region.trendTitle')}</h2>
        {points.length === 0 ? (
          <EmptyState>{t('spbeProgress.region.noTrend')}</EmptyState>
        ) : (
          <ChartFigure
            id="spbe-trend"
            title={t('spbeProgress.region.trendCaption')}
            summary={t('spbeProgress.region.trendSummary')}
            chart={<TrendLines points={points} target={spbe.target} />}
            table={
              <TableScroll captionId="spbe-trend-table-caption">
                <table>
                  <caption id="spbe-trend-table-caption">{t('spbeProgress.region.trendTable')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('spbeProgress.year')}</th>
                      <th scope="col" className="numeric">
                        {t('spbeProgress.official')}
                      </th>
                      <th scope="col" className="numeric">
                        {t('spbeProgress.selfAssessed')}
                      </th>
                      <th scope="col">{t('spbeProgress.sourceTitle')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {points.map((point) => {
                      const published = spbe.published.find((p) => p.year === point.year);
                      return (
                        <tr key={point.year}>
                          <th scope="row">{point.year}</th>
                          <td className="numeric">{formatIndex(point.official, lang)}</td>
                          <td className="numeric">{formatIndex(point.selfAssessed, lang)}</td>
                          <td>{published ? <SourceLine source={published.source} demo={published.demo} /> : '–'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            }
          />
        )}
      </section>

      <section className="spbe-section" aria-labelledby="spbe-bench-title">
        <h2 id="spbe-bench-title">{t('spbeProgress.region.benchmarksTitle')}</h2>
        {spbe.benchmarks.length === 0 ? (
          <EmptyState>{t('spbeProgress.region.noBenchmarks')}</EmptyState>
        ) : (
          <TableScroll captionId="spbe-bench-caption">
            <table>
              <caption id="spbe-bench-caption">{t('spbeProgress.region.benchmarksCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('spbeProgress.region.scope')}</th>
                  <th scope="col">{t('spbeProgress.year')}</th>
                  <th scope="col" className="numeric">
                    {t('spbeProgress.index')}
                  </th>
                  <th scope="col">{t('spbeProgress.sourceTitle')}</th>
                </tr>
              </thead>
              <tbody>
                {[...spbe.benchmarks]
                  .sort((a, b) => b.year - a.year || a.scope.localeCompare(b.scope))
                  .map((bench) => (
                    <tr key={bench.id}>
                      <th scope="row">{t(`spbeProgress.scopes.${bench.scope}`)}</th>
                      <td>{bench.year}</td>
                      <td className="numeric">{formatIndex(bench.index, lang)}</td>
                      <td>
                        <SourceLine source={bench.source} demo={bench.demo} />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}

type Dashboard = DashboardData['regionDashboard'];

function DashboardSection({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RegionDashboardQuery, { variables: { regionCode }, fetchPolicy: 'cache-and-network' });
  const dashboard = data?.regionDashboard;
  return (
    <section className="spbe-section" aria-labelledby="spbe-dashboard-title">
      <h2 id="spbe-dashboard-title">{t('spbeProgress.dashboard.title')}</h2>
      {loading && !dashboard ? <LoadingState /> : null}
      {error && !dashboard ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {dashboard ? <DashboardFigures dashboard={dashboard} /> : null}
      <p>
        <Link to="/replikasi">{t('spbeProgress.dashboard.replicationLink')}</Link>
      </p>
    </section>
  );
}

function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const row = dashboard.row as unknown as Record<string, number | null>;
  return (
    <>
      <TableScroll captionId="spbe-figures-caption">
        <table>
          <caption id="spbe-figures-caption">{t('spbeProgress.dashboard.figuresCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('spbeProgress.dashboard.figure')}</th>
              <th scope="col" className="numeric">
                {t('spbeProgress.dashboard.value')}
              </th>
              <th scope="col">{t('spbeProgress.dashboard.rank')}</th>
              <th scope="col" className="numeric">
                {t('spbeProgress.dashboard.median')}
              </th>
            </tr>
          </thead>
          <tbody>
            {FIGURES.map((figure) => {
              const bench = dashboard.benchmarks.find((b) => b.figure === figure);
              return (
                <tr key={figure}>
                  <th scope="row">{t(`spbeProgress.figures.${figure}`)}</th>
                  <td className="numeric">{formatFigure(figure, row[figure], lang)}</td>
                  <td>{bench?.rank ? t('spbeProgress.dashboard.rankOf', { rank: bench.rank, of: bench.of }) : '–'}</td>
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
          title={t('spbeProgress.dashboard.monthlyTitle')}
          chart={<MonthlyLines data={dashboard.monthly.map((point) => ({ ...point, month: formatMonth(point.month, lang) }))} />}
          table={
            <TableScroll captionId="spbe-monthly-caption">
              <table>
                <caption id="spbe-monthly-caption">{t('spbeProgress.dashboard.monthlyTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('spbeProgress.dashboard.month')}</th>
                    <th scope="col" className="numeric">
                      {t('spbeProgress.figures.enrolments')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('spbeProgress.figures.completions')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('spbeProgress.figures.sessionsHeld')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('spbeProgress.figures.playbookStepsDone')}
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
