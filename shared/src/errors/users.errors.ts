/** Accounts, profiles and roles. */
export enum UsersErrorReason {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  NIP_TAKEN = 'NIP_TAKEN',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  NOT_A_COORDINATOR = 'NOT_A_COORDINATOR',
  CANNOT_REMOVE_OWN_ADMIN = 'CANNOT_REMOVE_OWN_ADMIN',
  /** A role is granted only to an account whose e-mail address is verified (field `roles`). */
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  /** An admin cannot deactivate their own account. */
  CANNOT_DEACTIVATE_SELF = 'CANNOT_DEACTIVATE_SELF',
  /** The profile cannot change the region (field `regionCode`): ask to move, a coordinator of the new region approves. */
  REGION_CHANGE_NEEDS_REQUEST = 'REGION_CHANGE_NEEDS_REQUEST',
}
