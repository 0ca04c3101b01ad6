import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LoadingState } from '../components/States';
import { useAuth } from '../lib/auth';

export function AppShell() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const isAdmin = user?.roles.includes('ADMIN') ?? false;
  const isMentor = user?.roles.includes('MENTOR') ?? false;

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
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
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
                  {isMentor ? (
                    <li>
                      <NavLink to="/konten-saya">{t('nav.myContent')}</NavLink>
                    </li>
                  ) : null}
                  {isMentor || isAdmin ? (
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
                  {isAdmin ? (
                    <li>
                      <NavLink to="/admin/pengguna">{t('nav.adminUsers')}</NavLink>
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
