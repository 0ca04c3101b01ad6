import type { ApiError } from '../../../../lib/errors';

/** The outcome of the last save in a user card. */
export type Feedback = { kind: 'success'; text: string } | { kind: 'error'; error: ApiError } | null;
