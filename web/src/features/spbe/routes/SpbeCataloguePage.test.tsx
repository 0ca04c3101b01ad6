import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders, testUser } from '../../../test/render';
import { SetSpbeLevelNamesMutation, SpbeFrameworkQuery, SpbeFrameworksQuery } from '../api/operations';
import SpbeCataloguePage from './SpbeCataloguePage';

const SPBE = 'PERMENPANRB-59-2020';
const PEMDI = 'PERMENPANRB-8-2026';
const level = (n: number, name: string, nameEn: string | null = null) => ({ __typename: 'MaturityLevel' as const, level: n, name, nameEn });
const indicator = (id: number, code: string, name: string, weightBp: number) => ({
  __typename: 'SpbeIndicator' as const,
  id,
  code,
  number: id,
  name,
  weightBp,
  weightPercent: weightBp / 100,
});
const aspect = (code: string, number: number, name: string, indicators: ReturnType<typeof indicator>[]) => ({
  __typename: 'SpbeAspect' as const,
  code,
  number,
  name,
  weightBp: indicators.reduce((sum, i) => sum + i.weightBp, 0),
  indicators,
});
const base = {
  __typename: 'SpbeFramework' as const,
  predicates: [{ __typename: 'PredicateBand' as const, minIndex: 4, name: 'Memuaskan' }],
  scale: { __typename: 'IndicatorValueScale' as const, resolution: 1 },
};
const pemdi = {
  ...base,
  code: PEMDI,
  name: 'Indeks Pemerintah Digital (PermenPANRB Nomor 8 Tahun 2026)',
  legalBasis: 'PermenPANRB 8/2026',
  validFrom: 2026,
  validTo: null,
  revocation: null,
  maturityLevels: [
    level(1, 'Merintis', 'Initiate'),
    level(2, 'Membangun'),
    level(3, 'Berkembang'),
    level(4, 'Melembaga'),
    level(5, 'Unggul'),
  ],
  domains: [],
  aspects: [aspect('A3', 3, 'Data', [indicator(5, 'I05', 'Tingkat Kematangan Tata Kelola Data', 500)])],
};
const spbe = {
  ...base,
  code: SPBE,
  name: 'Evaluasi SPBE (PermenPANRB Nomor 59 Tahun 2020)',
  legalBasis: 'PermenPANRB 59/2020',
  validFrom: 2021,
  validTo: 2025,
  revocation: { __typename: 'FrameworkRevocation' as const, on: '2026-06-05', by: 'PermenPANRB 8/2026' },
  scale: { __typename: 'IndicatorValueScale' as const, resolution: 100 },
  maturityLevels: [
    level(1, 'Rintisan', 'Initial'),
    level(2, 'Terkelola'),
    level(3, 'Terdefinisi'),
    level(4, 'Terpadu dan Terukur'),
    level(5, 'Optimum'),
  ],
  domains: [
    {
      __typename: 'SpbeDomain' as const,
      code: 'D4',
      number: 4,
      name: 'Layanan',
      weightBp: 300,
      maturityLevels: [level(1, 'Informasi'), level(2, 'Interaksi'), level(3, 'Transaksi'), level(4, 'Kolaborasi'), level(5, 'Optimum')],
      aspects: [{ __typename: 'SpbeAspect' as const, code: 'A8' }],
    },
  ],
  aspects: [aspect('A8', 8, 'Layanan Publik Berbasis Elektronik', [indicator(44, 'I44', 'Layanan JDIH', 300)])],
};
const frameworks = {
  request: { query: SpbeFrameworksQuery },
  result: {
    data: {
      spbeFrameworks: [pemdi, spbe].map(({ code, name, validFrom, validTo, revocation }) => ({
        __typename: 'SpbeFramework' as const,
        code,
        name,
        validFrom,
        validTo,
        revocation,
      })),
    },
  },
  maxUsageCount: 5,
};
const mocks = [
  { request: { query: SpbeFrameworkQuery, variables: { code: null } }, result: { data: { spbeFramework: pemdi } } },
  { request: { query: SpbeFrameworkQuery, variables: { code: SPBE } }, result: { data: { spbeFramework: spbe } } },
  frameworks,
];

describe('SpbeCataloguePage', () => {
  it('shows Pemdi (the current framework) by aspects, and SPBE by domains with the Layanan domain’s own level names', async () => {
    renderWithProviders(<SpbeCataloguePage />, { user: testUser(), mocks });
    expect(await screen.findByRole('heading', { level: 1, name: 'Katalog Pemdi (PermenPANRB 8/2026)' })).toBeInTheDocument();
    expect(screen.getByText('Nilai indikator dua desimal, 1,00 sampai 5,00.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Aspek 3: Data' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Tingkat Kematangan Tata Kelola Data' })).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Kerangka evaluasi' });
    await waitFor(() => expect(picker).toHaveValue(PEMDI));
    await userEvent.selectOptions(picker, SPBE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Katalog SPBE (PermenPANRB 59/2020)' })).toBeInTheDocument();
    expect(screen.getByText('Berlaku untuk evaluasi 2021–2025')).toBeInTheDocument();
    expect(screen.getByText(/^Dicabut pada .* oleh PermenPANRB 8\/2026$/)).toBeInTheDocument();
    const layanan = screen.getByRole('heading', { level: 2, name: 'Tingkat kematangan domain Layanan' }).closest('section') as HTMLElement;
    expect(
      within(layanan)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toContain('1Informasi–');
    expect(screen.getByRole('heading', { name: 'Domain 4: Layanan' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Aspek 8: Layanan Publik Berbasis Elektronik' })).toBeInTheDocument();
    // Level names are edited by admins only.
    expect(screen.queryByRole('button', { name: 'Simpan nama tingkat' })).not.toBeInTheDocument();
  });

  it('lets an admin rename level names and shows a refused save as a translated error', async () => {
    const names = ['Rintisan', 'Membangun', 'Berkembang', 'Melembaga', 'Unggul'];
    const sent = names.map((name, index) => ({ level: index + 1, name, nameEn: index === 0 ? 'Initiate' : null }));
    renderWithProviders(<SpbeCataloguePage />, {
      user: testUser({ roles: ['LEARNER', 'ADMIN'] }),
      mocks: [
        ...mocks,
        {
          request: { query: SetSpbeLevelNamesMutation, variables: { frameworkCode: PEMDI, domainCode: null, levels: sent } },
          result: {
            data: {
              setSpbeLevelNames: {
                __typename: 'SpbeFramework' as const,
                code: PEMDI,
                maturityLevels: sent.map((entry) => level(entry.level, entry.name, entry.nameEn)),
                domains: [],
              },
            },
          },
        },
        {
          request: { query: SetSpbeLevelNamesMutation, variables: { frameworkCode: PEMDI, domainCode: null, levels: sent } },
          result: { errors: [new GraphQLError('x', { extensions: { code: 'NOT_FOUND', reason: 'FRAMEWORK_NOT_FOUND' } })] },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Ubah nama: Tingkat kematangan' });
    const first = within(form).getByLabelText('Nama tingkat 1');
    expect(first).toHaveValue('Merintis');
    await userEvent.clear(first);
    await userEvent.type(first, 'Rintisan');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan nama tingkat' }));
    expect(await within(form).findByText('Nama tingkat tersimpan.')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan nama tingkat' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Kerangka evaluasi tidak ditemukan.');
  });
});
