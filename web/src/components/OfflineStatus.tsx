import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { offlineState } from '../lib/offline/offline-state';
import { useFormat } from '../lib/use-format';

/**
 * The shell's status region (aria-live): offline or not, how many lesson completions wait on this device
 * to be sent, when the lessons kept on this device were last synced, and a new version of the app waiting
 * for the next page change (applied then, never on a quiz page). Empty while online with nothing to say.
 */
export function OfflineStatus() {
  const { t } = useTranslation();
  const format = useFormat();
  const { pathname } = useLocation();
  const { online, pending, lastSyncedAt, updateReady } = useSyncExternalStore(offlineState.subscribe, offlineState.get, offlineState.get);

  useEffect(() => {
    if (!offlineState.get().updateReady) return;
    void import('../lib/offline/register-service-worker').then((worker) => worker.applyUpdateOnNavigation(pathname));
  }, [pathname]);

  const lines: string[] = [];
  if (!online) lines.push(t('offline.offline'));
  if (pending.length > 0) lines.push(t(online ? 'offline.pendingSending' : 'offline.pending', { count: pending.length }));
  if ((!online || pending.length > 0) && lastSyncedAt !== null) {
    lines.push(t('offline.lastSynced', { time: format.dateTime(new Date(lastSyncedAt)) }));
  }
  if (updateReady) lines.push(t('offline.updateReady'));

  return (
    <div role="status" aria-live="polite" className={lines.length > 0 ? 'offline-status' : 'offline-status offline-status-empty'}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
