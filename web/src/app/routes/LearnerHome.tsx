import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadingState } from '../../components/States';
import { LearnerHomeCards } from '../../features/learning';
import { HomeMentoringCards } from '../../features/mentoring';
import { useCan } from '../../lib/use-can';

// Loaded only for coordinators: the dashboards feature brings its charts along, which learners and
// the landing page must not download (the first-load budget in `npm run bench`).
const CoordinatorHomeSection = lazy(() =>
  import('../../features/dashboards').then((dashboards) => ({ default: dashboards.CoordinatorHomeSection })),
);

/**
 * The signed-in home's cards (HomePage.tsx shows the greeting and loads this chunk: anonymous visitors on
 * the landing page do not download the learning and mentoring cards). scripts/js-budget.mjs counts this
 * chunk for the learner's home.
 */
export default function LearnerHome() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <>
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
