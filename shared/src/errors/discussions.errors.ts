/** Questions and answers under lessons and playbook steps. */
export enum DiscussionsErrorReason {
  /** The content does not exist or the user may not see it (NOT_FOUND). */
  DISCUSSION_CONTENT_NOT_FOUND = 'DISCUSSION_CONTENT_NOT_FOUND',
  /** The key is not a lesson or step of the content's published revision (BAD_USER_INPUT, field targetKey). */
  UNKNOWN_LESSON_OR_STEP = 'UNKNOWN_LESSON_OR_STEP',
  QUESTION_NOT_FOUND = 'QUESTION_NOT_FOUND',
  ANSWER_NOT_FOUND = 'ANSWER_NOT_FOUND',
  /** A hidden question takes no answers; a hidden answer cannot be accepted (BAD_USER_INPUT). */
  POST_HIDDEN = 'POST_HIDDEN',
  /** Only the content's author (or an admin) accepts answers (FORBIDDEN). */
  NOT_CONTENT_AUTHOR = 'NOT_CONTENT_AUTHOR',
}
