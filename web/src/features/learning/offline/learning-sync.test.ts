import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { offlineState } from '../../../lib/offline/offline-state';
import type { QueuedCompletion } from '../../../lib/offline/offline-store';
import { flushCompletions, RETRY_INTERVAL_MS, startLearningSync } from './learning-sync';

// jsdom has no IndexedDB: the queue is an in-memory stand-in with offline-store's interface (the real one runs in
// the browser test, e2e/offline-lessons.e2e.test.ts), and as there, the status region's pending list follows it.
const queue: QueuedCompletion[] = [];
const refreshPending = async (userId: string) =>
  offlineState.setPending(queue.filter((entry) => entry.userId === userId).map(({ itemId, lessonKey }) => ({ itemId, lessonKey })));
jest.mock('../../../lib/offline/offline-store', () => ({
  queuedCompletions: async (userId: string) => queue.filter((entry) => entry.userId === userId),
  removeCompletion: async (entry: QueuedCompletion) => {
    queue.splice(queue.indexOf(entry), 1);
    await refreshPending(entry.userId);
  },
  refreshPending: (userId: string) => refreshPending(userId),
}));

const entry = (lessonKey: string): QueuedCompletion => ({
  id: `user-1:item-1:${lessonKey}`,
  userId: 'user-1',
  itemId: 'item-1',
  lessonKey,
  queuedAt: queue.length,
});
const refusal = (code: string) => new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code } }] });
const serverError = (status: number) => new ServerError(`status ${status}`, { response: { status } as Response, bodyText: '' });

function flushWith(...outcomes: unknown[]) {
  const mutate = jest.fn();
  for (const outcome of outcomes) {
    if (outcome instanceof Error) mutate.mockRejectedValueOnce(outcome);
    else mutate.mockResolvedValueOnce({ data: { completeLesson: null } });
  }
  return { mutate, done: flushCompletions({ mutate } as never, 'user-1') };
}

describe('flushCompletions', () => {
  beforeEach(() => {
    queue.length = 0;
    queue.push(entry('lesson-1'), entry('lesson-2'));
  });

  it('sends every queued completion and empties the queue', async () => {
    const { mutate, done } = flushWith('ok', 'ok');
    await done;
    expect(mutate.mock.calls.map(([options]) => options.variables)).toEqual([
      { itemId: 'item-1', lessonKey: 'lesson-1' },
      { itemId: 'item-1', lessonKey: 'lesson-2' },
    ]);
    expect(queue).toEqual([]);
  });

  it('drops an entry the server refuses and goes on with the next', async () => {
    const { done } = flushWith(refusal('NOT_FOUND'), 'ok');
    await done;
    expect(queue).toEqual([]);
  });

  it.each([
    ['no connection', new TypeError('Failed to fetch')],
    ['a server restarting (503)', serverError(503)],
    ['an ended session', refusal('UNAUTHENTICATED')],
    ['an internal error', refusal('INTERNAL_SERVER_ERROR')],
  ])('keeps the entry and the rest after %s', async (_case, failure) => {
    const { mutate, done } = flushWith(failure);
    await done;
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(queue.map((item) => item.lessonKey)).toEqual(['lesson-1', 'lesson-2']);
  });
});

describe('startLearningSync', () => {
  let online = true;
  let stop: (() => void) | undefined;

  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    online = true;
    queue.length = 0;
    offlineState.reset();
  });

  afterEach(() => {
    stop?.();
    stop = undefined;
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  /** A client whose completions fail with each given outcome in turn, then succeed; no modules followed. */
  function clientWith(...failures: Error[]) {
    const mutate = jest.fn();
    for (const failure of failures) mutate.mockRejectedValueOnce(failure);
    mutate.mockResolvedValue({ data: { completeLesson: null } });
    const query = jest.fn().mockResolvedValue({ data: { learnerHome: { continueLearning: [] } } });
    return { mutate, query };
  }

  it('sends what is left in the queue again every 60 s while online', async () => {
    expect(RETRY_INTERVAL_MS).toBe(60_000);
    queue.push(entry('lesson-1'));
    const client = clientWith(serverError(503), serverError(503));
    stop = startLearningSync(client as never, 'user-1');
    await jest.advanceTimersByTimeAsync(0);
    // At start: sent once, the server could not take it, it waits.
    expect(client.mutate).toHaveBeenCalledTimes(1);
    expect(offlineState.get().pending).toEqual([{ itemId: 'item-1', lessonKey: 'lesson-1' }]);

    await jest.advanceTimersByTimeAsync(RETRY_INTERVAL_MS - 1);
    expect(client.mutate).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(client.mutate).toHaveBeenCalledTimes(2);
    expect(queue).toHaveLength(1);

    await jest.advanceTimersByTimeAsync(RETRY_INTERVAL_MS);
    expect(client.mutate).toHaveBeenCalledTimes(3);
    expect(queue).toEqual([]);
    expect(offlineState.get().pending).toEqual([]);

    // Nothing left: the next intervals send nothing.
    await jest.advanceTimersByTimeAsync(3 * RETRY_INTERVAL_MS);
    expect(client.mutate).toHaveBeenCalledTimes(3);
  });

  it('does not retry while offline, and sends when the connection returns', async () => {
    queue.push(entry('lesson-1'));
    online = false;
    const client = clientWith();
    stop = startLearningSync(client as never, 'user-1');
    await jest.advanceTimersByTimeAsync(2 * RETRY_INTERVAL_MS);
    expect(client.mutate).not.toHaveBeenCalled();
    expect(offlineState.get().pending).toHaveLength(1);

    online = true;
    window.dispatchEvent(new Event('online'));
    await jest.advanceTimersByTimeAsync(0);
    expect(client.mutate).toHaveBeenCalledTimes(1);
    expect(queue).toEqual([]);
  });

  it('stops retrying once stopped (sign-out)', async () => {
    queue.push(entry('lesson-1'));
    const client = clientWith(serverError(503));
    stop = startLearningSync(client as never, 'user-1');
    await jest.advanceTimersByTimeAsync(0);
    expect(client.mutate).toHaveBeenCalledTimes(1);
    stop();
    await jest.advanceTimersByTimeAsync(2 * RETRY_INTERVAL_MS);
    expect(client.mutate).toHaveBeenCalledTimes(1);
    expect(queue).toHaveLength(1);
  });
});
