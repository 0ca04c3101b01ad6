import { type ApolloClient, CombinedGraphQLErrors } from '@apollo/client';
import { isNetworkFailure, offlineState } from '../../../lib/offline/offline-state';
import { queuedCompletions, refreshPending, removeCompletion } from '../../../lib/offline/offline-store';
import { LearnerHomeQuery } from '../api/home';
import { CompleteLessonMutation, LessonPlayerQuery } from '../api/operations';
import { writeProgress } from '../components/progress-cache';

/**
 * Sends the lesson completions queued on this device (made offline), oldest first. Completing a lesson is
 * idempotent on the server (one row per learner, module and lesson), so sending one again after a lost
 * answer is safe. An entry the server refuses (REFUSED_CODES: the module was unpublished, the enrolment is gone)
 * is dropped, as retrying cannot help. Any other failure (no connection, no session, the server restarting
 * or overloaded: a 5xx, a rate limit) stops here and keeps the entry and the rest for the next try.
 */
export async function flushCompletions(client: ApolloClient, userId: string): Promise<void> {
  for (const entry of await queuedCompletions(userId)) {
    try {
      await client.mutate({
        mutation: CompleteLessonMutation,
        variables: { itemId: entry.itemId, lessonKey: entry.lessonKey },
        update: (cache, { data }) => writeProgress(cache, data?.completeLesson),
      });
    } catch (error) {
      // No connection, no session (the learner signs in again), a server that cannot answer now: the entry waits.
      if (isNetworkFailure(error) || !isRefused(error)) return;
    }
    await removeCompletion(entry);
  }
}

/**
 * Online, the lessons of the modules the learner is following are fetched once, so that they are on this
 * device (the lesson page's query, kept by lib/offline/offline-link.ts) before the connection drops.
 */
export async function keepEnrolledLessons(client: ApolloClient): Promise<void> {
  const { data } = await client.query({ query: LearnerHomeQuery });
  for (const progress of data?.learnerHome.continueLearning ?? []) await keepModuleLessons(client, progress.itemId);
}

/** One module's lessons fetched from the server, so this device keeps them (EnrolButton does the same after enrolling). */
export async function keepModuleLessons(client: ApolloClient, itemId: string): Promise<void> {
  await client.query({ query: LessonPlayerQuery, variables: { itemId }, fetchPolicy: 'network-only' });
}

let flushing: Promise<void> | undefined;

export const RETRY_INTERVAL_MS = 60_000;

/** From sign-in to sign-out: the queue is sent now and whenever the connection returns. Returns the stop. */
export function startLearningSync(client: ApolloClient, userId: string): () => void {
  const flush = () => {
    if (!navigator.onLine || flushing) return;
    flushing = flushCompletions(client, userId)
      .catch(() => undefined)
      .finally(() => {
        flushing = undefined;
      });
  };
  void refreshPending(userId).then(flush, () => undefined);
  if (navigator.onLine) void keepEnrolledLessons(client).catch(() => undefined);
  window.addEventListener('online', flush);
  // Online with entries left (the server could not take them when the connection returned): try again now and then.
  const retry = window.setInterval(() => {
    if (offlineState.get().pending.length > 0) flush();
  }, RETRY_INTERVAL_MS);
  return () => {
    window.removeEventListener('online', flush);
    window.clearInterval(retry);
  };
}

/** The server's final "no" to this completion (typed errors): sending it again would get the same answer. */
const REFUSED_CODES: ReadonlySet<unknown> = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

function isRefused(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.length > 0 && error.errors.every((item) => REFUSED_CODES.has(item.extensions?.code))
  );
}
