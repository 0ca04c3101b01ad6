/**
 * The mentoring feature's public API: pairs, sessions, action items and feedback. The entity classes
 * below double as GraphQL types; other features may return them in their own types, never query them.
 */
export { type MentoringLoaderSet, MentoringLoaders } from './mentoring.loaders';
export { CalendarFeedLink, MentorLoad, MentorSuggestion, PairActivity, PairingBoard } from './mentoring.models';
export { MentoringModule } from './mentoring.module';
export { MenteeKind, MentoringPair, PairStatus } from './mentoring-pair.entity';
export { ActionItem, MentoringSession, SessionFeedback, SessionStatus } from './mentoring-session.entity';
