import { AssessmentsErrorReason } from './assessments.errors';
import { AuditErrorReason } from './audit.errors';
import { AuthErrorReason } from './auth.errors';
import { CommonErrorReason } from './common.errors';
import { ContentErrorReason } from './content.errors';
import { DiscussionsErrorReason } from './discussions.errors';
import { LearningErrorReason } from './learning.errors';
import { MailErrorReason } from './mail.errors';
import { MentoringErrorReason } from './mentoring.errors';
import { NotificationsErrorReason } from './notifications.errors';
import { RegionMembershipErrorReason } from './region-membership.errors';
import { RegionsErrorReason } from './regions.errors';
import { ReplicationErrorReason } from './replication.errors';
import { SpbeErrorReason } from './spbe.errors';
import { UsersErrorReason } from './users.errors';

export {
  AssessmentsErrorReason,
  AuditErrorReason,
  AuthErrorReason,
  CommonErrorReason,
  ContentErrorReason,
  DiscussionsErrorReason,
  LearningErrorReason,
  MailErrorReason,
  MentoringErrorReason,
  NotificationsErrorReason,
  RegionMembershipErrorReason,
  RegionsErrorReason,
  ReplicationErrorReason,
  SpbeErrorReason,
  UsersErrorReason,
};

/** Every reason the server may send in `extensions.reason`. */
export type ErrorReason =
  | AssessmentsErrorReason
  | AuditErrorReason
  | AuthErrorReason
  | CommonErrorReason
  | ContentErrorReason
  | DiscussionsErrorReason
  | LearningErrorReason
  | MailErrorReason
  | MentoringErrorReason
  | NotificationsErrorReason
  | RegionMembershipErrorReason
  | RegionsErrorReason
  | ReplicationErrorReason
  | SpbeErrorReason
  | UsersErrorReason;

/** The reasons of each feature, for the web's translations and the test that every one has a text. */
export const ERROR_REASONS_BY_FEATURE = {
  assessments: AssessmentsErrorReason,
  audit: AuditErrorReason,
  auth: AuthErrorReason,
  common: CommonErrorReason,
  content: ContentErrorReason,
  discussions: DiscussionsErrorReason,
  learning: LearningErrorReason,
  mail: MailErrorReason,
  mentoring: MentoringErrorReason,
  notifications: NotificationsErrorReason,
  membership: RegionMembershipErrorReason,
  regions: RegionsErrorReason,
  replication: ReplicationErrorReason,
  spbe: SpbeErrorReason,
  users: UsersErrorReason,
} as const;

export const ERROR_REASONS: readonly ErrorReason[] = [
  ...new Set(Object.values(ERROR_REASONS_BY_FEATURE).flatMap((reasons) => Object.values(reasons) as ErrorReason[])),
];

/** Parameters that go with a reason (e.g. `minutes`, `capacity`): numbers and plain strings only. */
export type ErrorParams = Record<string, string | number>;
