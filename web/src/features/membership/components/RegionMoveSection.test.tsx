import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProvincesQuery, RegionsOfProvinceQuery } from '../../../lib/regions';
import { renderWithProviders, sumedang, testUser, westJava } from '../../../test/render';
import { CancelMyRegionMoveMutation, MyRegionMoveQuery, RequestRegionMoveMutation } from '../api/operations';
import { RegionMoveSection } from './RegionMoveSection';

const kuningan = { __typename: 'Region' as const, code: '32.08', name: 'Kabupaten Kuningan', kind: 'REGENCY' as const, provinceCode: '32' };
const moveRequest = {
  __typename: 'RegionMoveRequest' as const,
  id: 'm1',
  status: 'PENDING' as const,
  createdAt: '2026-12-01T03:00:00.000Z',
  decidedAt: null,
  reason: null,
  fromRegion: { __typename: 'Region' as const, code: sumedang.code, name: sumedang.name, kind: sumedang.kind },
  toRegion: { __typename: 'Region' as const, code: kuningan.code, name: kuningan.name, kind: kuningan.kind },
};
const regionMocks = [
  { request: { query: ProvincesQuery }, result: { data: { provinces: [westJava] } }, maxUsageCount: 5 },
  {
    request: { query: RegionsOfProvinceQuery, variables: { provinceCode: '32' } },
    result: { data: { regionsOfProvince: [sumedang, kuningan] } },
    maxUsageCount: 5,
  },
];

describe('RegionMoveSection', () => {
  it('asks to move, then shows the request as waiting with a way to cancel it', async () => {
    renderWithProviders(<RegionMoveSection currentRegionCode="32.11" />, {
      user: testUser(),
      mocks: [
        ...regionMocks,
        { request: { query: MyRegionMoveQuery }, result: { data: { myRegionMoveRequest: null } } },
        {
          request: { query: RequestRegionMoveMutation, variables: { toRegionCode: '32.08' } },
          result: { data: { requestRegionMove: moveRequest } },
        },
        { request: { query: MyRegionMoveQuery }, result: { data: { myRegionMoveRequest: moveRequest } } },
      ],
    });
    const area = await screen.findByLabelText('Kabupaten/kota');
    await screen.findByRole('option', { name: 'Kabupaten Kuningan' });
    await userEvent.selectOptions(area, '32.08');
    await userEvent.click(screen.getByRole('button', { name: 'Minta pindah wilayah' }));
    const status = await screen.findByText('Permintaan terkirim. Koordinator wilayah tujuan akan memutuskannya.');
    await waitFor(() => expect(status).toHaveFocus());
    expect(await screen.findByText(/Permintaan pindah ke Kabupaten Kuningan menunggu persetujuan/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Batalkan permintaan pindah' })).toBeInTheDocument();
  });

  it('for a new account still in no region: reads "join", and asks to join again after a rejection', async () => {
    const joinRejected = {
      ...moveRequest,
      status: 'REJECTED' as const,
      fromRegion: null,
      decidedAt: '2026-12-01T05:00:00.000Z',
      reason: 'Bukan ASN Kuningan',
    };
    const joinPending = { ...moveRequest, id: 'm2', fromRegion: null, toRegion: { ...moveRequest.fromRegion } };
    renderWithProviders(<RegionMoveSection currentRegionCode={null} />, {
      user: testUser({ regionCode: null, region: null }),
      mocks: [
        ...regionMocks,
        { request: { query: MyRegionMoveQuery }, result: { data: { myRegionMoveRequest: joinRejected } } },
        {
          request: { query: RequestRegionMoveMutation, variables: { toRegionCode: '32.11' } },
          result: { data: { requestRegionMove: joinPending } },
        },
        { request: { query: MyRegionMoveQuery }, result: { data: { myRegionMoveRequest: joinPending } } },
      ],
    });
    expect(
      await screen.findByText(/Permintaan bergabung ke Kabupaten Kuningan ditolak pada .* Alasan: Bukan ASN Kuningan/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Akun baru belum menjadi anggota wilayah mana pun/)).toBeInTheDocument();
    const area = await screen.findByLabelText('Kabupaten/kota');
    await screen.findByRole('option', { name: 'Kabupaten Sumedang' });
    await userEvent.selectOptions(area, '32.11');
    await userEvent.click(screen.getByRole('button', { name: 'Minta bergabung' }));
    expect(await screen.findByText(/Permintaan bergabung ke Kabupaten Sumedang menunggu persetujuan/)).toBeInTheDocument();
  });

  it('refuses the current region without asking the server', async () => {
    const { operations } = renderWithProviders(<RegionMoveSection currentRegionCode="32.11" />, {
      user: testUser(),
      mocks: [...regionMocks, { request: { query: MyRegionMoveQuery }, result: { data: { myRegionMoveRequest: null } } }],
    });
    const area = await screen.findByLabelText('Kabupaten/kota');
    await screen.findByRole('option', { name: 'Kabupaten Sumedang' });
    await userEvent.selectOptions(area, '32.11');
    await userEvent.click(screen.getByRole('button', { name: 'Minta pindah wilayah' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pilih kabupaten/kota lain dari wilayah Anda sekarang.');
    expect(operations).not.toContain('RequestRegionMove');
  });

  it('cancels a waiting request', async () => {
    renderWithProviders(<RegionMoveSection currentRegionCode="32.11" />, {
      user: testUser(),
      mocks: [
        ...regionMocks,
        { request: { query: MyRegionMoveQuery }, result: { data: { myRegionMoveRequest: moveRequest } } },
        {
          request: { query: CancelMyRegionMoveMutation },
          result: { data: { cancelMyRegionMove: { ...moveRequest, status: 'CANCELLED' } } },
        },
        { request: { query: MyRegionMoveQuery }, result: { data: { myRegionMoveRequest: { ...moveRequest, status: 'CANCELLED' } } } },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Batalkan permintaan pindah' }));
    expect(await screen.findByText('Permintaan pindah dibatalkan.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Minta pindah wilayah' })).toBeInTheDocument();
  });
});
