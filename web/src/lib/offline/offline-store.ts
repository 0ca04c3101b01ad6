/**
 * This device's copy of what the learner may need offline, in IndexedDB (idb): the last answers of the
 * GraphQL queries offline-link.ts keeps (the signed-in user, the lessons of a module) and the lesson
 * completions made offline, waiting to be sent. Loaded on demand (dynamic import), never with the first page.
 * Everything is forgotten at sign-out or when the server ends the session (clearOfflineData).
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { offlineState, type PendingCompletion } from './offline-state';

export interface QueuedCompletion extends PendingCompletion {
  /** `${userId}:${itemId}:${lessonKey}`: the same lesson queued twice is one entry. */
  id: string;
  userId: string;
  queuedAt: number;
}

interface StoredResult {
  key: string;
  data: unknown;
  savedAt: number;
}

interface OfflineDb extends DBSchema {
  results: { key: string; value: StoredResult };
  completions: { key: string; value: QueuedCompletion; indexes: { byUser: string } };
}

const DB_NAME = 'living-lab-offline';
let opened: Promise<IDBPDatabase<OfflineDb>> | undefined;

function db(): Promise<IDBPDatabase<OfflineDb>> {
  opened ??= openDB<OfflineDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('results', { keyPath: 'key' });
      database.createObjectStore('completions', { keyPath: 'id' }).createIndex('byUser', 'userId');
    },
  });
  return opened;
}

export async function saveResult(key: string, data: unknown, savedAt = Date.now()): Promise<void> {
  await (await db()).put('results', { key, data, savedAt });
  offlineState.synced(savedAt);
}

export async function readResult(key: string): Promise<StoredResult | undefined> {
  const stored = await (await db()).get('results', key);
  if (stored) offlineState.synced(stored.savedAt);
  return stored;
}

export async function queueCompletion(userId: string, itemId: string, lessonKey: string): Promise<void> {
  await (await db()).put('completions', { id: `${userId}:${itemId}:${lessonKey}`, userId, itemId, lessonKey, queuedAt: Date.now() });
  await refreshPending(userId);
}

export async function queuedCompletions(userId: string): Promise<QueuedCompletion[]> {
  const all = await (await db()).getAllFromIndex('completions', 'byUser', userId);
  return all.sort((a, b) => a.queuedAt - b.queuedAt);
}

export async function removeCompletion(entry: QueuedCompletion): Promise<void> {
  await (await db()).delete('completions', entry.id);
  await refreshPending(entry.userId);
}

/** The status region's list of pending completions, from the queue. */
export async function refreshPending(userId: string): Promise<void> {
  offlineState.setPending((await queuedCompletions(userId)).map(({ itemId, lessonKey }) => ({ itemId, lessonKey })));
}

/**
 * Sign-out, or a session the server ended: the kept answers are forgotten (someone else may use the device).
 * Queued completions stay, each under its user, and are sent the next time that user signs in.
 */
export async function clearOfflineData(): Promise<void> {
  await (await db()).clear('results');
  offlineState.reset();
}
