import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../components/PageHeading';
import { LoadingState } from '../../components/States';
import { type CurrentUser, useAuth } from '../../lib/auth';
import { regionLabel } from '../../lib/regions';
import { lazyPage, useLoadedPage } from './lazy-page';

// The signed-in home's cards in a chunk of their own: the landing page's visitors do not download them (the
// first-load budget in `npm run bench` counts that chunk for the learner's home). Their texts (learning,
// mentoring) are fetched together with the chunk (lazy-page.ts).
const LearnerHome = lazyPage(() => import('./LearnerHome'), ['learning', 'mentoring']);

export default function HomePage() {
  const { status, user } = useAuth();
  if (status === 'loading') return <LoadingState />;
  return user ? <SignedInHome user={user} /> : <Landing />;
}

/**
 * The learner's greeting at once, from the shell (the page's largest paint, issue 13); the cards below
 * once their chunk is there, in the room the cards keep while they load (no layout shift).
 */
function SignedInHome({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const Cards = useLoadedPage(LearnerHome);
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
      {Cards ? (
        <Cards />
      ) : (
        <div className="home-cards-loading">
          <LoadingState />
        </div>
      )}
    </>
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
