import { CombinedGraphQLErrors } from '@apollo/client';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { ErrorState } from './States';

const graphQLError = (code: string, reason?: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: '', extensions: { code, ...(reason ? { reason } : {}) } }] });

describe('ErrorState', () => {
  it.each(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'CONFLICT'])(
    'offers no retry for %s: the same request gets the same answer',
    (code) => {
      const onRetry = jest.fn();
      renderWithProviders(<ErrorState error={graphQLError(code)} onRetry={onRetry} />);
      expect(screen.getByRole('alert')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Coba lagi' })).not.toBeInTheDocument();
    },
  );

  it('offers a retry for a server failure and for a network failure', () => {
    const onRetry = jest.fn();
    const { unmount } = renderWithProviders(<ErrorState error={graphQLError('INTERNAL_SERVER_ERROR')} onRetry={onRetry} />);
    screen.getByRole('button', { name: 'Coba lagi' }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
    unmount();
    renderWithProviders(<ErrorState error={new TypeError('Failed to fetch')} onRetry={onRetry} />);
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });
});
