/** Signing in, sessions and the access rule of each operation. */
export enum AuthErrorReason {
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  SESSION_INVALID = 'SESSION_INVALID',
  /** Params: `seconds` until the next try (sign-in waits, registrations per address). */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** Params: `roles`, the roles that would do, joined by commas. */
  MISSING_ROLE = 'MISSING_ROLE',
  NO_ACCESS_RULE = 'NO_ACCESS_RULE',
}
