import { DiscussionThreadQuery } from './api/operations';
import { QUESTIONS_PER_PAGE } from './components/DiscussionThread';

/** An empty thread under a lesson or step, for tests of pages that show one (the lesson player). */
export function emptyThreadMock(itemId: string, targetKey: string) {
  return {
    request: { query: DiscussionThreadQuery, variables: { itemId, targetKey, offset: 0, limit: QUESTIONS_PER_PAGE } },
    result: { data: { discussionThread: { __typename: 'DiscussionThreadPage', totalCount: 0, viewerMayAccept: false, items: [] } } },
    maxUsageCount: 10,
  };
}
