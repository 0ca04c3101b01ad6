/** Mentoring pairs, sessions, outcomes, action items and feedback. */
export enum MentoringErrorReason {
  ACTION_ITEM_NOT_FOUND = 'ACTION_ITEM_NOT_FOUND',
  /** Params: `active` pairs and the mentor's `capacity`. */
  CAPACITY_REACHED = 'CAPACITY_REACHED',
  /**
   * Params describe the clash only as far as the caller may see it: its `startsAt` and `endsAt` (ISO
   * instants), `whose` (`own` when the caller takes part in it, else `other`) and, for one's own
   * session only, its `agenda`; none if it is gone.
   */
  DOUBLE_BOOKED = 'DOUBLE_BOOKED',
  FEEDBACK_EXISTS = 'FEEDBACK_EXISTS',
  IN_THE_PAST = 'IN_THE_PAST',
  MENTOR_IS_MENTEE = 'MENTOR_IS_MENTEE',
  NOT_A_MENTOR = 'NOT_A_MENTOR',
  NOT_HELD = 'NOT_HELD',
  NOT_STARTED = 'NOT_STARTED',
  /** Params: the pair's `startDate` and `endDate` (YYYY-MM-DD, WIB). */
  OUTSIDE_PAIR_DATES = 'OUTSIDE_PAIR_DATES',
  PAIR_ENDED = 'PAIR_ENDED',
  PAIR_NOT_FOUND = 'PAIR_NOT_FOUND',
  SESSION_NOT_FOUND = 'SESSION_NOT_FOUND',
}
