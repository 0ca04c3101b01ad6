import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../../components/States';
import type { CoordinatorHomeQuery as CoordinatorHomeData } from '../../../gql/graphql';
import { useAuth } from '../../../lib/auth';
import { formatIndex } from '../../../lib/spbe-format';
import { useFormat } from '../../../lib/use-format';
import { currentYearInWib, frameworkShortName, ValueKindLabel } from '../../spbe';
import { CoordinatorHomeQuery } from '../api/operations';
import '../dashboards.css';

type Summary = CoordinatorHomeData['coordinatorHome']['regions'][number];
const FIGURES = ['activeLearnersThisMonth', 'completionsThisMonth', 'completionsTotal', 'sessionsHeld', 'openActionItems'] as const;

/** The coordinator's part of the home page: a card per kabupaten/kota given to them, with its figures and where to go on. */
export function CoordinatorHomeSection() {
  const { t } = useTranslation('dashboards');
  const { user } = useAuth();
  const { data, loading, error, refetch } = useQuery(CoordinatorHomeQuery, { fetchPolicy: 'cache-and-network' });
  const home = data?.coordinatorHome;
  const provinceCode = user?.region?.provinceCode ?? user?.region?.code ?? '32';

  return (
    <section aria-labelledby="coordinator-home-title" className="coordinator-home">
      <h2 id="coordinator-home-title">{t('coordinatorHome.title')}</h2>
      {!home && loading ? <LoadingState /> : null}
      {!home && !loading && error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {home && home.regions.length === 0 ? (
        <div className="card">
          <p>{home.coordinatesAllRegions ? t('coordinatorHome.allRegionsHint') : t('coordinatorHome.noRegions')}</p>
          <ul className="link-list">
            {home.coordinatesAllRegions ? (
              <li>
                <Link to={`/spbe/provinsi/${provinceCode}`}>{t('coordinatorHome.toProvince')}</Link>
              </li>
            ) : null}
            <li>
              <Link to="/koordinasi/peserta">{t('coordinatorHome.toLearnersAny')}</Link>
            </li>
            <li>
              <Link to="/koordinasi/mentoring">{t('coordinatorHome.toMentoringAny')}</Link>
            </li>
          </ul>
        </div>
      ) : null}
      {home && home.regions.length > 0 ? (
        <ul className="coordinator-home-list">
          {home.regions.map((summary) => (
            <li key={summary.region.code}>
              <RegionCard summary={summary} frameworkCode={home.frameworkCode} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** A region's figures; its index is its latest value on the home's framework (with kind and year), against that framework's target. */
function RegionCard({ summary, frameworkCode }: { summary: Summary; frameworkCode: string }) {
  const { t, i18n } = useTranslation('dashboards');
  const format = useFormat();
  const { region, latestValue, target } = summary;
  const headingId = `coordinator-home-${region.code}`;
  const framework = frameworkShortName(frameworkCode);
  const editorYear = latestValue?.year ?? currentYearInWib();
  const index = latestValue?.value ?? null;
  return (
    <article className="card coordinator-home-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {region.name}
      </h3>
      <dl className="coordinator-home-figures">
        {FIGURES.map((figure) => (
          <div key={figure}>
            <dt>{t(`coordinatorHome.figures.${figure}`)}</dt>
            <dd>{format.number(summary[figure])}</dd>
          </div>
        ))}
      </dl>
      <p className="coordinator-home-assessment">
        {t(`coordinatorHome.evaluation.${summary.evaluationStatus}`, { framework, year: summary.evaluationYear })}{' '}
        {latestValue ? (
          <>
            {t('coordinatorHome.valueOf', { framework, year: latestValue.year })} <ValueKindLabel kind={latestValue.kind} />.
          </>
        ) : (
          t('coordinatorHome.valueNone', { framework })
        )}{' '}
        {index === null
          ? t('coordinatorHome.target', { target: formatIndex(target, i18n.language) })
          : t(index >= target ? 'coordinatorHome.indexReached' : 'coordinatorHome.indexBelow', {
              index: formatIndex(index, i18n.language),
              target: formatIndex(target, i18n.language),
            })}
      </p>
      <ul className="link-list coordinator-home-links">
        <li>
          <Link to={`/koordinasi/peserta?wilayah=${region.code}`}>{t('coordinatorHome.toLearners', { region: region.name })}</Link>
        </li>
        <li>
          <Link to={`/koordinasi/mentoring?wilayah=${region.code}`}>{t('coordinatorHome.toMentoring', { region: region.name })}</Link>
        </li>
        <li>
          <Link to={`/spbe/wilayah/${region.code}`}>{t('coordinatorHome.toSpbe', { region: region.name })}</Link>
        </li>
        <li>
          <Link to={`/spbe/wilayah/${region.code}/penilaian/${editorYear}`}>
            {t('coordinatorHome.toAssessment', { region: region.name, year: editorYear })}
          </Link>
        </li>
      </ul>
    </article>
  );
}
