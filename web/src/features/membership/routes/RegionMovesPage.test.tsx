import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders, sumedang, testUser } from '../../../test/render';
import { ApproveRegionMoveMutation, PendingRegionMovesQuery } from '../api/operations';
import RegionMovesPage, { PAGE_SIZE } from './RegionMovesPage';

const coordinator = testUser({ id: 'c1', roles: ['LEARNER', 'COORDINATOR'] });
const kuningan = { __typename: 'Region' as const, code: '32.08', name: 'Kabupaten Kuningan', kind: 'REGENCY' as const };

const request = {
  __typename: 'RegionMoveRequest' as const,
  id: 'm1',
  status: 'PENDING' as const,
  createdAt: '2026-12-01T03:00:00.000Z',
  decidedAt: null,
  reason: null,
  fromRegion: { __typename: 'Region' as const, code: sumedang.code, name: sumedang.name, kind: sumedang.kind },
  toRegion: kuningan,
  user: { __typename: 'Person' as const, id: 'u1', fullName: 'Siti Rahma' },
};
const pending = (items: Array<Omit<typeof request, 'fromRegion'> & { fromRegion: typeof request.fromRegion | null }>) => ({
  request: { query: PendingRegionMovesQuery, variables: { limit: PAGE_SIZE, offset: 0 } },
  result: { data: { regionMoveRequests: { __typename: 'RegionMoveRequestPage' as const, totalCount: items.length, items } } },
});

describe('RegionMovesPage', () => {
  it('is for coordinators: a learner is told so, and nothing is asked of the server', () => {
    const { operations } = renderWithProviders(<RegionMovesPage />, { user: testUser({ roles: ['LEARNER'] }) });
    expect(screen.getByRole('alert')).toHaveTextContent('Halaman ini untuk koordinator wilayah dan admin.');
    expect(operations).toEqual([]);
  });

  it('approves a request and moves focus to what happened', async () => {
    renderWithProviders(<RegionMovesPage />, {
      user: coordinator,
      mocks: [
        pending([request]),
        {
          request: { query: ApproveRegionMoveMutation, variables: { id: 'm1' } },
          result: { data: { approveRegionMove: { ...request, status: 'APPROVED', decidedAt: '2026-12-02T03:00:00.000Z' } } },
        },
        pending([]),
      ],
    });
    expect(await screen.findByText('Dari Kabupaten Sumedang ke Kabupaten Kuningan')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Setujui/ }));
    const status = await screen.findByText('Siti Rahma sekarang terdaftar di wilayah tujuan.');
    await waitFor(() => expect(status).toHaveFocus());
    expect(await screen.findByText('Tidak ada permintaan pindah wilayah yang menunggu.')).toBeInTheDocument();
  });

  it('tells a new account’s request to join from a move', async () => {
    renderWithProviders(<RegionMovesPage />, {
      user: coordinator,
      mocks: [pending([request, { ...request, id: 'm2', fromRegion: null, user: { ...request.user, id: 'u2', fullName: 'Citra' } }])],
    });
    expect(await screen.findByText('Akun baru, meminta bergabung ke Kabupaten Kuningan')).toBeInTheDocument();
    expect(screen.getByText('Dari Kabupaten Sumedang ke Kabupaten Kuningan')).toBeInTheDocument();
  });

  it('says why a decision failed, in words', async () => {
    renderWithProviders(<RegionMovesPage />, {
      user: coordinator,
      mocks: [
        pending([request]),
        {
          request: { query: ApproveRegionMoveMutation, variables: { id: 'm1' } },
          result: {
            errors: [
              new GraphQLError('MOVE_ALREADY_DECIDED', {
                extensions: { code: 'CONFLICT', reason: 'MOVE_ALREADY_DECIDED' },
              }),
            ],
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Setujui/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Permintaan ini sudah diputuskan atau dibatalkan.');
  });
});
