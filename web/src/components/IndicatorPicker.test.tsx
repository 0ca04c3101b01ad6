import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FrameworkIndicatorsQuery, SpbeIndicatorsQuery } from '../lib/spbe';
import { renderWithProviders } from '../test/render';
import { IndicatorPicker } from './IndicatorPicker';

const indicator = (id: number, name: string) => ({
  __typename: 'SpbeIndicator' as const,
  id,
  code: `I${String(id).padStart(2, '0')}`,
  number: id,
  name,
});

const frameworkMock = {
  request: { query: SpbeIndicatorsQuery },
  result: {
    data: {
      spbeFramework: {
        __typename: 'SpbeFramework' as const,
        code: 'PERMENPANRB-59-2020',
        domains: [
          {
            __typename: 'SpbeDomain' as const,
            code: 'D1',
            number: 1,
            name: 'Kebijakan Internal SPBE',
            aspects: [
              {
                __typename: 'SpbeAspect' as const,
                code: 'A1',
                number: 1,
                name: 'Kebijakan Tata Kelola SPBE',
                indicators: [indicator(1, 'Kebijakan Internal Arsitektur SPBE'), indicator(2, 'Kebijakan Internal Peta Rencana SPBE')],
              },
            ],
          },
          {
            __typename: 'SpbeDomain' as const,
            code: 'D3',
            number: 3,
            name: 'Manajemen SPBE',
            aspects: [
              {
                __typename: 'SpbeAspect' as const,
                code: 'A6',
                number: 6,
                name: 'Penerapan Manajemen SPBE',
                indicators: [indicator(19, 'Penerapan Manajemen Arsip Elektronik'), indicator(20, 'Penerapan Manajemen Aset TIK')],
              },
            ],
          },
        ],
      },
    },
  },
};

function Harness({ initial = [] as string[], frameworkCode }: { initial?: string[]; frameworkCode?: string }) {
  const [codes, setCodes] = useState(initial);
  return (
    <>
      <IndicatorPicker id="picker" selected={codes} onChange={setCodes} frameworkCode={frameworkCode} />
      <p data-testid="codes">{codes.join(',')}</p>
    </>
  );
}

describe('IndicatorPicker', () => {
  it('groups the indicators by domain (closed) and aspect (a fieldset with its legend)', async () => {
    renderWithProviders(<Harness />, { mocks: [frameworkMock] as never });
    const domain = await screen.findByText('Domain 3: Manajemen SPBE');
    const details = domain.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await userEvent.click(domain);
    expect(details.open).toBe(true);
    const aspect = within(details).getByRole('group', { name: 'Aspek 6: Penerapan Manajemen SPBE' });
    expect(within(aspect).getAllByRole('checkbox')).toHaveLength(2);
  });

  it('searches by code and by name, opening the groups with a match', async () => {
    renderWithProviders(<Harness />, { mocks: [frameworkMock] as never });
    await screen.findByText('Domain 1: Kebijakan Internal SPBE');
    const search = screen.getByRole('searchbox', { name: 'Cari indikator' });

    await userEvent.type(search, 'arsip');
    expect(screen.getByRole('status')).toHaveTextContent('1 indikator cocok.');
    expect(screen.getByRole('checkbox', { name: 'I19 Penerapan Manajemen Arsip Elektronik' })).toBeVisible();
    expect(screen.queryByRole('checkbox', { name: /I20/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Domain 1: Kebijakan Internal SPBE')).not.toBeInTheDocument();

    await userEvent.clear(search);
    await userEvent.type(search, 'i02');
    expect(screen.getByRole('checkbox', { name: 'I02 Kebijakan Internal Peta Rencana SPBE' })).toBeVisible();
    expect(screen.queryByRole('checkbox', { name: /I19/ })).not.toBeInTheDocument();

    await userEvent.clear(search);
    await userEvent.type(search, 'tidak ada');
    expect(screen.getByRole('status')).toHaveTextContent('Tidak ada indikator yang cocok.');
  });

  it('shows the chosen indicators first as chips that remove them from the keyboard', async () => {
    renderWithProviders(<Harness initial={['I02', 'I19']} />, { mocks: [frameworkMock] as never });
    const chip = await screen.findByRole('button', { name: 'Hapus I19 Penerapan Manajemen Arsip Elektronik' });
    expect(screen.getByRole('heading', { name: '2 indikator dipilih' })).toBeInTheDocument();
    expect(screen.getByText('Domain 3: Manajemen SPBE').closest('summary')).toHaveTextContent('1 dipilih');

    chip.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTestId('codes')).toHaveTextContent(/^I02$/);
    expect(screen.getByRole('heading', { name: '1 indikator dipilih' })).toBeInTheDocument();
    // The focus moves on to the remaining chip rather than getting lost.
    const remaining = screen.getByRole('button', { name: 'Hapus I02 Kebijakan Internal Peta Rencana SPBE' });
    await waitFor(() => expect(remaining).toHaveFocus());

    await userEvent.click(screen.getByText('Domain 3: Manajemen SPBE'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'I20 Penerapan Manajemen Aset TIK' }));
    expect(screen.getByTestId('codes')).toHaveTextContent('I02,I20');
  });

  it('offers a framework without domains (Indeks Pemdi) by aspect, and opens the matches of words typed before it loaded', async () => {
    const pemdiMock = {
      request: { query: FrameworkIndicatorsQuery, variables: { code: 'PERMENPANRB-8-2026' } },
      delay: 50,
      result: {
        data: {
          spbeFramework: {
            __typename: 'SpbeFramework' as const,
            code: 'PERMENPANRB-8-2026',
            name: 'Indeks Pemerintah Digital (PermenPANRB Nomor 8 Tahun 2026)',
            domains: [],
            aspects: [
              {
                __typename: 'SpbeAspect' as const,
                code: 'A3',
                number: 3,
                name: 'Data',
                indicators: [
                  indicator(5, 'Tingkat Kematangan Tata Kelola Data'),
                  indicator(8, 'Tingkat Kematangan Pelindungan Data Pribadi'),
                ],
              },
            ],
          },
        },
      },
    };
    renderWithProviders(<Harness frameworkCode="PERMENPANRB-8-2026" />, { mocks: [pemdiMock] as never });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Cari indikator' }), 'pribadi');
    const checkbox = await screen.findByRole('checkbox', { name: 'I08 Tingkat Kematangan Pelindungan Data Pribadi' });
    expect(checkbox).toBeVisible();
    expect(screen.getByText('Aspek 3: Data').closest('details')?.open).toBe(true);
    // The aspect is the group: named once, by its summary, not again by a legend.
    expect(screen.getAllByText('Aspek 3: Data')).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'Aspek 3: Data' })).toContainElement(checkbox);
  });
});
