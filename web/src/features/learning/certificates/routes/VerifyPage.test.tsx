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
    // Signed out: the header offers sign-in, and the page was not replaced by the login page.
    expect(within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: 'Masuk' })).toBeInTheDocument();
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
