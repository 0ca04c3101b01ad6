import { z } from 'zod';
import { REGION_CODE_PATTERN } from './account-rules';

/** The longest reason a coordinator may give for rejecting a move (also a CHECK in the database). */
export const REGION_MOVE_REASON_MAX_LENGTH = 1000;

/** Asking to move: a region code of the official list (the server checks that it exists). */
export const regionMoveRequestRules = z.object({
  toRegionCode: z.string().trim().regex(REGION_CODE_PATTERN, { message: 'regionCode.invalid' }),
});

/** Rejecting a move: a reason the user will read. Message keys 'reason.required', 'reason.tooLong'. */
export const regionMoveRejectRules = z.object({
  reason: z.string().trim().min(1, { message: 'reason.required' }).max(REGION_MOVE_REASON_MAX_LENGTH, { message: 'reason.tooLong' }),
});
