/** What other features may use from discussions: the thread under a lesson, and a step's disclosure. */
export { DiscussionDisclosure } from './components/DiscussionDisclosure';
export { DiscussionThread } from './components/DiscussionThread';
