import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../test/render';
import { CatalogueQuery } from '../api/catalogue';
import { frameworkIndicatorsMock, frameworksMock, PEMDI, SPBE_59 } from '../test-fixtures';
import CataloguePage from './CataloguePage';

function hit(id: string, title: string, snippet: string | null, match: Record<string, unknown> = {}) {
  return {
    __typename: 'CatalogueHit' as const,
    rank: 0.5,
    snippet,
    indicatorMatch: null,
    crosswalkedFrom: [],
    ...match,
    item: { __typename: 'ContentItem' as const, id, type: 'CASE_STUDY' },
    revision: {
      __typename: 'ContentRevision' as const,
      id: `r-${id}`,
      title,
      summary: 'Ringkasan studi kasus.',
      level: 'INTERMEDIATE',
      estimatedMinutes: 20,
      indicators: [{ __typename: 'SpbeIndicator' as const, frameworkCode: SPBE_59, code: 'I23', name: 'Penerapan Manajemen Data' }],
    },
  };
}

function Where() {
  return <output data-testid="where">{useLocation().search}</output>;
}

function renderCatalogue(route: string, mocks: unknown[]) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/katalog"
        element={
          <>
            <CataloguePage />
            <Where />
          </>
        }
      />
    </Routes>,
    { user: testUser(), route, mocks: mocks as never },
  );
}

describe('CataloguePage', () => {
  it('reads search and filters from the URL and shows the results with marked snippets', async () => {
    renderCatalogue('/katalog?q=e-Office&jenis=CASE_STUDY&tingkat=NOPE', [
      frameworksMock,
      frameworkIndicatorsMock(),
      {
        request: { query: CatalogueQuery, variables: { search: 'e-Office', type: 'CASE_STUDY', limit: 20, offset: 0 } },
        result: {
          data: {
            catalogue: {
              __typename: 'CataloguePage',
              totalCount: 1,
              items: [hit('c1', 'e-Office Sumedang', 'Aplikasi \u0002e-Office\u0003 dipakai')],
            },
          },
        },
      },
    ]);
    const link = await screen.findByRole('link', { name: 'e-Office Sumedang' });
    expect(link).toHaveAttribute('href', '/konten/c1');
    expect(screen.getByText('1 konten ditemukan')).toHaveAttribute('role', 'status');
    expect(screen.getByText('e-Office', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByLabelText('Cari konten')).toHaveValue('e-Office');
    expect(screen.getByLabelText('Jenis')).toHaveValue('CASE_STUDY');
    expect(screen.getByRole('list', { name: 'Indikator' })).toHaveTextContent('SPBE I23 Penerapan Manajemen Data');
  });

  it('puts a new search in the URL and starts from the first page', async () => {
    renderCatalogue('/katalog?halaman=2', [
      frameworksMock,
      frameworkIndicatorsMock(),
      {
        request: { query: CatalogueQuery, variables: { limit: 20, offset: 20 } },
        result: { data: { catalogue: { __typename: 'CataloguePage', totalCount: 21, items: [hit('c21', 'Item 21', null)] } } },
      },
      {
        request: { query: CatalogueQuery, variables: { search: 'arsip', level: 'BEGINNER', limit: 20, offset: 0 } },
        result: { data: { catalogue: { __typename: 'CataloguePage', totalCount: 0, items: [] } } },
      },
    ]);
    expect(await screen.findByText('Halaman 2 dari 2')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Cari konten'), 'arsip');
    await userEvent.selectOptions(screen.getByLabelText('Tingkat'), 'Pemula');
    await userEvent.click(screen.getByRole('button', { name: 'Cari' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('?q=arsip&tingkat=BEGINNER'));
    expect(await screen.findByText('Tidak ada konten yang cocok. Coba kata kunci lain atau hapus saringan.')).toBeInTheDocument();
  });

  it('filters by a Pemdi indicator and marks what was found through Living Lab’s own mapping', async () => {
    renderCatalogue(`/katalog?kerangka=${PEMDI}&indikator=I05`, [
      frameworksMock,
      frameworkIndicatorsMock(PEMDI),
      {
        request: { query: CatalogueQuery, variables: { indicatorCode: 'I05', frameworkCode: PEMDI, limit: 20, offset: 0 } },
        result: {
          data: {
            catalogue: {
              __typename: 'CataloguePage',
              totalCount: 1,
              items: [
                hit('c1', 'Manajemen data', null, {
                  indicatorMatch: 'CROSSWALK',
                  crosswalkedFrom: [
                    { __typename: 'SpbeIndicator' as const, frameworkCode: SPBE_59, code: 'I23', name: 'Penerapan Manajemen Data' },
                  ],
                }),
              ],
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('link', { name: 'Manajemen data' })).toBeInTheDocument();
    expect(screen.getByText('Melalui pemetaan')).toBeInTheDocument();
    expect(screen.getByText('Ditandai dengan SPBE I23 Penerapan Manajemen Data.')).toBeInTheDocument();
    expect(screen.getByText(/pemetaan editorial Living Lab sendiri/)).toBeInTheDocument();
    // The select shows its value once the frameworks (a query of their own) are its options.
    await waitFor(() => expect(screen.getByLabelText(/Kerangka penilaian/)).toHaveValue(PEMDI));
    expect(await screen.findByRole('option', { name: 'I05 Tingkat Kematangan Tata Kelola Data' })).toBeInTheDocument();
    expect(screen.getByLabelText('Indikator Indeks Pemdi (PermenPANRB 8/2026)')).toHaveValue('I05');
    // The Indeks Pemdi has no domains: no domain filter.
    expect(screen.queryByLabelText('Domain SPBE')).not.toBeInTheDocument();
  });

  it('offers the SPBE domains again when SPBE 59/2020 is chosen', async () => {
    renderCatalogue('/katalog', [
      frameworksMock,
      frameworkIndicatorsMock(),
      frameworkIndicatorsMock(SPBE_59),
      {
        request: { query: CatalogueQuery, variables: { limit: 20, offset: 0 } },
        result: { data: { catalogue: { __typename: 'CataloguePage', totalCount: 0, items: [] } } },
      },
    ]);
    await screen.findByRole('option', { name: 'SPBE (PermenPANRB 59/2020)' });
    await userEvent.selectOptions(screen.getByLabelText(/Kerangka penilaian/), SPBE_59);
    expect(await screen.findByLabelText('Domain SPBE')).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'I01 Kebijakan Internal Arsitektur SPBE' })).toBeInTheDocument();
  });
});
