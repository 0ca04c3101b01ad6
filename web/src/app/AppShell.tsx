import { useApolloClient } from '@apollo/client/react';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { OfflineStatus } from '../components/OfflineStatus';
import { LoadingState } from '../components/States';
import { NotificationBell } from '../features/notifications';
import { afterLoad } from '../lib/after-load';
import { useAuth } from '../lib/auth';
import { homeProvince } from '../lib/regions';
import { useCan } from '../lib/use-can';

export function AppShell() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const can = useCan();
  const { pathname } = useLocation();
  // On narrow screens the navigation folds behind a menu button (CSS shows it always on wide screens).
  // The menu remembers the address it was opened on and closes when the page moves on from it. The
  // router applies a navigation in a transition: right after sign-in the header (and Menu) shows while
  // the home page is still loading, so a tap then came before the new pathname, which closed it again.
  // The browser's address is already the new one then: opened there, the menu survives that commit.
  const [menuOpenedAt, setMenuOpenedAt] = useState<string | null>(null);
  const menuOpen = menuOpenedAt !== null;
  useEffect(() => setMenuOpenedAt((openedAt) => (openedAt !== null && openedAt !== pathname ? null : openedAt)), [pathname]);
  // Lessons offline (issue 13): the learner's queued completions are sent, the followed modules' lessons kept.
  // After the first page has loaded (lib/after-load.ts): its queries and rendering come first.
  const client = useApolloClient();
  const userId = user?.id;
  useEffect(() => {
    if (!userId) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    const cancel = afterLoad(() => {
      // Destructured, so the bundler keeps only startLearningSync of the feature's index in this chunk: the
      // home and module pages' components stay in their routes' chunks (the JavaScript budget, issue 13).
      void import('../features/learning').then(({ startLearningSync }) => {
        if (!stopped) stop = startLearningSync(client, userId);
      });
    });
    return () => {
      stopped = true;
      cancel();
      stop?.();
    };
  }, [client, userId]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          {user ? (
            <button
              type="button"
              className="menu-toggle button button-secondary button-small"
              aria-expanded={menuOpen}
              aria-controls="main-nav-list"
              onClick={() => setMenuOpenedAt((openedAt) => (openedAt === null ? window.location.pathname : null))}
            >
              {t('nav.menu')}
            </button>
          ) : null}
          <nav aria-label={t('nav.label')} className={user && !menuOpen ? 'main-nav main-nav-collapsed' : 'main-nav'}>
            <ul id="main-nav-list">
              {user ? (
                <>
                  <li>
                    <NavLink to="/" end>
                      {t('nav.home')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/katalog">{t('nav.catalogue')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/jalur">{t('nav.paths')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/sertifikat">{t('nav.certificates')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/mentoring">{t('nav.mentoring')}</NavLink>
                  </li>
                  {can('authorContent') ? (
                    <li>
                      <NavLink to="/konten-saya">{t('nav.myContent')}</NavLink>
                    </li>
                  ) : null}
                  {can('reviewContent') ? (
                    <li>
                      <NavLink to="/tinjauan">{t('nav.review')}</NavLink>
                    </li>
                  ) : null}
                  <li>
                    <NavLink to="/profil">{t('nav.profile')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/spbe">{t('nav.spbe')}</NavLink>
                  </li>
                  {user.regionCode ? (
                    <li>
                      <NavLink to={`/spbe/wilayah/${user.regionCode}`}>{t('nav.spbeIndex')}</NavLink>
                    </li>
                  ) : null}
                  <li>
                    <NavLink to="/replikasi">{t('nav.replication')}</NavLink>
                  </li>
                  {can('coordinateRegions') ? (
                    <li>
                      <NavLink to={`/spbe/provinsi/${homeProvince(user)}`}>{t('nav.province')}</NavLink>
                    </li>
                  ) : null}
                  {can('coordinateRegions') ? (
                    <li>
                      <NavLink to="/koordinasi/peserta">{t('nav.coordination')}</NavLink>
                    </li>
                  ) : null}
                  {can('coordinateRegions') ? (
                    <li>
                      <NavLink to="/koordinasi/pindah-wilayah">{t('nav.regionMoves')}</NavLink>
                    </li>
                  ) : null}
                  {can('manageUsers') ? (
                    <li>
                      <NavLink to="/admin/pengguna">{t('nav.adminUsers')}</NavLink>
                    </li>
                  ) : null}
                  {can('manageMailOutbox') ? (
                    <li>
                      <NavLink to="/admin/email">{t('nav.adminMail')}</NavLink>
                    </li>
                  ) : null}
                  {can('viewAuditLog') ? (
                    <li>
                      <NavLink to="/admin/audit">{t('nav.adminAudit')}</NavLink>
                    </li>
                  ) : null}
                </>
              ) : (
                <>
                  <li>
                    <NavLink to="/masuk">{t('nav.login')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/daftar">{t('nav.register')}</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            {user ? (
              // Its own boundary: the bell's texts load on demand without holding up the shell; its room is
              // kept meanwhile, or the sign-out button moves to a second row when it arrives (layout shift).
              <Suspense fallback={<span className="notification-bell-placeholder" aria-hidden="true" />}>
                <NotificationBell />
              </Suspense>
            ) : null}
            {user ? (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  void logout().then(() => navigate('/'));
                }}
              >
                {t('nav.logout')}
              </button>
            ) : null}
          </div>
        </div>
      </header>
      <OfflineStatus />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.tagline')}</p>
      </footer>
    </>
  );
}
