import { CombinedGraphQLErrors } from '@apollo/client';
import { withRetry } from './retry';

const noSleep = () => Promise.resolve();

describe('withRetry', () => {
  it('retries a network failure and returns the later success', async () => {
    const action = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('ok');
    const onRetry = jest.fn();
    await expect(withRetry(action, { delaysMs: [10, 20], onRetry, sleep: noSleep })).resolves.toBe('ok');
    expect(action).toHaveBeenCalledTimes(2);
    expect(onRetry).toHaveBeenCalledWith(2, 3);
  });

  it('gives up after the last try with a network error', async () => {
    const action = jest.fn().mockRejectedValue(new Error('offline'));
    const sleep = jest.fn(noSleep);
    await expect(withRetry(action, { delaysMs: [10, 20], sleep })).rejects.toMatchObject({ network: true });
    expect(action).toHaveBeenCalledTimes(3);
    expect(sleep.mock.calls).toEqual([[10], [20]]);
  });

  it('does not retry a refusal from the server', async () => {
    const refusal = new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'NOT_ENROLLED' } }] });
    const action = jest.fn().mockRejectedValue(refusal);
    await expect(withRetry(action, { sleep: noSleep })).rejects.toMatchObject({ reason: 'NOT_ENROLLED' });
    expect(action).toHaveBeenCalledTimes(1);
  });
});
