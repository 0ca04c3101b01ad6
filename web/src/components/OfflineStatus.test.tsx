import { act, screen } from '@testing-library/react';
import { offlineState } from '../lib/offline/offline-state';
import { renderWithProviders, testUser } from '../test/render';
import { OfflineStatus } from './OfflineStatus';

afterEach(() => act(() => offlineState.reset()));

describe('OfflineStatus', () => {
  it('is an empty live region while online with nothing pending', () => {
    renderWithProviders(<OfflineStatus />, { user: testUser() });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');
  });

  it('says offline, what is pending and when it was last synced, and a waiting new version', () => {
    renderWithProviders(<OfflineStatus />, { user: testUser() });
    act(() => {
      offlineState.setOnline(false);
      offlineState.setPending([{ itemId: 'm1', lessonKey: 'l1' }]);
      offlineState.synced(Date.parse('2026-12-02T03:04:00Z'));
      offlineState.setUpdateReady(true);
    });
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('Anda sedang offline');
    expect(region).toHaveTextContent('1 pelajaran selesai disimpan di perangkat ini dan menunggu dikirim');
    expect(region).toHaveTextContent('Terakhir disinkronkan dengan server');
    expect(region).toHaveTextContent('Versi baru Living Lab sudah siap');
  });

  it('keeps the newest sync time: an older copy read from the device does not move it back', () => {
    offlineState.synced(2000);
    offlineState.synced(1000);
    expect(offlineState.get().lastSyncedAt).toBe(2000);
  });
});
