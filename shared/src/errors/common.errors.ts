/**
 * Reasons any feature may give. The server sends a reason (and parameters), never prose: the web
 * translates `errors.<REASON>` in the user's language, and a test fails when one lacks a text.
 */
export enum CommonErrorReason {
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_PAGE = 'INVALID_PAGE',
  /** A value PostgreSQL could not read as its type (an id that is not a uuid, say). */
  MALFORMED_VALUE = 'MALFORMED_VALUE',
  STALE_VERSION = 'STALE_VERSION',
  NOT_ALLOWED = 'NOT_ALLOWED',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  UNKNOWN_INDICATOR = 'UNKNOWN_INDICATOR',
}
