import { type ApolloClient, CombinedGraphQLErrors } from '@apollo/client';
import { isNetworkFailure } from '../../../lib/offline/offline-state';
import { queuedCompletions, refreshPending, removeCompletion } from '../../../lib/offline/offline-store';
import { LearnerHomeQuery } from '../api/home';
import { CompleteLessonMutation, LessonPlayerQuery } from '../api/operations';
import { writeProgress } from '../components/progress-cache';

/**
 * Sends the lesson completions queued on this device (made offline), oldest first. Completing a lesson is
 * idempotent on the server (one row per learner, module and lesson), so sending one again after a lost
 * answer is safe. Stops at the first network failure (the rest waits for the next `online`); an entry the
 * server refuses otherwise (the module was unpublished, the enrolment is gone) is dropped, as retrying cannot help.
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
      // No connection, or no session (the learner signs in again): the entry waits.
      if (isNetworkFailure(error) || isUnauthenticated(error)) return;
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
  for (const progress of data?.learnerHome.continueLearning ?? []) {
    await client.query({ query: LessonPlayerQuery, variables: { itemId: progress.itemId }, fetchPolicy: 'network-only' });
  }
}

let flushing: Promise<void> | undefined;

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
  return () => window.removeEventListener('online', flush);
}

function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED');
}
