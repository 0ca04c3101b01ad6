import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { VerifyEmailMutation } from '../api/operations';
import VerifyEmailPage from './VerifyEmailPage';

const TOKEN = 'b'.repeat(43);
const verify = { query: VerifyEmailMutation, variables: { input: { token: TOKEN } } };

describe('VerifyEmailPage', () => {
  it('confirms the address once on arrival', async () => {
    const { operations } = renderWithProviders(<VerifyEmailPage />, {
      route: `/verify-email?token=${TOKEN}`,
      mocks: [{ request: verify, result: { data: { verifyEmail: true } } }],
    });
    expect(await screen.findByText('Terima kasih, alamat email Anda sudah dikonfirmasi.')).toBeInTheDocument();
    expect(operations).toEqual(['VerifyEmail']);
  });

  it('says when the link was already used', async () => {
    renderWithProviders(<VerifyEmailPage />, {
      route: `/verify-email?token=${TOKEN}`,
      mocks: [
        { request: verify, result: { errors: [new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT', reason: 'TOKEN_USED' } })] } },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Tautan ini sudah dipakai.');
  });
});
