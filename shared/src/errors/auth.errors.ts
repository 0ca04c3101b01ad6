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
  /** A reset or verification link that is unknown, or was replaced by a newer one. */
  TOKEN_INVALID = 'TOKEN_INVALID',
  /** A reset or verification link past its expiry (reset: 30 minutes). */
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  /** A reset or verification link that was already used. */
  TOKEN_USED = 'TOKEN_USED',
  /** Changing the password: the current password given is not the account's (field `currentPassword`). */
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  /** The right password for an account an admin deactivated; also an admin sending a reset to one. */
  ACCOUNT_DEACTIVATED = 'ACCOUNT_DEACTIVATED',
}
