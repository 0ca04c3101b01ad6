/**
 * What a notification is about. The server stores the kind and its parameters; the web renders the
 * text from them in the reader's language, and the server renders e-mails from the same kind.
 */
export enum NotificationKind {
  /** A revision waits for review (to mentors who may review it). params: title */
  REVISION_SUBMITTED = 'REVISION_SUBMITTED',
  /** A reviewer sent the author's revision back. params: title */
  REVISION_CHANGES_REQUESTED = 'REVISION_CHANGES_REQUESTED',
  /** A reviewer approved the author's revision, which publishes it. params: title */
  REVISION_PUBLISHED = 'REVISION_PUBLISHED',
  /** A mentoring pair was created (mentor, mentees, coordinators). params: mentorName */
  PAIR_CREATED = 'PAIR_CREATED',
  /** A mentoring pair was ended. params: mentorName */
  PAIR_ENDED = 'PAIR_ENDED',
  /** A session was booked. params: agenda, startsAt (ISO) */
  SESSION_SCHEDULED = 'SESSION_SCHEDULED',
  /** A session was moved. params: agenda, startsAt (ISO) */
  SESSION_RESCHEDULED = 'SESSION_RESCHEDULED',
  /** A session was cancelled. params: agenda, startsAt (ISO) */
  SESSION_CANCELLED = 'SESSION_CANCELLED',
  /** A session starts in 24 hours. params: agenda, startsAt (ISO) */
  SESSION_REMINDER_24H = 'SESSION_REMINDER_24H',
  /** A session starts in an hour. params: agenda, startsAt (ISO) */
  SESSION_REMINDER_1H = 'SESSION_REMINDER_1H',
  /** A session's outcome was recorded. params: agenda */
  SESSION_OUTCOME_RECORDED = 'SESSION_OUTCOME_RECORDED',
  /** An action item was given to the recipient. params: title, dueOn (ISO day) */
  ACTION_ITEM_ASSIGNED = 'ACTION_ITEM_ASSIGNED',
  /** An action item of the recipient is due tomorrow. params: title, dueOn */
  ACTION_ITEM_DUE_TOMORROW = 'ACTION_ITEM_DUE_TOMORROW',
  /** An action item of the recipient is overdue. params: title, dueOn */
  ACTION_ITEM_OVERDUE = 'ACTION_ITEM_OVERDUE',
  /** A mentee left feedback on a session (to the mentor). params: agenda */
  FEEDBACK_RECEIVED = 'FEEDBACK_RECEIVED',
  /** A region's self-assessment was finalised (the region's team). params: regionName, year */
  ASSESSMENT_FINALISED = 'ASSESSMENT_FINALISED',
  /** A region's self-assessment was reopened (the region's team). params: regionName, year */
  ASSESSMENT_REOPENED = 'ASSESSMENT_REOPENED',
  /** Evidence of a region's assessment got a verdict (the region's team). params: regionName, indicator, verdict */
  EVIDENCE_VERDICT = 'EVIDENCE_VERDICT',
  /** A certificate was issued to the learner. params: title */
  CERTIFICATE_ISSUED = 'CERTIFICATE_ISSUED',
  /** A role was granted to the user. params: role */
  ROLE_GRANTED = 'ROLE_GRANTED',
  /** A learner asked a question under a lesson or playbook step (to mentors). params: title */
  QUESTION_ASKED = 'QUESTION_ASKED',
  /** Someone answered the recipient's question. params: title */
  QUESTION_ANSWERED = 'QUESTION_ANSWERED',
  /** A user asks to move into a region (to its coordinators). params: userName, fromRegionName, toRegionName */
  REGION_MOVE_REQUESTED = 'REGION_MOVE_REQUESTED',
  /** The user's move was approved. params: fromRegionName, toRegionName */
  REGION_MOVE_APPROVED = 'REGION_MOVE_APPROVED',
  /** The user's move was rejected. params: toRegionName, reason */
  REGION_MOVE_REJECTED = 'REGION_MOVE_REJECTED',
}

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** How a user wants e-mail for a kind. In-app notifications always happen. */
export enum EmailDelivery {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}

export const EMAIL_DELIVERIES: readonly EmailDelivery[] = Object.values(EmailDelivery);

/** Without a stored preference every kind is e-mailed at once. */
export const DEFAULT_EMAIL_DELIVERY = EmailDelivery.IMMEDIATE;

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
