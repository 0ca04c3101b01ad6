import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ChartFigure } from '../../../components/Charts';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { TableScroll } from '../../../components/TableScroll';
import type { RegionSpbeQuery as RegionSpbeData } from '../../../gql/graphql';
import { formatIndex } from '../../../lib/spbe-format';
import { RegionSpbeQuery } from '../api/operations';
import { PublishedScoreForm } from '../components/PublishedScoreForm';
import { RegionSwitch } from '../components/RegionSwitch';
import { ScoreBars } from '../components/ScoreBars';
import { SpbeTabs } from '../components/SpbeTabs';
import { TrendLines, type TrendPoint } from '../components/TrendLines';
import { useCoordinatesRegion } from '../components/use-coordinates-region';
import '../assessments.css';

type Spbe = RegionSpbeData['regionSpbe'];

/** The region a page shows, for what other features add below (the learning dashboard). */
export interface SpbeRegion {
  code: string;
  kind: string;
}

/**
 * /spbe/wilayah/:regionCode — a region's SPBE position, trend and benchmarks; `after` adds what other
 * features show of the region (app/routes composes the learning dashboard there).
 */
export function RegionSpbePage({ after }: { after?: (region: SpbeRegion) => ReactNode }) {
  const { t } = useTranslation('assessments');
  const { regionCode = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RegionSpbeQuery, { variables: { regionCode }, fetchPolicy: 'cache-and-network' });
  const spbe = data?.regionSpbe;
  const name = spbe?.region.name ?? regionCode;
  const mayRecord = useCoordinatesRegion(regionCode);

  return (
    <>
      <PageHeading title={t('region.title', { name })}>{t('region.title', { name })}</PageHeading>
      <RegionSwitch regionCode={regionCode} path={(code) => `/spbe/wilayah/${code}`} />
      <SpbeTabs regionCode={regionCode} />
      {loading && !spbe ? <LoadingState /> : null}
      {error && !spbe ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {spbe ? <SpbeOverview spbe={spbe} /> : null}
      {spbe && mayRecord ? <PublishedScoreForm key={regionCode} regionCode={regionCode} onSaved={() => refetch()} /> : null}
      {spbe && after ? after({ code: spbe.region.kind === 'PROVINCE' ? spbe.region.code : regionCode, kind: spbe.region.kind }) : null}
    </>
  );
}

function SourceLine({ source, demo }: { source: string; demo: boolean }) {
  const { t } = useTranslation('assessments');
  return (
    <span className="spbe-source">
      {t('source', { source })}
      {demo ? <span className="spbe-tag spbe-tag-demo">{t('demo')}</span> : null}
    </span>
  );
}

function SpbeOverview({ spbe }: { spbe: Spbe }) {
  const { t, i18n } = useTranslation('assessments');
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
          <h2 id="spbe-self-title">{t('selfAssessed')}</h2>
          {latest ? (
            <>
              <p className="spbe-big-number">{formatIndex(latest.index, lang)}</p>
              <p>
                {latest.predicate ? t('predicate', { predicate: latest.predicate }) : null} · {t('yearOf', { year: latest.year })}
              </p>
            </>
          ) : (
            <p>{t('region.noAssessment')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="spbe-official-title">
          <h2 id="spbe-official-title">{t('official')}</h2>
          {official ? (
            <>
              <p className="spbe-big-number">{formatIndex(official.index, lang)}</p>
              <p>
                {t('yearOf', { year: official.year })} · <SourceLine source={official.source} demo={official.demo} />
              </p>
            </>
          ) : (
            <p>{t('region.noOfficial')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="spbe-target-title">
          <h2 id="spbe-target-title">{t('region.target')}</h2>
          <p className="spbe-big-number">{formatIndex(spbe.target, lang)}</p>
          <p>
            {spbe.gapToTarget === null || spbe.gapToTarget === undefined
              ? t('region.gapUnknown')
              : spbe.gapToTarget <= 0
                ? t('region.targetReached')
                : t('region.gap', { gap: formatIndex(spbe.gapToTarget, lang) })}
          </p>
        </section>
      </div>

      {spbe.domainScores.length > 0 ? (
        <section className="spbe-section" aria-labelledby="spbe-domains-title">
          <h2 id="spbe-domains-title">{t('region.scoresTitle')}</h2>
          <p>{t('region.scoresLead', { year: latest?.year ?? '' })}</p>
          <ScoreBars caption={t('region.domainCaption')} scores={spbe.domainScores} />
          <ScoreBars caption={t('region.aspectCaption')} scores={spbe.aspectScores} />
        </section>
      ) : null}

      <section className="spbe-section" aria-labelledby="spbe-trend-title">
        <h2 id="spbe-trend-title">{t('region.trendTitle')}</h2>
        {points.length === 0 ? (
          <EmptyState>{t('region.noTrend')}</EmptyState>
        ) : (
          <ChartFigure
            id="spbe-trend"
            title={t('region.trendCaption')}
            summary={t('region.trendSummary')}
            chart={<TrendLines points={points} target={spbe.target} />}
            table={
              <TableScroll captionId="spbe-trend-table-caption">
                <table>
                  <caption id="spbe-trend-table-caption">{t('region.trendTable')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('year')}</th>
                      <th scope="col" className="numeric">
                        {t('official')}
                      </th>
                      <th scope="col" className="numeric">
                        {t('selfAssessed')}
                      </th>
                      <th scope="col">{t('sourceTitle')}</th>
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
        <h2 id="spbe-bench-title">{t('region.benchmarksTitle')}</h2>
        {spbe.benchmarks.length === 0 ? (
          <EmptyState>{t('region.noBenchmarks')}</EmptyState>
        ) : (
          <TableScroll captionId="spbe-bench-caption">
            <table>
              <caption id="spbe-bench-caption">{t('region.benchmarksCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('region.scope')}</th>
                  <th scope="col">{t('year')}</th>
                  <th scope="col" className="numeric">
                    {t('index')}
                  </th>
                  <th scope="col">{t('sourceTitle')}</th>
                </tr>
              </thead>
              <tbody>
                {[...spbe.benchmarks]
                  .sort((a, b) => b.year - a.year || a.scope.localeCompare(b.scope))
                  .map((bench) => (
                    <tr key={bench.id}>
                      <th scope="row">{t(`scopes.${bench.scope}`)}</th>
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
