import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../components/RequireAuth';
import { AppShell } from './AppShell';

const HomePage = lazy(() => import('../features/home/routes/HomePage'));
const LoginPage = lazy(() => import('../features/auth/routes/LoginPage'));
const RegisterPage = lazy(() => import('../features/auth/routes/RegisterPage'));
const ProfilePage = lazy(() => import('../features/profile/routes/ProfilePage'));
const SpbeCataloguePage = lazy(() => import('../features/spbe/routes/SpbeCataloguePage'));
const AdminUsersPage = lazy(() => import('../features/admin/routes/AdminUsersPage'));
const NotFoundPage = lazy(() => import('../features/not-found/routes/NotFoundPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<HomePage />} />
        <Route path="masuk" element={<LoginPage />} />
        <Route path="daftar" element={<RegisterPage />} />
        <Route
          path="profil"
          element={
            <RequireAuth>
              <ProfilePage />
            </RequireAuth>
          }
        />
        <Route
          path="spbe"
          element={
            <RequireAuth>
              <SpbeCataloguePage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/pengguna"
          element={
            <RequireAuth>
              <AdminUsersPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
