import { screen, within } from '@testing-library/react';
import { renderWithProviders, testUser } from '../../../test/render';
import { currentYearInWib } from '../../spbe';
import { CoordinatorHomeQuery } from '../api/operations';
import { CoordinatorHomeSection } from './CoordinatorHomeSection';

const coordinator = testUser({ roles: ['LEARNER', 'COORDINATOR'] });
const PEMDI = 'PERMENPANRB-8-2026';
type Kind = 'OFFICIAL' | 'SELF_ASSESSED' | 'SIMULATED' | 'DEMO';

type Status = 'NONE' | 'DRAFT' | 'SUBMITTED' | 'FINAL';

function summary(
  code: string,
  name: string,
  latestValue: { year: number; value: number; kind: Kind } | null,
  evaluationStatus: Status = 'NONE',
) {
  return {
    __typename: 'CoordinatorRegionSummary' as const,
    region: { __typename: 'Region' as const, code, name },
    activeLearnersThisMonth: 12,
    completionsThisMonth: 3,
    completionsTotal: 1234,
    sessionsHeld: 4,
    openActionItems: 2,
    latestValue: latestValue ? { __typename: 'IndexValue' as const, frameworkCode: PEMDI, ...latestValue } : null,
    target: 3.5,
    evaluationStatus,
    evaluationYear: 2026,
  };
}

function render(regions: ReturnType<typeof summary>[], coordinatesAllRegions = false) {
  return renderWithProviders(<CoordinatorHomeSection />, {
    user: coordinator,
    mocks: [
      {
        request: { query: CoordinatorHomeQuery },
        result: {
          data: { coordinatorHome: { __typename: 'CoordinatorHome' as const, coordinatesAllRegions, frameworkCode: PEMDI, regions } },
        },
      },
    ],
  });
}

describe('CoordinatorHomeSection', () => {
  it('shows a card per region with its figures in the language’s format and links that name the region', async () => {
    render([
      summary('32.08', 'Kabupaten Kuningan', { year: 2026, value: 2.91, kind: 'SELF_ASSESSED' }, 'SUBMITTED'),
      summary('32.10', 'Kabupaten Majalengka', null),
    ]);
    const section = screen.getByRole('region', { name: 'Wilayah yang Anda koordinasikan' });
    const kuningan = await within(section).findByRole('article', { name: 'Kabupaten Kuningan' });
    expect(within(section).getAllByRole('article')).toHaveLength(2);
    // Indonesian groups thousands with a point and writes decimals with a comma.
    expect(within(kuningan).getByText('Modul selesai (total)').nextSibling?.textContent).toBe('1.234');
    // The value says its framework, year and kind (as text), then compares with that framework's target.
    expect(kuningan.querySelector('.coordinator-home-assessment')).toHaveTextContent(
      'Penilaian Pemdi (PermenPANRB 8/2026) 2026: sudah dikirim ke penilai. Nilai Pemdi (PermenPANRB 8/2026) 2026: Penilaian mandiri. Indeks 2,91, di bawah target provinsi 3,50.',
    );
    expect(within(kuningan).getByRole('link', { name: 'Peserta Kabupaten Kuningan' })).toHaveAttribute(
      'href',
      '/koordinasi/peserta?wilayah=32.08',
    );
    expect(within(kuningan).getByRole('link', { name: 'Papan mentoring Kabupaten Kuningan' })).toHaveAttribute(
      'href',
      '/koordinasi/mentoring?wilayah=32.08',
    );
    expect(within(kuningan).getByRole('link', { name: 'Halaman SPBE Kabupaten Kuningan' })).toHaveAttribute('href', '/spbe/wilayah/32.08');
    expect(within(kuningan).getByRole('link', { name: 'Penilaian mandiri 2026 Kabupaten Kuningan' })).toHaveAttribute(
      'href',
      '/spbe/wilayah/32.08/penilaian/2026',
    );
    const majalengka = screen.getByRole('article', { name: 'Kabupaten Majalengka' });
    // No value on the current framework: no index compared with its target (never one of another framework).
    expect(majalengka.querySelector('.coordinator-home-assessment')).toHaveTextContent(
      'Penilaian Pemdi (PermenPANRB 8/2026) 2026: belum dibuka. Belum ada nilai Pemdi (PermenPANRB 8/2026). Target provinsi: 3,50.',
    );
    const year = currentYearInWib();
    expect(within(majalengka).getByRole('link', { name: `Penilaian mandiri ${year} Kabupaten Majalengka` })).toHaveAttribute(
      'href',
      `/spbe/wilayah/32.10/penilaian/${year}`,
    );
  });

  it('tells an admin without given regions where to go instead', async () => {
    render([], true);
    expect(await screen.findByText(/Sebagai admin, Anda mengoordinasikan semua wilayah/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buka dasbor provinsi' })).toHaveAttribute('href', '/spbe/provinsi/32');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
