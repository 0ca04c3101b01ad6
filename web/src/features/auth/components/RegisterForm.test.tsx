import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ProvincesQuery, RegionsOfProvinceQuery } from '../../../lib/regions';
import { renderWithProviders, sumedang, testUser, westJava } from '../../../test/render';
import { RegisterMutation } from '../api/operations';
import { RegisterForm } from './RegisterForm';

const regionMocks = [
  { request: { query: ProvincesQuery }, result: { data: { provinces: [westJava] } }, maxUsageCount: 5 },
  {
    request: { query: RegionsOfProvinceQuery, variables: { provinceCode: '32' } },
    result: { data: { regionsOfProvince: [sumedang] } },
    maxUsageCount: 5,
  },
];

async function fillValidForm() {
  await userEvent.type(screen.getByLabelText('Nama lengkap'), 'Siti Rahma');
  await userEvent.type(screen.getByLabelText('Email'), 'siti@sumedangkab.go.id');
  await userEvent.type(screen.getByLabelText('Kata sandi'), 'kata-sandi-kuat');
  await screen.findByRole('option', { name: 'Kabupaten Sumedang' });
  await userEvent.selectOptions(screen.getByLabelText('Kabupaten/kota'), 'Kabupaten Sumedang');
  await userEvent.type(screen.getByLabelText('Instansi/OPD'), 'Diskominfo');
}

describe('RegisterForm', () => {
  it('shows the shared rules’ errors next to the fields without calling the server', async () => {
    const onRegistered = jest.fn();
    const { operations } = renderWithProviders(<RegisterForm onRegistered={onRegistered} />, { mocks: regionMocks });
    await screen.findByRole('option', { name: 'Kabupaten Sumedang' });

    await userEvent.type(screen.getByLabelText('Email'), 'bukan-email');
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'pendek');
    await userEvent.type(screen.getByLabelText('NIP (opsional)'), '123');
    await userEvent.click(screen.getByRole('button', { name: 'Daftar' }));

    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Masukkan alamat email yang valid.');
    expect(screen.getByLabelText('Kata sandi')).toHaveAccessibleDescription('Minimal 10 karakter. Kata sandi minimal 10 karakter.');
    expect(screen.getByLabelText('NIP (opsional)')).toHaveAccessibleDescription(
      expect.stringContaining('NIP terdiri dari 18 digit angka.'),
    );
    expect(screen.getByLabelText('Nama lengkap')).toHaveAccessibleDescription('Masukkan nama lengkap Anda.');
    expect(screen.getByLabelText('Kabupaten/kota')).toHaveAccessibleDescription('Pilih wilayah dari daftar.');

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Masukkan alamat email yang valid.' })).toHaveAttribute('href', '#register-email');
    expect(within(summary).getAllByRole('listitem')).toHaveLength(6);

    expect(operations).not.toContain('Register');
    expect(onRegistered).not.toHaveBeenCalled();
  });

  it('clears the errors once the form is valid and signs in with the result', async () => {
    const user = testUser();
    const onRegistered = jest.fn();
    const { operations } = renderWithProviders(<RegisterForm onRegistered={onRegistered} />, {
      mocks: [
        ...regionMocks,
        {
          request: {
            query: RegisterMutation,
            variables: {
              input: {
                email: 'siti@sumedangkab.go.id',
                password: 'kata-sandi-kuat',
                fullName: 'Siti Rahma',
                nip: null,
                regionCode: '32.11',
                agency: 'Diskominfo',
                locale: 'id',
              },
            },
          },
          result: { data: { register: { __typename: 'AuthPayload', token: 'token-1', expiresAt: '2026-02-01T00:00:00Z', user } } },
        },
      ],
    });
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith('token-1', expect.objectContaining({ id: '1', fullName: 'Siti Rahma' })));
    expect(operations).toContain('Register');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server’s EMAIL_TAKEN next to the email field', async () => {
    renderWithProviders(<RegisterForm onRegistered={jest.fn()} />, {
      mocks: [
        ...regionMocks,
        {
          request: { query: RegisterMutation, variables: () => true },
          result: { errors: [new GraphQLError('taken', { extensions: { code: 'CONFLICT', reason: 'EMAIL_TAKEN' } })] },
        },
      ],
    });
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    const message = 'Email ini sudah terdaftar. Silakan masuk atau gunakan email lain.';
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(message));
    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });

  it('shows server field issues translated', async () => {
    renderWithProviders(<RegisterForm onRegistered={jest.fn()} />, {
      mocks: [
        ...regionMocks,
        {
          request: { query: RegisterMutation, variables: () => true },
          result: {
            errors: [
              new GraphQLError('bad', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'UNKNOWN_REGION',
                  fields: [{ field: 'regionCode', message: 'regionCode.unknown' }],
                },
              }),
            ],
          },
        },
      ],
    });
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    await waitFor(() => expect(screen.getByLabelText('Kabupaten/kota')).toHaveAccessibleDescription('Wilayah ini tidak terdaftar.'));
  });
});
