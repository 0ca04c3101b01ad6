import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders, testUser, westJava } from '../../../../test/render';
import { SendPasswordResetLinkMutation, SetUserActiveMutation, SetUserRolesMutation, UsersQuery } from '../api/operations';
import AdminUsersPage, { PAGE_SIZE } from './AdminUsersPage';

const admin = testUser({ id: '1', fullName: 'Admin Living Lab', roles: ['LEARNER', 'ADMIN'] });

function listedUser(overrides: { version: number; roles: string[]; emailVerifiedAt?: string | null; deactivatedAt?: string | null }) {
  return {
    __typename: 'User' as const,
    id: '7',
    fullName: 'Budi Santoso',
    email: 'budi@bandungkab.go.id',
    agency: 'Bappeda',
    regionCode: '32',
    region: westJava,
    coordinatedRegions: [],
    emailVerifiedAt: '2026-01-05T03:00:00.000Z',
    deactivatedAt: null,
    ...overrides,
  };
}

function usersMock(user: ReturnType<typeof listedUser>) {
  return {
    request: { query: UsersQuery, variables: { limit: PAGE_SIZE, offset: 0 } },
    result: { data: { users: { __typename: 'UserPage' as const, totalCount: 1, items: [user] } } },
  };
}

const budiCard = () => screen.findByRole('article', { name: 'Budi Santoso' });

