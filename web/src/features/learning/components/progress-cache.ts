import type { ApolloCache } from '@apollo/client';
import type { ModuleProgressFieldsFragment } from '../../../gql/graphql';
import { ModuleProgressStateQuery } from '../api/operations';

/** Stores the progress the server returned (after enrolling, completing a lesson or a quiz) under moduleProgress(itemId). */
export function writeProgress(cache: ApolloCache, progress: ModuleProgressFieldsFragment | undefined | null): void {
  if (!progress) return;
  cache.writeQuery({ query: ModuleProgressStateQuery, variables: { itemId: progress.itemId }, data: { moduleProgress: progress } });
}
