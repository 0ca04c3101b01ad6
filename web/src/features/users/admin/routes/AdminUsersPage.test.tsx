import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders, testUser, westJava } from '../../../../test/render';
import { SetUserRolesMutation, UsersQuery } from '../api/operations';
import AdminUsersPage, { PAGE_SIZE } from './AdminUsersPage';

const admin = testUser({ id: '1', fullName: 'Admin Living Lab', roles: ['LEARNER', 'ADMIN'] });

function listedUser(overrides: { version: number; roles: string[] }) {
  return {
    __typename: 'User' as const,
    id: '7',
    fullName: 'Budi Santoso',
    email: 'budi@bandungkab.go.id',
    agency: 'Bappeda',
    regionCode: '32',
    region: westJava,
    coordinatedRegions: [],
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
});
