import { type ReactNode, useDeferredValue, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../lib/auth';
import { offlineState } from '../lib/offline/offline-state';
import { PageHeading } from './PageHeading';
import { ErrorState, LoadingState } from './States';

/** Pages for signed-in users: others are sent to the login page, which brings them back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status: currentStatus, reload } = useAuth();
  // Deferred: when `me` answers, the page renders in the background and replaces the loading state once
  // its chunk and texts are there. Shown at once, a page still loading would put up the route's Suspense
  // fallback, and React holds back the content that follows a fallback by up to 300 ms (issue 13, LCP).
  const status = useDeferredValue(currentStatus);
  const location = useLocation();
  const { online } = useSyncExternalStore(offlineState.subscribe, offlineState.get, offlineState.get);
  if (status === 'loading') return <LoadingState />;
  // Without a connection and nobody signed in on this device: say so plainly, under the page's h1.
  if (status === 'error' && !online) return <OfflinePage onRetry={() => void reload()} />;
  if (status === 'error') return <ErrorState error={null} onRetry={() => void reload()} />;
  if (status === 'signedOut') return <Navigate to="/masuk" replace state={{ from: location }} />;
  return <>{children}</>;
}

function OfflinePage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="offline-page">
      <PageHeading>{t('offline.pageTitle')}</PageHeading>
      <p>{t('offline.pageBody')}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </section>
  );
}
