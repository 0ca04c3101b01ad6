/** Requests to move to another region, decided by a coordinator of the new region or an admin. */
export enum RegionMembershipErrorReason {
  /** The user already belongs to the region asked for (field `toRegionCode`). */
  ALREADY_IN_REGION = 'ALREADY_IN_REGION',
  /** The user already has a pending request: cancel it first. */
  MOVE_ALREADY_PENDING = 'MOVE_ALREADY_PENDING',
  /** No request with this id that the caller may decide (also for another region's requests). */
  MOVE_REQUEST_NOT_FOUND = 'MOVE_REQUEST_NOT_FOUND',
  /** The user has no pending request to cancel. */
  NO_PENDING_MOVE = 'NO_PENDING_MOVE',
  /** The request was already decided or cancelled. Params: `status`. */
  MOVE_ALREADY_DECIDED = 'MOVE_ALREADY_DECIDED',
  /** A coordinator cannot decide their own request (an admin can). */
  CANNOT_DECIDE_OWN_MOVE = 'CANNOT_DECIDE_OWN_MOVE',
}
