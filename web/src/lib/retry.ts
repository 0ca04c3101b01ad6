import { type ApiError, toApiError } from './errors';

/** Waits between tries: the first retry after delays[0] ms, the next after delays[1] ms, … */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000];

/** Worth another try: the server was not reached, or failed on its side. A refusal (bad input, no access) is final. */
export function isTransient(error: ApiError): boolean {
  return error.network || error.code === 'INTERNAL_SERVER_ERROR';
}

export interface RetryOptions {
  /** One delay per retry: [1000, 2000] means 3 tries in all. */
  delaysMs?: readonly number[];
  /** Told before each retry, with the number of the coming try (2, 3, …) and the total. */
  onRetry?(attempt: number, total: number): void;
  sleep?(ms: number): Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `action`, retrying transient failures with growing delays; throws the last error as an ApiError. */
export async function withRetry<T>(
  action: () => Promise<T>,
  { delaysMs = DEFAULT_RETRY_DELAYS_MS, onRetry, sleep = wait }: RetryOptions = {},
): Promise<T> {
  const total = delaysMs.length + 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (caught) {
      const error = toApiError(caught);
      if (attempt >= total || !isTransient(error)) throw error;
      onRetry?.(attempt + 1, total);
      await sleep(delaysMs[attempt - 1] ?? 0);
    }
  }
}
