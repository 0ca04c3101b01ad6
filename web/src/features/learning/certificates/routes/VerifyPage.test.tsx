import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AppRoutes } from '../../../../app/routes/AppRoutes';
import { renderWithProviders } from '../../../../test/render';
import { VerifyCertificateQuery } from '../api/operations';
import { verification } from '../test-fixtures';

describe('VerifyPage (/verify/:code)', () => {
  it('works signed out: recipient, title, kind, date in WIB and issuer', async () => {
    renderWithProviders(<AppRoutes />, {
      user: null,
      route: '/verify/LL-7K2M9Q',
      mocks: [
        {
          request: { query: VerifyCertificateQuery, variables: { code: 'LL-7K2M9Q' } },
          result: { data: { verifyCertificate: verification } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sertifikat sah' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Rincian sertifikat' });
    expect(details).toHaveTextContent('Siti Rahma');
    expect(details).toHaveTextContent('Pengantar SPBE dan Indeks SPBE');
    expect(details).toHaveTextContent('Modul');
    expect(details).toHaveTextContent('3 Maret 2026'); // 00.30 WIB on the next day
    expect(details).toHaveTextContent('WIB');
    expect(details).toHaveTextContent('Living Lab Kabupaten Sumedang');
    expect(
      within(details)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Semua 5 pelajaran diselesaikan', 'Lulus kuis dengan nilai minimal 70%']);
    // Signed out: the header offers sign-in, and the page was not replaced by the login page.
    expect(within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: 'Masuk' })).toBeInTheDocument();
  });

  it('a path certificate lists each module with what it required', async () => {
    renderWithProviders(<AppRoutes />, {
      user: null,
      route: '/verify/LL-PATH01',
      mocks: [
        {
          request: { query: VerifyCertificateQuery, variables: { code: 'LL-PATH01' } },
          result: {
            data: {
              verifyCertificate: {
                ...verification,
                code: 'LL-PATH01',
                kind: 'PATH',
                title: 'Jalur Dasar SPBE',
                criteria: [
                  { __typename: 'CertificateModuleCriteria', title: 'Modul pendamping', lessonCount: 1, quizPassMarkPercents: [] },
                  { __typename: 'CertificateModuleCriteria', title: 'Pengantar SPBE', lessonCount: 5, quizPassMarkPercents: [70, 80] },
                ],
              },
            },
          },
        },
      ],
    });
    const details = await screen.findByRole('region', { name: 'Rincian sertifikat' });
    expect(details).toHaveTextContent('Menyelesaikan semua 2 modul jalur ini:');
    const [modules] = within(details).getAllByRole('list');
    const [first, second] = within(modules)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === modules);
    expect(first).toHaveTextContent(/^Modul pendamping/);
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Semua 1 pelajaran diselesaikan']);
    expect(second).toHaveTextContent(/^Pengantar SPBE/);
    expect(
      within(second)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Semua 5 pelajaran diselesaikan', 'Lulus kuis dengan nilai minimal 70%', 'Lulus kuis dengan nilai minimal 80%']);
  });

  it('says so when the issuer’s signature does not hold', async () => {
    renderWithProviders(<AppRoutes />, {
      user: null,
      route: '/verify/LL-7K2M9Q',
      mocks: [
        {
          request: { query: VerifyCertificateQuery, variables: { code: 'LL-7K2M9Q' } },
          result: { data: { verifyCertificate: { ...verification, valid: false } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sertifikat tidak sah' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Tanda tangan penerbit pada sertifikat ini tidak dapat diverifikasi.');
    expect(screen.queryByText('Sertifikat sah')).not.toBeInTheDocument();
  });

  it('shows a clear not-found state for an unknown code', async () => {
    renderWithProviders(<AppRoutes />, {
      user: null,
      route: '/verify/LL-NOPE00',
      mocks: [
        {
          request: { query: VerifyCertificateQuery, variables: { code: 'LL-NOPE00' } },
          result: { errors: [new GraphQLError('not found', { extensions: { code: 'NOT_FOUND', reason: 'CERTIFICATE_NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sertifikat tidak ditemukan' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Tidak ada sertifikat dengan kode LL-NOPE00.');
    expect(screen.queryByText('Sertifikat sah')).not.toBeInTheDocument();
  });
});
