import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, type ReactElement } from 'react';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { UnreadNotificationCountQuery } from '../features/notifications';
import { renderWithProviders, testUser } from '../test/render';
import { AppShell } from './AppShell';

/** A page that moves on to the home page, as the login page does after sign-in. */
function SignedIn() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => navigate('/', { replace: true })}>
      Lanjut
    </button>
  );
}

function renderShell(user: ReturnType<typeof testUser> | null) {
  return renderWithProviders(
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<h1>Isi</h1>} />
      </Route>
    </Routes>,
    // The bell asks for the unread count of a signed-in user.
    { user, mocks: user ? [{ request: { query: UnreadNotificationCountQuery }, result: { data: { myUnreadNotificationCount: 2 } } }] : [] },
  );
}

const nav = () => screen.getByRole('navigation', { name: 'Navigasi utama' });

describe('AppShell navigation', () => {
  it('shows the notification bell with the unread count to a signed-in user only', async () => {
    renderShell(testUser());
    expect(await screen.findByRole('link', { name: 'Pemberitahuan, 2 belum dibaca' })).toHaveAttribute('href', '/pemberitahuan');
  });

  it('shows Masuk and Daftar when signed out', () => {
    renderShell(null);
    expect(within(nav()).getByRole('link', { name: 'Masuk' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: 'Daftar' })).toBeInTheDocument();
    expect(within(nav()).queryByRole('link', { name: 'Profil' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Keluar' })).not.toBeInTheDocument();
  });

  it('hides Kelola Pengguna from a learner', () => {
    renderShell(testUser({ roles: ['LEARNER', 'MENTOR'] }));
    expect(within(nav()).getByRole('link', { name: 'Beranda' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: 'Profil' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: 'Katalog SPBE' })).toBeInTheDocument();
    expect(within(nav()).queryByRole('link', { name: 'Kelola Pengguna' })).not.toBeInTheDocument();
    expect(within(nav()).queryByRole('link', { name: 'Masuk' })).not.toBeInTheDocument();
  });

  it('shows Kelola Pengguna to an admin', () => {
    renderShell(testUser({ roles: ['LEARNER', 'ADMIN'] }));
    expect(within(nav()).getByRole('link', { name: 'Kelola Pengguna' })).toHaveAttribute('href', '/admin/pengguna');
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeInTheDocument();
  });

  it('shows Katalog to every signed-in user, but not Konten Saya or Tinjauan to a learner', () => {
    renderShell(testUser({ roles: ['LEARNER'] }));
    expect(within(nav()).getByRole('link', { name: 'Katalog' })).toHaveAttribute('href', '/katalog');
    expect(within(nav()).queryByRole('link', { name: 'Konten Saya' })).not.toBeInTheDocument();
    expect(within(nav()).queryByRole('link', { name: 'Tinjauan' })).not.toBeInTheDocument();
  });

  it('shows Konten Saya and Tinjauan to a mentor', () => {
    renderShell(testUser({ roles: ['LEARNER', 'MENTOR'] }));
    expect(within(nav()).getByRole('link', { name: 'Konten Saya' })).toHaveAttribute('href', '/konten-saya');
    expect(within(nav()).getByRole('link', { name: 'Tinjauan' })).toHaveAttribute('href', '/tinjauan');
  });

  it('shows Tinjauan but not Konten Saya to an admin', () => {
    renderShell(testUser({ roles: ['LEARNER', 'ADMIN'] }));
    expect(within(nav()).getByRole('link', { name: 'Tinjauan' })).toHaveAttribute('href', '/tinjauan');
    expect(within(nav()).queryByRole('link', { name: 'Konten Saya' })).not.toBeInTheDocument();
  });

  it('shows Jalur Belajar and Sertifikat to every signed-in user, Koordinasi only to coordinators and admins', () => {
    renderShell(testUser({ roles: ['LEARNER'] }));
    expect(within(nav()).getByRole('link', { name: 'Jalur Belajar' })).toHaveAttribute('href', '/jalur');
    expect(within(nav()).getByRole('link', { name: 'Sertifikat' })).toHaveAttribute('href', '/sertifikat');
    expect(within(nav()).queryByRole('link', { name: 'Koordinasi' })).not.toBeInTheDocument();
  });

  it.each([['COORDINATOR'], ['ADMIN']])('shows Koordinasi to a %s', (role) => {
    renderShell(testUser({ roles: ['LEARNER', role as never] }));
    expect(within(nav()).getByRole('link', { name: 'Koordinasi' })).toHaveAttribute('href', '/koordinasi/peserta');
  });

  it('folds the navigation behind a Menu button with aria-expanded', async () => {
    renderShell(testUser({ roles: ['LEARNER'] }));
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('aria-controls', 'main-nav-list');
    expect(nav()).toHaveClass('main-nav-collapsed');
    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(nav()).not.toHaveClass('main-nav-collapsed');
  });

  it('keeps the Menu open when tapped while the next page is still loading (right after sign-in)', async () => {
    // The router applies navigations in a transition: the old page stays while the new one loads.
    let showHome: (module: { default: () => ReactElement }) => void = () => undefined;
    const Home = lazy(() => new Promise<{ default: () => ReactElement }>((resolve) => (showHome = resolve)));
    renderWithProviders(
      <Routes>
        <Route element={<AppShell />}>
          <Route index element={<Home />} />
          <Route path="masuk" element={<SignedIn />} />
        </Route>
      </Routes>,
      {
        user: testUser({ roles: ['LEARNER'] }),
        route: '/masuk',
        mocks: [{ request: { query: UnreadNotificationCountQuery }, result: { data: { myUnreadNotificationCount: 0 } } }],
      },
    );
    window.history.replaceState(null, '', '/');
    await userEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    const menu = screen.getByRole('button', { name: 'Menu' });
    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await act(async () => showHome({ default: () => <h1>Beranda saya</h1> }));
    expect(await screen.findByRole('heading', { name: 'Beranda saya' })).toBeInTheDocument();
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(nav()).not.toHaveClass('main-nav-collapsed');
  });

  it('shows Mentoring to every signed-in user and not when signed out', () => {
    renderShell(testUser({ roles: ['LEARNER'] }));
    expect(within(nav()).getByRole('link', { name: 'Mentoring' })).toHaveAttribute('href', '/mentoring');
  });

  it('shows no Mentoring link when signed out', () => {
    renderShell(null);
    expect(within(nav()).queryByRole('link', { name: 'Mentoring' })).not.toBeInTheDocument();
  });

  it('shows no Katalog link when signed out', () => {
    renderShell(null);
    expect(within(nav()).queryByRole('link', { name: 'Katalog' })).not.toBeInTheDocument();
  });

  it('switches the language, stores it and sets <html lang>', async () => {
    renderShell(null);
    await userEvent.selectOptions(screen.getByLabelText('Bahasa'), 'English');
    const englishNav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(englishNav).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('livinglab.language')).toBe('en');
    expect(screen.getByLabelText('Language')).toHaveValue('en');
  });

  it('has a skip link to the main content', () => {
    renderShell(null);
    expect(screen.getByRole('link', { name: 'Langsung ke konten utama' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });
});
