import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { ResetPasswordMutation } from '../api/operations';
import { ResetPasswordForm } from './ResetPasswordForm';

const SETTLED = { timeout: 15_000 };
const TOKEN = 'a'.repeat(43);
const STRONG = 'pohon-mangga-di-tepi-sungai';
const reset = (newPassword: string) => ({ query: ResetPasswordMutation, variables: { input: { token: TOKEN, newPassword } } });

async function submit(password: string) {
  await userEvent.type(screen.getByLabelText('Kata sandi baru'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Simpan kata sandi baru' }));
}

describe('ResetPasswordForm', () => {
  it('sets the new password and reports the account', async () => {
    const onReset = jest.fn();
    renderWithProviders(<ResetPasswordForm token={TOKEN} onReset={onReset} />, {
      mocks: [
        { request: reset(STRONG), result: { data: { resetPassword: { __typename: 'ResetPasswordPayload', email: 'siti@example.id' } } } },
      ],
    });
    await submit(STRONG);
    await waitFor(() => expect(onReset).toHaveBeenCalledWith('siti@example.id'), SETTLED);
  });

  it('refuses a weak password in the browser with the registration rules, without sending', async () => {
    const { operations } = renderWithProviders(<ResetPasswordForm token={TOKEN} onReset={jest.fn()} />);
    await submit('password12');
    expect(await screen.findByRole('alert', {}, SETTLED)).toHaveTextContent(/mudah ditebak|sering dipakai/);
    expect(screen.getByLabelText('Kata sandi baru')).toHaveAttribute('aria-invalid', 'true');
    expect(operations).toEqual([]);
  });

  it('on a used or expired link, says so and offers a new link', async () => {
    renderWithProviders(<ResetPasswordForm token={TOKEN} onReset={jest.fn()} />, {
      mocks: [
        {
          request: reset(STRONG),
          result: {
            errors: [
              new GraphQLError('x', {
                extensions: { code: 'BAD_USER_INPUT', reason: 'TOKEN_EXPIRED', fields: [{ field: 'token', message: 'token.invalid' }] },
              }),
            ],
          },
        },
      ],
    });
    await submit(STRONG);
    expect(await screen.findByRole('alert', {}, SETTLED)).toHaveTextContent('Tautan ini sudah kedaluwarsa.');
    expect(screen.getByRole('link', { name: 'Minta tautan baru' })).toHaveAttribute('href', '/lupa-kata-sandi');
  });
});
