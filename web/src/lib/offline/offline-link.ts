import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { isNetworkFailure } from './offline-state';

/**
 * The queries whose last answer this device keeps (IndexedDB, offline-store.ts) to answer them when the
 * network fails: the signed-in user (offline, the app neither signs the learner out nor shows an error
 * page) and a module's lessons with the learner's progress (the lesson page's query). Nothing else:
 * mutations and other queries fail offline as before.
 */
export const OFFLINE_QUERIES: ReadonlySet<string> = new Set(['Me', 'LessonPlayer']);

const store = () => import('./offline-store');

export function offlineKey(operationName: string, variables: Record<string, unknown> | undefined): string {
  return `${operationName}:${JSON.stringify(variables ?? {})}`;
}

/**
 * Keeps the answers of OFFLINE_QUERIES and gives the kept one back when the request cannot reach the
 * server. An answer with errors is not kept; `Me` answered UNAUTHENTICATED (signed out, session ended)
 * forgets everything kept. The IndexedDB code loads only when a kept query runs (not in the first load).
 */
export const offlineLink = new ApolloLink((operation, forward) => {
  const name = operation.operationName;
  if (!name || !OFFLINE_QUERIES.has(name)) return forward(operation);
  const key = offlineKey(name, operation.variables);
  return new Observable<ApolloLink.Result>((observer) => {
    const subscription = forward(operation).subscribe({
      next(result) {
        if (result.data && !result.errors?.length) {
          void store()
            .then((offline) => offline.saveResult(key, result.data))
            .catch(() => undefined);
        } else if (name === 'Me' && result.errors?.some((item) => item.extensions?.code === 'UNAUTHENTICATED')) {
          void store()
            .then((offline) => offline.clearOfflineData())
            .catch(() => undefined);
        }
        observer.next(result);
      },
      error(error: unknown) {
        if (!isNetworkFailure(error)) {
          observer.error(error);
          return;
        }
        store()
          .then((offline) => offline.readResult(key))
          .then(
            (stored) => {
              if (!stored) {
                observer.error(error);
                return;
              }
              observer.next({ data: stored.data as ApolloLink.Result['data'] });
              observer.complete();
            },
            () => observer.error(error),
          );
      },
      complete() {
        observer.complete();
      },
    });
    return () => subscription.unsubscribe();
  });
});