describe('AdminUsersPage', () => {
  it('tells a non-admin that the page is not for them, without loading users', () => {
    const { operations } = renderWithProviders(<AdminUsersPage />, { user: testUser({ roles: ['LEARNER', 'MENTOR'] }) });
    expect(screen.getByRole('alert')).toHaveTextContent('Anda tidak memiliki akses ke halaman ini.');
    expect(operations).toEqual([]);
  });

  it('lists users with the total and LEARNER always on', async () => {
    renderWithProviders(<AdminUsersPage />, { user: admin, mocks: [usersMock(listedUser({ version: 3, roles: ['LEARNER'] }))] });
    const card = await budiCard();
    expect(screen.getByText('1 pengguna ditemukan')).toBeInTheDocument();
    const learner = within(card).getByRole('checkbox', { name: 'Peserta' });
    expect(learner).toBeChecked();
    expect(learner).toBeDisabled();
    expect(within(card).getByRole('checkbox', { name: 'Mentor' })).not.toBeChecked();
  });

  it('sends the loaded version and saves the roles', async () => {
    renderWithProviders(<AdminUsersPage />, {
      user: admin,
      mocks: [
        usersMock(listedUser({ version: 3, roles: ['LEARNER'] })),
        {
          request: { query: SetUserRolesMutation, variables: { input: { userId: '7', roles: ['LEARNER', 'MENTOR'], version: 3 } } },
          result: { data: { setUserRoles: listedUser({ version: 4, roles: ['LEARNER', 'MENTOR'] }) } },
        },
      ],
    });
    const card = await budiCard();
    await userEvent.click(within(card).getByRole('checkbox', { name: 'Mentor' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Simpan peran' }));
    expect(await within(card).findByText('Peran Budi Santoso berhasil disimpan.')).toHaveAttribute('role', 'status');
    expect(within(card).getByRole('checkbox', { name: 'Mentor' })).toBeChecked();
  });

  it('shows the conflict message on STALE_VERSION and reloads on request', async () => {
    renderWithProviders(<AdminUsersPage />, {
      user: admin,
      mocks: [
        usersMock(listedUser({ version: 3, roles: ['LEARNER'] })),
        {
          request: { query: SetUserRolesMutation, variables: { input: { userId: '7', roles: ['LEARNER', 'MENTOR'], version: 3 } } },
          result: { errors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } })] },
        },
        // Someone else made Budi an admin in the meantime.
        usersMock(listedUser({ version: 4, roles: ['LEARNER', 'ADMIN'] })),
      ],
    });
    const card = await budiCard();
    await userEvent.click(within(card).getByRole('checkbox', { name: 'Mentor' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Simpan peran' }));

    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Data pengguna ini telah diubah oleh orang lain sejak daftar dimuat.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Muat ulang data' }));

    await waitFor(() => expect(within(card).getByRole('checkbox', { name: 'Admin' })).toBeChecked());
    expect(within(card).getByRole('checkbox', { name: 'Mentor' })).not.toBeChecked();
    await waitFor(() => expect(within(card).queryByRole('alert')).not.toBeInTheDocument());
  });

  it('translates other errors by reason', async () => {
    renderWithProviders(<AdminUsersPage />, {
      user: admin,
      mocks: [
        usersMock(listedUser({ version: 3, roles: ['LEARNER', 'ADMIN'] })),
        {
          request: { query: SetUserRolesMutation, variables: { input: { userId: '7', roles: ['LEARNER'], version: 3 } } },
          result: { errors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN', reason: 'CANNOT_REMOVE_OWN_ADMIN' } })] },
        },
      ],
    });
    const card = await budiCard();
    await userEvent.click(within(card).getByRole('checkbox', { name: 'Admin' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Simpan peran' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Anda tidak dapat mencabut peran Admin milik Anda sendiri.');
    expect(within(card).queryByRole('button', { name: 'Muat ulang data' })).not.toBeInTheDocument();
  });

  it('explains an unverified account, whose roles cannot be granted yet', async () => {
    renderWithProviders(<AdminUsersPage />, {
      user: admin,
      mocks: [
        usersMock(listedUser({ version: 3, roles: ['LEARNER'], emailVerifiedAt: null })),
        {
          request: { query: SetUserRolesMutation, variables: { input: { userId: '7', roles: ['LEARNER', 'MENTOR'], version: 3 } } },
          result: {
            errors: [
              new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT', reason: 'EMAIL_NOT_VERIFIED', params: { roles: 'MENTOR' } } }),
            ],
          },
        },
      ],
    });
    const card = await budiCard();
    expect(within(card).getByText('Email belum dikonfirmasi')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('checkbox', { name: 'Mentor' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Simpan peran' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Peran Mentor belum dapat diberikan: pemilik akun belum mengonfirmasi alamat emailnya.',
    );
  });

  it('deactivates after a confirmation, then offers to reactivate', async () => {
    const { operations } = renderWithProviders(<AdminUsersPage />, {
      user: admin,
      mocks: [
        usersMock(listedUser({ version: 3, roles: ['LEARNER'] })),
        {
          request: { query: SetUserActiveMutation, variables: { input: { userId: '7', active: false } } },
          result: { data: { setUserActive: listedUser({ version: 3, roles: ['LEARNER'], deactivatedAt: '2026-02-01T02:00:00.000Z' }) } },
        },
      ],
    });
    const card = await budiCard();
    await userEvent.click(within(card).getByRole('button', { name: 'Nonaktifkan akun' }));
    expect(operations).not.toContain('SetUserActive');
    expect(within(card).getByText(/akan langsung dikeluarkan dari semua perangkat/)).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Ya, nonaktifkan' }));
    expect(await within(card).findByText('Akun Budi Santoso dinonaktifkan.')).toBeInTheDocument();
    expect(within(card).getByText('Dinonaktifkan sejak 1 Februari 2026 pukul 09.00 WIB')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Aktifkan kembali' })).toBeInTheDocument();
  });

  it('mails a password reset link', async () => {
    renderWithProviders(<AdminUsersPage />, {
      user: admin,
      mocks: [
        usersMock(listedUser({ version: 3, roles: ['LEARNER'] })),
        {
          request: { query: SendPasswordResetLinkMutation, variables: { input: { userId: '7' } } },
          result: { data: { sendPasswordResetLink: true } },
        },
      ],
    });
    const card = await budiCard();
    await userEvent.click(within(card).getByRole('button', { name: 'Kirim tautan atur ulang kata sandi' }));
    expect(await within(card).findByText('Tautan atur ulang kata sandi sudah dikirim ke budi@bandungkab.go.id.')).toBeInTheDocument();
  });
});
