import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders, testUser } from '../../../test/render';
import { LoginMutation } from '../api/operations';
import { LoginForm } from './LoginForm';

const credentials = { email: 'asn.sumedang@livinglab.demo', password: 'salah-sandi-123' };
// Typing two fields character by character and a mocked round trip can take seconds on a busy machine.
const SETTLED = { timeout: 10_000 };

function failingLogin(extensions: Record<string, unknown>) {
  return {
    request: { query: LoginMutation, variables: { input: credentials } },
    result: { errors: [new GraphQLError('failed', { extensions })] },
  };
}

async function submit() {
  await userEvent.type(screen.getByLabelText('Email'), credentials.email);
  await userEvent.type(screen.getByLabelText('Kata sandi'), credentials.password);
  await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('LoginForm', () => {
  it('says the email or password is wrong on INVALID_CREDENTIALS', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />, {
      mocks: [failingLogin({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' })],
    });
    await submit();
    expect(await screen.findByRole('alert', {}, SETTLED)).toHaveTextContent('Email atau kata sandi salah.');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('falls back to the code’s message for an unknown reason', async () => {
    renderWithProviders(<LoginForm onSignedIn={jest.fn()} />, {
      mocks: [failingLogin({ code: 'CONFLICT', reason: 'SOMETHING_NEW' })],
    });
    await submit();
    expect(await screen.findByRole('alert', {}, SETTLED)).toHaveTextContent(
      'Data bertabrakan dengan perubahan lain. Muat ulang lalu coba lagi.',
    );
  });

  it('shows a connection message on a network error', async () => {
    renderWithProviders(<LoginForm onSignedIn={jest.fn()} />, {
      mocks: [{ request: { query: LoginMutation, variables: { input: credentials } }, error: new Error('offline') }],
    });
    await submit();
    expect(await screen.findByRole('alert', {}, SETTLED)).toHaveTextContent('Tidak dapat terhubung ke server.');
  });

  it('validates before sending and signs in on success', async () => {
    const onSignedIn = jest.fn();
    const user = testUser();
    const { operations } = renderWithProviders(<LoginForm onSignedIn={onSignedIn} />, {
      mocks: [
        {
          request: { query: LoginMutation, variables: { input: credentials } },
          result: { data: { login: { __typename: 'AuthPayload', token: 'tok', expiresAt: '2026-02-01T00:00:00Z', user } } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(screen.getByLabelText('Kata sandi')).toHaveAccessibleDescription('Masukkan kata sandi Anda.');
    expect(operations).toEqual([]);
    // The error summary takes the focus once rendered; typing before then would lose keystrokes to it.
    const summary = await screen.findByRole('alert', {}, SETTLED);
    await waitFor(() => expect(summary).toHaveFocus(), SETTLED);
    await submit();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith('tok', expect.objectContaining({ email: user.email })), SETTLED);
  });
});
