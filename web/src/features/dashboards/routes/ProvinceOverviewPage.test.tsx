import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router-dom';
import { RegionNameQuery } from '../../../lib/regions';
import { renderWithProviders, testUser } from '../../../test/render';
import { SetSpbeTargetMutation } from '../../assessments';
import { SpbeFrameworksQuery } from '../../spbe';
import { ProvinceOverviewQuery } from '../api/operations';
import ProvinceOverviewPage from './ProvinceOverviewPage';

const coordinator = testUser({ roles: ['LEARNER', 'COORDINATOR'] });

type Kind = 'OFFICIAL' | 'SELF_ASSESSED' | 'SIMULATED' | 'DEMO';

function row(
  code: string,
  name: string,
  latestIndex: number | null,
  learners: number,
  kind: Kind | null = latestIndex === null ? null : 'OFFICIAL',
) {
  return {
    __typename: 'RegionOverviewRow' as const,
    region: { __typename: 'Region' as const, code, name },
    learners,
    activeLearners30d: 1,
    enrolments: 2,
    completions: 1,
    completionRate: 0.5,
    sessionsHeld: 0,
    actionItemsOpen: 0,
    actionItemsDone: 0,
    playbookStepsDone: 0,
    latestIndex,
    latestIndexKind: kind,
    latestIndexYear: latestIndex === null ? null : 2026,
    target: 3.5,
  };
}

const SPBE = 'PERMENPANRB-59-2020';
const PEMDI = 'PERMENPANRB-8-2026';
const frameworks = {
  request: { query: SpbeFrameworksQuery },
  result: {
    data: {
      spbeFrameworks: [
        {
          __typename: 'SpbeFramework' as const,
          code: PEMDI,
          name: 'Indeks Pemerintah Digital',
          validFrom: 2026,
          validTo: null,
          revocation: null,
        },
        {
          __typename: 'SpbeFramework' as const,
          code: SPBE,
          name: 'Evaluasi SPBE',
          validFrom: 2021,
          validTo: 2025,
          revocation: { __typename: 'FrameworkRevocation' as const, on: '2026-06-05', by: 'PermenPANRB 8/2026' },
        },
      ],
    },
  },
};

const overview = {
  provinceOverview: {
    __typename: 'ProvinceOverview' as const,
    province: { __typename: 'Region' as const, code: '32', name: 'Jawa Barat' },
    frameworkCode: PEMDI,
    target: 3.5,
    targetIsDefault: false,
    rows: [
      row('32.04', 'Kabupaten Bandung', 3.1, 40, 'SELF_ASSESSED'),
      row('32.08', 'Kabupaten Kuningan', 2.4, 12, 'DEMO'),
      row('32.18', 'Kabupaten Pangandaran', null, 7),
    ],
    medians: [{ __typename: 'Benchmark' as const, figure: 'latestIndex', median: 2.75, of: 27 }],
  },
};

function render(user = coordinator, extraMocks: MockLink.MockedResponse[] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/spbe/provinsi/:provinceCode" element={<ProvinceOverviewPage />} />
    </Routes>,
    {
      route: '/spbe/provinsi/32',
      user,
      mocks: [
        { request: { query: ProvinceOverviewQuery, variables: { provinceCode: '32', frameworkCode: null } }, result: { data: overview } },
        frameworks,
        ...extraMocks,
      ],
    },
  );
}

const regionOrder = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1, -1)
    .map((tr) => within(tr).getAllByRole('rowheader')[0].textContent);

