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
  // Uploaded files (evidence of assessments and replication steps), refused before anything is stored.
  /** The request carried no file part. */
  FILE_MISSING = 'FILE_MISSING',
  FILE_EMPTY = 'FILE_EMPTY',
  /** params.maxBytes: the configured limit. */
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  /** The content (not the name or the browser's claim) is not PDF, PNG, JPEG, WEBP, DOCX/XLSX/PPTX or ODT/ODS. */
  FILE_TYPE_NOT_ALLOWED = 'FILE_TYPE_NOT_ALLOWED',
  /** A name with a path or control characters, or none. */
  FILE_NAME_INVALID = 'FILE_NAME_INVALID',
  /** Not multipart/form-data, more than one file, or a missing field. */
  MALFORMED_UPLOAD = 'MALFORMED_UPLOAD',
  // Limits no caller may exceed (server/src/rate-limits, server/src/graphql/query-cost.ts).
  /** params.seconds: when to try again (also the Retry-After header of the HTTP 429). */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** params.cost, params.max: the operation asks for too many items at once. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** params.maxBytes: the answer would be larger than the server sends. */
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
}
