import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ProvincesQuery, RegionsOfProvinceQuery } from '../../../lib/regions';
import { renderWithProviders, sumedang, testUser, westJava } from '../../../test/render';
import { LoginMutation, RegisterMutation } from '../api/operations';
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
    expect(screen.getByLabelText('Kata sandi')).toHaveAccessibleDescription(
      'Minimal 10 karakter dan sulit ditebak: beberapa kata yang tidak berhubungan cocok. Kata sandi minimal 10 karakter.',
    );
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

  it('clears the errors once the form is valid, registers, then signs in with the same credentials', async () => {
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
          result: { data: { register: { __typename: 'RegisterPayload', checkEmail: true } } },
        },
        {
          request: { query: LoginMutation, variables: { input: { email: 'siti@sumedangkab.go.id', password: 'kata-sandi-kuat' } } },
          result: { data: { login: { __typename: 'AuthPayload', token: 'token-1', expiresAt: '2026-02-01T00:00:00Z', user } } },
        },
      ],
    });
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith('token-1', expect.objectContaining({ id: '1', fullName: 'Siti Rahma' })));
    expect(operations).toEqual(expect.arrayContaining(['Register', 'Login']));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says only "received, check your email" when the email already had an account (sign-in fails)', async () => {
    const onRegistered = jest.fn();
    renderWithProviders(<RegisterForm onRegistered={onRegistered} />, {
      mocks: [
        ...regionMocks,
        {
          request: { query: RegisterMutation, variables: () => true },
          result: { data: { register: { __typename: 'RegisterPayload', checkEmail: true } } },
        },
        {
          request: { query: LoginMutation, variables: () => true },
          result: { errors: [new GraphQLError('no', { extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } })] },
        },
      ],
    });
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    expect(await screen.findByText(/pendaftaran Anda sudah diterima/)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onRegistered).not.toHaveBeenCalled();
  });

  it('refuses a guessable password before sending, with zxcvbn’s reason', async () => {
    const { operations } = renderWithProviders(<RegisterForm onRegistered={jest.fn()} />, { mocks: regionMocks });
    await fillValidForm();
    await userEvent.clear(screen.getByLabelText('Kata sandi'));
    await userEvent.type(screen.getByLabelText('Kata sandi'), '1234567890');
    await userEvent.click(screen.getByRole('button', { name: 'Daftar' }));
    await waitFor(() => expect(screen.getByLabelText('Kata sandi')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Kata sandi')).toHaveAccessibleDescription(/sering dipakai|mudah ditebak/);
    expect(operations).not.toContain('Register');
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
