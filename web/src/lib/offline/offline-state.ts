/**
 * What the status region says (components/OfflineStatus.tsx): whether the browser is online, which lesson
 * completions wait on this device to be sent, when data was last synced with the server, and whether a
 * new version of the app waits to be applied. Small on purpose: it is part of the first load; IndexedDB
 * and the service worker live in modules loaded later (offline-store.ts, register-service-worker.ts).
 */
export interface PendingCompletion {
  itemId: string;
  lessonKey: string;
}

export interface OfflineSnapshot {
  online: boolean;
  pending: readonly PendingCompletion[];
  /** Milliseconds since the epoch of the newest data received from the server and kept on this device. */
  lastSyncedAt: number | null;
  updateReady: boolean;
}

let snapshot: OfflineSnapshot = {
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  pending: [],
  lastSyncedAt: null,
  updateReady: false,
};
const listeners = new Set<() => void>();

function set(change: Partial<OfflineSnapshot>): void {
  snapshot = { ...snapshot, ...change };
  for (const listener of listeners) listener();
}

export const offlineState = {
  get: (): OfflineSnapshot => snapshot,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setOnline: (online: boolean) => set({ online }),
  setPending: (pending: readonly PendingCompletion[]) => set({ pending }),
  /** Keeps the newest time: an older copy read from the device does not move it back. */
  synced(at: number): void {
    if (snapshot.lastSyncedAt === null || at > snapshot.lastSyncedAt) set({ lastSyncedAt: at });
  },
  setUpdateReady: (updateReady: boolean) => set({ updateReady }),
  /** Back to the start (tests; sign-out). */
  reset(): void {
    set({ pending: [], lastSyncedAt: null, updateReady: false, online: typeof navigator === 'undefined' ? true : navigator.onLine });
  },
};

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => offlineState.setOnline(true));
  window.addEventListener('offline', () => offlineState.setOnline(false));
}

/** A request that never reached the server (no connection), as opposed to an answer with errors. */
export function isNetworkFailure(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return true;
  return error instanceof TypeError || (error instanceof Error && error.name === 'TypeError');
}
