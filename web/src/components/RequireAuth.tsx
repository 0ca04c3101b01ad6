import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../lib/auth';
import { ErrorState, LoadingState } from './States';

/** Pages for signed-in users: others are sent to the login page, which brings them back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, reload } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <LoadingState />;
  if (status === 'error') return <ErrorState error={null} onRetry={() => void reload()} />;
  if (status === 'signedOut') return <Navigate to="/masuk" replace state={{ from: location }} />;
  return <>{children}</>;
}
