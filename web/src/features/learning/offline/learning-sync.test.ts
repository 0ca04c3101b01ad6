import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { QueuedCompletion } from '../../../lib/offline/offline-store';
import { flushCompletions } from './learning-sync';

// jsdom has no IndexedDB: the queue is an in-memory stand-in with offline-store's interface (the real one runs in
// the browser test, e2e/offline-lessons.e2e.test.ts).
const queue: QueuedCompletion[] = [];
jest.mock('../../../lib/offline/offline-store', () => ({
  queuedCompletions: async (userId: string) => queue.filter((entry) => entry.userId === userId),
  removeCompletion: async (entry: QueuedCompletion) => {
    queue.splice(queue.indexOf(entry), 1);
  },
  refreshPending: async () => undefined,
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
