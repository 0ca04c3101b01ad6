import { screen, within } from '@testing-library/react';
import { renderWithProviders, testUser } from '../../../test/render';
import { CoordinatorHomeQuery } from '../api/operations';
import { CoordinatorHomeSection } from './CoordinatorHomeSection';

const coordinator = testUser({ roles: ['LEARNER', 'COORDINATOR'] });

function summary(code: string, name: string, assessment: { year: number; status: 'DRAFT' | 'FINAL'; index: number | null } | null) {
  return {
    __typename: 'CoordinatorRegionSummary' as const,
    region: { __typename: 'Region' as const, code, name },
    activeLearnersThisMonth: 12,
    completionsThisMonth: 3,
    completionsTotal: 1234,
    sessionsHeld: 4,
    openActionItems: 2,
    assessment: assessment ? { __typename: 'CoordinatorAssessmentSummary' as const, ...assessment } : null,
    target: 3.5,
  };
}

function render(regions: ReturnType<typeof summary>[], coordinatesAllRegions = false) {
  return renderWithProviders(<CoordinatorHomeSection />, {
    user: coordinator,
    mocks: [
      {
        request: { query: CoordinatorHomeQuery },
        result: { data: { coordinatorHome: { __typename: 'CoordinatorHome' as const, coordinatesAllRegions, regions } } },
      },
    ],
  });
}

describe('CoordinatorHomeSection', () => {
  it('shows a card per region with its figures in the language’s format and links that name the region', async () => {
    render([
      summary('32.08', 'Kabupaten Kuningan', { year: 2024, status: 'FINAL', index: 2.91 }),
      summary('32.10', 'Kabupaten Majalengka', { year: 2025, status: 'DRAFT', index: null }),
    ]);
    const section = screen.getByRole('region', { name: 'Wilayah yang Anda koordinasikan' });
    const kuningan = await within(section).findByRole('article', { name: 'Kabupaten Kuningan' });
    expect(within(section).getAllByRole('article')).toHaveLength(2);
    // Indonesian groups thousands with a point and writes decimals with a comma.
    expect(within(kuningan).getByText('Modul selesai (total)').nextSibling?.textContent).toBe('1.234');
    expect(within(kuningan).getByText(/Penilaian mandiri 2024: final\. Indeks 2,91, di bawah target provinsi 3,50\./)).toBeInTheDocument();
    expect(within(kuningan).getByRole('link', { name: 'Peserta Kabupaten Kuningan' })).toHaveAttribute(
      'href',
      '/koordinasi/peserta?wilayah=32.08',
    );
    expect(within(kuningan).getByRole('link', { name: 'Papan mentoring Kabupaten Kuningan' })).toHaveAttribute(
      'href',
      '/koordinasi/mentoring?wilayah=32.08',
    );
    expect(within(kuningan).getByRole('link', { name: 'Halaman SPBE Kabupaten Kuningan' })).toHaveAttribute('href', '/spbe/wilayah/32.08');
    expect(within(kuningan).getByRole('link', { name: 'Penilaian mandiri 2024 Kabupaten Kuningan' })).toHaveAttribute(
      'href',
      '/spbe/wilayah/32.08/penilaian/2024',
    );
    const majalengka = screen.getByRole('article', { name: 'Kabupaten Majalengka' });
    expect(within(majalengka).getByText(/Penilaian mandiri 2025: draf\. Target provinsi: 3,50\./)).toBeInTheDocument();
    expect(within(majalengka).getByRole('link', { name: 'Penilaian mandiri 2025 Kabupaten Majalengka' })).toHaveAttribute(
      'href',
      '/spbe/wilayah/32.10/penilaian/2025',
    );
  });

  it('tells an admin without given regions where to go instead', async () => {
    render([], true);
    expect(await screen.findByText(/Sebagai admin, Anda mengoordinasikan semua wilayah/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buka dasbor provinsi' })).toHaveAttribute('href', '/spbe/provinsi/32');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