describe('ProvinceOverviewPage', () => {
  it('names the province in the heading, also when its overview is refused, and offers no useless retry', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/spbe/provinsi/:provinceCode" element={<ProvinceOverviewPage />} />
      </Routes>,
      {
        route: '/spbe/provinsi/33',
        user: coordinator,
        mocks: [
          {
            request: { query: ProvinceOverviewQuery, variables: { provinceCode: '33', frameworkCode: null } },
            result: { errors: [new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN', reason: 'NOT_YOUR_REGION' } })] },
          },
          {
            request: { query: RegionNameQuery, variables: { code: '33' } },
            result: { data: { region: { __typename: 'Region', code: '33', name: 'Jawa Tengah', kind: 'PROVINCE' } } },
          },
        ],
      },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Dasbor Provinsi Jawa Tengah' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: /33/ })).not.toBeInTheDocument();
  });

  it('keeps the region column readable: a scrolling region named by the caption, a wide first column', async () => {
    render();
    const table = await screen.findByRole('table', { name: /Angka per kabupaten\/kota/ });
    const scroller = screen.getByRole('region', { name: /Angka per kabupaten\/kota/ });
    expect(scroller).toContainElement(table);
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(scroller).toHaveClass('spbe-province-scroll');
    expect(within(table).getByRole('button', { name: 'Wilayah' }).closest('th')).toHaveClass('spbe-region-col');
    for (const header of within(table).getAllByRole('rowheader')) expect(header).toHaveClass('spbe-region-col');
  });

  it('sorts by a column with the header button and marks it with aria-sort', async () => {
    render();
    const table = await screen.findByRole('table', { name: /Angka per kabupaten\/kota/ });
    expect(regionOrder(table)).toEqual(['Kabupaten Bandung', 'Kabupaten Kuningan', 'Kabupaten Pangandaran']);
    const indexButton = within(table).getByRole('button', { name: 'Indeks terbaru' });
    await userEvent.click(indexButton);
    expect(indexButton.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(regionOrder(table)).toEqual(['Kabupaten Bandung', 'Kabupaten Kuningan', 'Kabupaten Pangandaran']);
    await userEvent.click(indexButton);
    expect(indexButton.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    // Regions without an index stay last.
    expect(regionOrder(table)).toEqual(['Kabupaten Kuningan', 'Kabupaten Bandung', 'Kabupaten Pangandaran']);
    await userEvent.click(within(table).getByRole('button', { name: 'Peserta' }));
    expect(regionOrder(table)).toEqual(['Kabupaten Bandung', 'Kabupaten Kuningan', 'Kabupaten Pangandaran']);
    expect(within(table).getByRole('button', { name: 'Wilayah' }).closest('th')).not.toHaveAttribute('aria-sort');
    // The medians row.
    expect(within(table).getByRole('rowheader', { name: 'Median provinsi' }).closest('tr')).toHaveTextContent('2,75');
  });

  it('downloads the CSV with the session cookie and saves it as a Blob', async () => {
    const csv = new Blob(['kode,nama\n32.08,Kabupaten Kuningan\n'], { type: 'text/csv' });
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => csv }) as unknown as Response);
    const originalFetch = globalThis.fetch;
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    const createObjectURL = jest.fn(() => 'blob:ringkasan');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    try {
      render();
      await userEvent.click(await screen.findByRole('button', { name: 'Unduh CSV' }));
      await waitFor(() => expect(screen.getByText('Berkas ringkasan-32-PERMENPANRB-8-2026.csv sudah diunduh.')).toBeInTheDocument());
      // Indonesian UI: the file is in Bahasa Indonesia with semicolons, as Excel on Indonesian settings expects.
      expect(fetchMock).toHaveBeenCalledWith('/exports/province-overview.csv?province=32&lang=id&delimiter=semicolon', {
        credentials: 'same-origin',
      });
      expect(createObjectURL).toHaveBeenCalledWith(csv);
      expect(createObjectURL.mock.calls[0]).toEqual([expect.any(Blob)]);
      expect(clicked).toHaveLength(1);
      expect(clicked[0].download).toBe('ringkasan-32-PERMENPANRB-8-2026.csv');
      expect(clicked[0].getAttribute('href')).toBe('blob:ringkasan');
      // Without the semicolon option, commas.
      const semicolon = screen.getByRole('checkbox', { name: 'Pemisah titik koma (;)' });
      expect(semicolon).toBeChecked();
      await userEvent.click(semicolon);
      await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      expect(fetchMock).toHaveBeenLastCalledWith('/exports/province-overview.csv?province=32&lang=id&delimiter=comma', {
        credentials: 'same-origin',
      });
    } finally {
      globalThis.fetch = originalFetch;
      click.mockRestore();
    }
  });

  it('shows the target form to admins only and saves the target with its version', async () => {
    const first = render();
    await screen.findByRole('table', { name: /Angka per kabupaten\/kota/ });
    expect(screen.queryByRole('form', { name: 'Ubah target provinsi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Simpan target' })).not.toBeInTheDocument();
    first.unmount();

    const admin = testUser({ roles: ['LEARNER', 'ADMIN'] });
    const target = (value: number, version: number) => ({ provinceCode: '32', target: value, version });
    const { operations } = render(admin, [
      {
        request: { query: SetSpbeTargetMutation, variables: target(3.75, 1) },
        result: { data: { setSpbeTarget: { __typename: 'SpbeTarget' as const, ...target(3.75, 2) } } },
      },
      {
        request: { query: ProvinceOverviewQuery, variables: { provinceCode: '32', frameworkCode: null } },
        result: { data: { provinceOverview: { ...overview.provinceOverview, target: 3.75 } } },
      },
      {
        request: { query: SetSpbeTargetMutation, variables: target(3.8, 2) },
        result: { errors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } })] },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Ubah target provinsi' });
    const input = within(form).getByLabelText('Target indeks SPBE');
    // A text field in the interface language: "3,75" as the hint "1,00 sampai 5,00" suggests, not 375.
    expect(input).toHaveValue('3,50');
    await userEvent.clear(input);
    await userEvent.type(input, '3,75');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan target' }));
    await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Target provinsi tersimpan: 3,75.'));
    // The overview is refetched, so the target line follows.
    expect(await screen.findByText('Target indeks provinsi pada Pemdi (PermenPANRB 8/2026): 3,75')).toBeInTheDocument();
    expect(operations.filter((name) => name === 'ProvinceOverview')).toHaveLength(2);

    // The next save sends the version the last one returned; a stale version asks for a reload.
    await userEvent.clear(input);
    await userEvent.type(input, '3.8');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan target' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Target sudah diubah orang lain; muat ulang halaman.');
    expect(operations.filter((name) => name === 'SetSpbeTarget')).toHaveLength(2);
  });
});

