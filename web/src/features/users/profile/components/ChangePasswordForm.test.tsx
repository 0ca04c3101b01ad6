import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { StaticAuthProvider } from '../../../../lib/auth';
import { authValue, renderWithProviders, testUser } from '../../../../test/render';
import { ChangePasswordMutation } from '../api/operations';
import { ChangePasswordForm } from './ChangePasswordForm';

const SETTLED = { timeout: 15_000 };
const STRONG = 'pohon-mangga-di-tepi-sungai';
const user = testUser();
const change = (currentPassword: string) => ({
  query: ChangePasswordMutation,
  variables: { input: { currentPassword, newPassword: STRONG } },
});

async function submit(current: string, next: string) {
  await userEvent.type(screen.getByLabelText('Kata sandi saat ini'), current);
  await userEvent.type(screen.getByLabelText('Kata sandi baru'), next);
  await userEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
}

describe('ChangePasswordForm', () => {
  it('shows a wrong current password at its field', async () => {
    renderWithProviders(<ChangePasswordForm user={user} />, {
      user,
      mocks: [
        {
          request: change('bukan-ini'),
          result: {
            errors: [
              new GraphQLError('x', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'WRONG_PASSWORD',
                  fields: [{ field: 'currentPassword', message: 'currentPassword.wrong' }],
                },
              }),
            ],
          },
        },
      ],
    });
    await submit('bukan-ini', STRONG);
    expect(await screen.findByRole('alert', {}, SETTLED)).toHaveTextContent('Ini bukan kata sandi Anda saat ini.');
    expect(screen.getByLabelText('Kata sandi saat ini')).toHaveAccessibleDescription('Ini bukan kata sandi Anda saat ini.');
  });

  it('refuses a new password made of the account’s own name before sending', async () => {
    const { operations } = renderWithProviders(<ChangePasswordForm user={user} />, { user });
    // Strong enough for zxcvbn on its own; weak once the account's name counts.
    await submit('sandi-lama-saya', 'rahmasiti1');
    expect(await screen.findByRole('alert', {}, SETTLED)).toHaveTextContent(
      'Kata sandi jangan memuat nama, email, NIP, atau instansi Anda.',
    );
    expect(screen.getByLabelText('Kata sandi baru')).toHaveAttribute('aria-invalid', 'true');
    expect(operations).toEqual([]);
  });

  it('stores the new token of this session on success', async () => {
    const auth = authValue(user);
    renderWithProviders(
      <StaticAuthProvider value={auth}>
        <ChangePasswordForm user={user} />
      </StaticAuthProvider>,
      {
        user,
        mocks: [
          {
            request: change('sandi-lama-saya'),
            result: { data: { changePassword: { __typename: 'AuthPayload', token: 'baru', user } } },
          },
        ],
      },
    );
    await submit('sandi-lama-saya', STRONG);
    await waitFor(() => expect(auth.login).toHaveBeenCalledWith('baru', expect.objectContaining({ email: user.email })), SETTLED);
    expect(await screen.findByText('Kata sandi berhasil diganti. Perangkat lain sudah dikeluarkan.')).toBeInTheDocument();
  });
});
