import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../components/PageHeading';
import { LoadingState } from '../../components/States';
import { useAuth } from '../../lib/auth';

// The signed-in home in a chunk of its own: the landing page's visitors do not download the learner's
// cards (the first-load budget in `npm run bench` counts that chunk for the learner's home).
const LearnerHome = lazy(() => import('./LearnerHome'));

export default function HomePage() {
  const { status, user } = useAuth();
  if (status === 'loading') return <LoadingState />;
  return user ? (
    <Suspense fallback={<LoadingState />}>
      <LearnerHome user={user} />
    </Suspense>
  ) : (
    <Landing />
  );
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
