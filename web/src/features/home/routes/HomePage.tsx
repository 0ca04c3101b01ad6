import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../../components/PageHeading';
import { ProgressBar } from '../../../components/ProgressBar';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { type CurrentUser, useAuth } from '../../../lib/auth';
import { regionLabel } from '../../../lib/regions';
import { useFormat } from '../../../lib/use-format';
import { HomeMentoringCards } from '../../mentoring';
import { LearnerHomeQuery } from '../api/operations';

export default function HomePage() {
  const { status, user } = useAuth();
  if (status === 'loading') return <LoadingState />;
  return user ? <Greeting user={user} /> : <Landing />;
}

function Landing() {
  const { t } = useTranslation();
  return (
    <>
      <section className="hero">
        <PageHeading>{t('landing.title')}</PageHeading>
        <p className="lead">{t('landing.lead')}</p>
        <p>{t('landing.body')}</p>
      </section>
      <section aria-labelledby="landing-points">
        <h2 id="landing-points">{t('landing.pointsTitle')}</h2>
        <ul className="points">
          <li>{t('landing.point1')}</li>
          <li>{t('landing.point2')}</li>
          <li>{t('landing.point3')}</li>
        </ul>
      </section>
      <section aria-labelledby="landing-cta" className="cta">
        <h2 id="landing-cta">{t('landing.ctaTitle')}</h2>
        <div className="actions">
          <Link className="button button-primary" to="/daftar">
            {t('landing.ctaRegister')}
          </Link>
          <Link className="button button-secondary" to="/masuk">
            {t('landing.ctaLogin')}
          </Link>
        </div>
        <p>
          <Link to="/katalog">{t('landing.toCatalogue')}</Link>
        </p>
      </section>
    </>
  );
}

function Greeting({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('home.title', { name: user.fullName })}</PageHeading>
      <p className="lead">{t('home.region', { region: regionLabel(user.region, t) })}</p>
      <p>{t('home.agency', { agency: user.agency })}</p>
      <LearnerHome />
      <HomeMentoringCards />
      <section aria-labelledby="home-next">
        <h2 id="home-next">{t('home.explore')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/katalog">{t('home.toCatalogue')}</Link>
          </li>
          <li>
            <Link to="/jalur">{t('home.toPaths')}</Link>
          </li>
          <li>
            <Link to="/spbe">{t('home.toSpbe')}</Link>
          </li>
          <li>
            <Link to="/profil">{t('home.toProfile')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}

/** The learner's dashboard: modules in progress, certificates and recommendations (learnerHome). */
function LearnerHome() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(LearnerHomeQuery, { fetchPolicy: 'cache-and-network' });
  const home = data?.learnerHome;
  if (!home) {
    return loading ? <LoadingState /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  return (
    <div className="home-grid">
      <section aria-labelledby="home-continue" className="card">
        <h2 id="home-continue">{t('home.continueTitle')}</h2>
        {home.continueLearning.length === 0 ? (
          <p className="muted">
            {t('home.continueEmpty')} <Link to="/katalog">{t('home.toCatalogue')}</Link>
          </p>
        ) : (
          <ul className="plain-list">
            {home.continueLearning.map((progress) => {
              const title = progress.item.publishedRevision?.title ?? t('paths.unpublishedModule');
              const target = progress.resumeLessonKey
                ? `/belajar/${progress.itemId}/${progress.resumeLessonKey}`
                : `/konten/${progress.itemId}`;
              return (
                <li key={progress.itemId} className="continue-item">
                  <h3 className="item-title">
                    <Link to={`/konten/${progress.itemId}`}>{title}</Link>
                  </h3>
                  <ProgressBar
                    percent={progress.progressPercent}
                    label={t('home.progressOf', { title })}
                    valueText={t('learning.progress.valueText', {
                      percent: progress.progressPercent,
                      done: progress.completedLessonKeys.length,
                      total: progress.lessonCount,
                    })}
                  />
                  <Link className="button button-primary button-small" to={target}>
                    {t('learning.continue')}
                    <span className="visually-hidden">: {title}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-certificates" className="card">
        <h2 id="home-certificates">{t('home.certificatesTitle')}</h2>
        {home.certificates.length === 0 ? (
          <EmptyState>{t('home.certificatesEmpty')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {home.certificates.map((certificate) => (
              <li key={certificate.id}>
                <Link to={`/sertifikat/${encodeURIComponent(certificate.code)}`}>{certificate.title}</Link>{' '}
                <span className="muted">({format.dateTime(certificate.issuedAt)})</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/sertifikat">{t('home.allCertificates')}</Link>
        </p>
      </section>
      <section aria-labelledby="home-recommended" className="card">
        <h2 id="home-recommended">{t('home.recommendedTitle')}</h2>
        {home.recommended.length === 0 ? (
          <EmptyState>{t('home.recommendedEmpty')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {home.recommended.map((item) => (
              <li key={item.id}>
                <h3 className="item-title">
                  <Link to={`/konten/${item.id}`}>{item.publishedRevision?.title ?? t('paths.unpublishedModule')}</Link>
                </h3>
                {item.publishedRevision ? <p className="muted">{item.publishedRevision.summary}</p> : null}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/jalur">{t('home.toPaths')}</Link>
        </p>
      </section>
    </div>
  );
}
