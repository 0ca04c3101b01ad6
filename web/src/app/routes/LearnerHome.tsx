import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../components/PageHeading';
import { LoadingState } from '../../components/States';
import { LearnerHomeCards } from '../../features/learning';
import { HomeMentoringCards } from '../../features/mentoring';
import type { CurrentUser } from '../../lib/auth';
import { regionLabel } from '../../lib/regions';
import { useCan } from '../../lib/use-can';

// Loaded only for coordinators: the dashboards feature brings its charts along, which learners and
// the landing page must not download (the first-load budget in `npm run bench`).
const CoordinatorHomeSection = lazy(() =>
  import('../../features/dashboards').then((dashboards) => ({ default: dashboards.CoordinatorHomeSection })),
);

/**
 * The signed-in home (HomePage.tsx loads it lazily: anonymous visitors on the landing page do not
 * download the learning and mentoring cards). scripts/js-budget.mjs counts this chunk for the learner's home.
 */
export default function LearnerHome({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <>
      <PageHeading>{t('home.title', { name: user.fullName })}</PageHeading>
      {user.region ? (
        <p className="lead">{t('home.region', { region: regionLabel(user.region, t) })}</p>
      ) : (
        <p className="notice">
          {t('home.joinPending')} <Link to="/profil">{t('home.joinStatus')}</Link>
        </p>
      )}
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
