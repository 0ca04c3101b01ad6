import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../components/PageHeading';
import { LoadingState } from '../../components/States';
import { LearnerHomeCards } from '../../features/learning';
import { HomeMentoringCards } from '../../features/mentoring';
import { type CurrentUser, useAuth } from '../../lib/auth';
import { regionLabel } from '../../lib/regions';
import { useCan } from '../../lib/use-can';

// Loaded only for coordinators: the dashboards feature brings its charts along, which learners and
// the landing page must not download (the first-load budget in `npm run bench`).
const CoordinatorHomeSection = lazy(() =>
  import('../../features/dashboards').then((dashboards) => ({ default: dashboards.CoordinatorHomeSection })),
);

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
  const can = useCan();
  return (
    <>
      <PageHeading>{t('home.title', { name: user.fullName })}</PageHeading>
      <p className="lead">{t('home.region', { region: regionLabel(user.region, t) })}</p>
      <p>{t('home.agency', { agency: user.agency })}</p>
      {can('coordinateRegions') ? (
        <Suspense fallback={<LoadingState />}>
          <CoordinatorHomeSection />
        </Suspense>
      ) : null}
      <LearnerHomeCards />
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
