import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ProvincesQuery, RegionsOfProvinceQuery } from '../../../../lib/regions';
import { renderWithProviders, sumedang, testUser, westJava } from '../../../../test/render';
import { MyRegionMoveQuery } from '../../../membership/api/operations';
import { MyAccountStatusQuery, MyProfileQuery, ResendVerificationMutation, UpdateMyProfileMutation } from '../api/operations';
import ProfilePage from './ProfilePage';

const me = { ...testUser({ version: 5, roles: ['LEARNER', 'MENTOR'] }), coordinatedRegions: [] };

const baseMocks = [
  { request: { query: ProvincesQuery }, result: { data: { provinces: [westJava] } }, maxUsageCount: 5 },
  {
    request: { query: RegionsOfProvinceQuery, variables: { provinceCode: '32' } },
    result: { data: { regionsOfProvince: [sumedang] } },
    maxUsageCount: 5,
  },
  { request: { query: MyProfileQuery }, result: { data: { me } } },
  { request: { query: MyRegionMoveQuery }, result: { data: { myRegionMoveRequest: null } }, maxUsageCount: 5 },
  {
    request: { query: MyAccountStatusQuery },
    result: { data: { me: { __typename: 'User', id: me.id, emailVerifiedAt: '2026-01-05T03:00:00.000Z' } } },
    maxUsageCount: 5,
  },
];

describe('ProfilePage', () => {
  it('shows the profile with translated roles and the date in WIB', async () => {
    renderWithProviders(<ProfilePage />, { user: me, mocks: baseMocks });
    expect(await screen.findByText('Peserta, Mentor')).toBeInTheDocument();
    expect(screen.getByText(/5 Januari 2026 pukul 10\.00 WIB/)).toBeInTheDocument();
    expect(screen.getByText('Kabupaten Sumedang')).toBeInTheDocument();
  });

  it('sends the loaded version and shows a reload offer on STALE_VERSION', async () => {
    renderWithProviders(<ProfilePage />, {
      user: me,
      mocks: [
        ...baseMocks,
        {
          request: {
            query: UpdateMyProfileMutation,
            variables: {
              input: {
                fullName: 'Siti Rahma Dewi',
                nip: null,
                regionCode: '32.11',
                agency: me.agency,
                locale: 'id',
                timeZone: 'Asia/Makassar',
                version: 5,
              },
            },
          },
          result: { errors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } })] },
        },
      ],
    });
    const name = await screen.findByLabelText('Nama lengkap');
    await userEvent.clear(name);
    await userEvent.type(name, 'Siti Rahma Dewi');
    await userEvent.selectOptions(screen.getByLabelText('Zona waktu'), 'WITA (Asia/Makassar)');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan profil' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Profil Anda telah diubah di tempat lain');
    expect(screen.getByRole('button', { name: 'Muat ulang profil' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Nama lengkap')).toHaveValue('Siti Rahma Dewi'));
  });

  it('asks an unverified account to confirm its address, and resends the link', async () => {
    renderWithProviders(<ProfilePage />, {
      user: me,
      mocks: [
        // Before the base mocks: the first matching mock answers.
        { request: { query: MyAccountStatusQuery }, result: { data: { me: { __typename: 'User', id: me.id, emailVerifiedAt: null } } } },
        { request: { query: ResendVerificationMutation }, result: { data: { resendVerificationEmail: true } } },
        ...baseMocks,
      ],
    });
    const notice = await screen.findByRole('region', { name: 'Konfirmasi alamat email Anda' });
    expect(notice).toHaveTextContent('peran mentor, koordinator, atau admin baru dapat diberikan setelah alamat dikonfirmasi');
    await userEvent.click(screen.getByRole('button', { name: 'Kirim ulang email konfirmasi' }));
    expect(
      await screen.findByText(`Email konfirmasi baru sudah dikirim ke ${me.email}. Tautan sebelumnya tidak berlaku lagi.`),
    ).toBeInTheDocument();
  });

  it('shows nothing about confirmation for a confirmed address, and offers the password change', async () => {
    renderWithProviders(<ProfilePage />, {
      user: me,
      mocks: baseMocks,
    });
    expect(await screen.findByRole('heading', { name: 'Kata sandi' })).toBeInTheDocument();
    expect(screen.getByLabelText('Kata sandi saat ini')).toHaveAttribute('autocomplete', 'current-password');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Konfirmasi alamat email Anda' })).toBeNull());
  });
});