describe('ProvinceOverviewPage per framework', () => {
  it('offers a labelled framework picker (the current one chosen) and says what each index is, as text', async () => {
    render();
    const picker = await screen.findByRole('combobox', { name: 'Kerangka evaluasi' });
    await waitFor(() => expect(picker).toHaveValue(PEMDI));
    expect(within(picker).getByRole('option', { name: 'SPBE (PermenPANRB 59/2020), 2021–2025 (dicabut)' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Angka per kabupaten\/kota/ });
    const bandung = within(table).getByRole('rowheader', { name: 'Kabupaten Bandung' }).closest('tr') as HTMLElement;
    expect(bandung).toHaveTextContent('3,10 Penilaian mandiri 2026');
    const kuningan = within(table).getByRole('rowheader', { name: 'Kabupaten Kuningan' }).closest('tr') as HTMLElement;
    expect(kuningan).toHaveTextContent('2,40 Demo, bukan nilai resmi 2026');
    expect(screen.getByText('Target indeks provinsi pada Pemdi (PermenPANRB 8/2026): 3,50')).toBeInTheDocument();
  });

  it('picking SPBE asks for the SPBE figures and the SPBE CSV, and hides the target form of the current framework', async () => {
    const csv = new Blob(['x'], { type: 'text/csv' });
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => csv }) as unknown as Response);
    const originalFetch = globalThis.fetch;
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const spbe = {
      provinceOverview: {
        ...overview.provinceOverview,
        frameworkCode: SPBE,
        rows: [row('32.04', 'Kabupaten Bandung', 3.37, 40, 'OFFICIAL')],
      },
    };
    try {
      const admin = testUser({ roles: ['LEARNER', 'ADMIN'] });
      const { operations } = render(admin, [
        { request: { query: ProvinceOverviewQuery, variables: { provinceCode: '32', frameworkCode: SPBE } }, result: { data: spbe } },
      ]);
      expect(await screen.findByRole('form', { name: 'Ubah target provinsi' })).toBeInTheDocument();
      const picker = screen.getByRole('combobox', { name: 'Kerangka evaluasi' });
      await waitFor(() => expect(picker).toHaveValue(PEMDI));
      await userEvent.selectOptions(picker, SPBE);
      expect(await screen.findByText('Target indeks provinsi pada SPBE (PermenPANRB 59/2020): 3,50')).toBeInTheDocument();
      const table = screen.getByRole('table', { name: /Angka per kabupaten\/kota/ });
      expect(within(table).getByRole('rowheader', { name: 'Kabupaten Bandung' }).closest('tr')).toHaveTextContent('3,37 Resmi 2026');
      expect(screen.queryByRole('form', { name: 'Ubah target provinsi' })).not.toBeInTheDocument();
      expect(operations.filter((name) => name === 'ProvinceOverview')).toHaveLength(2);
      await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
      await waitFor(() =>
        expect(fetchMock).toHaveBeenCalledWith(`/exports/province-overview.csv?province=32&framework=${SPBE}&lang=id&delimiter=semicolon`, {
          credentials: 'same-origin',
        }),
      );
    } finally {
      globalThis.fetch = originalFetch;
      click.mockRestore();
    }
  });
});
