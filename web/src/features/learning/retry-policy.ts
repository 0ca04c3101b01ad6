/** Marking a lesson complete: 3 tries in all, the retries after 1 s and 3 s. */
export const COMPLETION_RETRY_DELAYS_MS: readonly number[] = [1000, 3000];
