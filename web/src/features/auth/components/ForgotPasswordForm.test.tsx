import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { RequestPasswordResetMutation } from '../api/operations';
import { ForgotPasswordForm } from './ForgotPasswordForm';

const SETTLED = { timeout: 10_000 };
const request = (email: string) => ({ query: RequestPasswordResetMutation, variables: { input: { email } } });

describe('ForgotPasswordForm', () => {
  it('sends the normalised address and says a link is on its way if it has an account', async () => {
    const { operations } = renderWithProviders(<ForgotPasswordForm />, {
      mocks: [
        {
          request: request('siti@sumedangkab.go.id'),
          result: { data: { requestPasswordReset: { __typename: 'RequestPasswordResetPayload', checkEmail: true } } },
        },
      ],
    });
    await userEvent.type(screen.getByLabelText('Email'), ' Siti@Sumedangkab.go.id ');
    await userEvent.click(screen.getByRole('button', { name: 'Kirim tautan' }));
    expect(await screen.findByText(/Jika siti@sumedangkab\.go\.id terdaftar, tautan/, {}, SETTLED)).toBeInTheDocument();
    expect(operations).toEqual(['RequestPasswordReset']);
  });

  it('checks the address before sending', async () => {
    const { operations } = renderWithProviders(<ForgotPasswordForm />);
    await userEvent.type(screen.getByLabelText('Email'), 'bukan-email');
    await userEvent.click(screen.getByRole('button', { name: 'Kirim tautan' }));
    expect(await screen.findByRole('alert', {}, SETTLED)).toHaveTextContent('Masukkan alamat email yang valid.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/Masukkan alamat email yang valid\./);
    expect(operations).toEqual([]);
  });

  it('says how long to wait after too many requests', async () => {
    renderWithProviders(<ForgotPasswordForm />, {
      mocks: [
        {
          request: request('a@b.id'),
          result: {
            errors: [new GraphQLError('x', { extensions: { code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', params: { seconds: 1200 } } })],
          },
        },
      ],
    });
    await userEvent.type(screen.getByLabelText('Email'), 'a@b.id');
    await userEvent.click(screen.getByRole('button', { name: 'Kirim tautan' }));
    expect(await screen.findByRole('alert', {}, SETTLED)).toHaveTextContent('Tunggu 1200 detik');
  });
});
