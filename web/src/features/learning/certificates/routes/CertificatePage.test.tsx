import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../../test/render';
import { MyCertificateCredentialQuery, VerifyCertificateQuery } from '../api/operations';
import { ownCredential, verification } from '../test-fixtures';
import CertificatePage from './CertificatePage';

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function renderCertificate(own = true) {
  return renderWithProviders(
    <Routes>
      <Route path="/sertifikat/:code" element={<CertificatePage />} />
    </Routes>,
    {
      user: testUser(),
      route: '/sertifikat/LL-7K2M9Q',
      mocks: [
        {
          request: { query: VerifyCertificateQuery, variables: { code: 'LL-7K2M9Q' } },
          result: { data: { verifyCertificate: verification } },
        },
        {
          request: { query: MyCertificateCredentialQuery, variables: { code: 'LL-7K2M9Q' } },
          result: own
            ? { data: { myCertificateCredential: ownCredential } }
            : { errors: [new GraphQLError('NOT_FOUND', { extensions: { code: 'NOT_FOUND', reason: 'CERTIFICATE_NOT_FOUND' } })] },
        },
      ],
    },
  );
}

describe('CertificatePage', () => {
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;
  afterEach(() => {
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
    jest.restoreAllMocks();
  });

  it('shows the certificate with its verification address', async () => {
    renderCertificate();
    const certificate = await screen.findByRole('article', { name: 'Sertifikat Penyelesaian Modul' });
    expect(certificate).toHaveTextContent('Siti Rahma');
    // What was required, translated from the server's figures.
    expect(certificate).toHaveTextContent('Syarat yang dipenuhi');
    expect(certificate).toHaveTextContent('Semua 5 pelajaran diselesaikan');
    expect(certificate).toHaveTextContent('Lulus kuis dengan nilai minimal 70%');
    expect(screen.getByRole('link', { name: 'http://localhost/verify/LL-7K2M9Q' })).toHaveAttribute(
      'href',
      'http://localhost/verify/LL-7K2M9Q',
    );
  });

  it('prints with window.print()', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderCertificate();
    await userEvent.click(await screen.findByRole('button', { name: 'Cetak' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  function captureDownloads() {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:http://localhost/credential';
    });
    URL.revokeObjectURL = jest.fn();
    const downloads: { href: string; download: string }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    });
    return { blobs, downloads };
  }

  it('downloads the signed credential as sertifikat-<code>.jwt (application/vc+jwt)', async () => {
    const { blobs, downloads } = captureDownloads();
    renderCertificate();
    await userEvent.click(await screen.findByRole('button', { name: 'Unduh kredensial bertanda tangan (Open Badges 3.0, VC-JWT)' }));
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('application/vc+jwt');
    expect(await readBlob(blobs[0])).toBe(ownCredential.jwt);
    expect(downloads).toEqual([{ href: 'blob:http://localhost/credential', download: 'sertifikat-LL-7K2M9Q.jwt' }]);
  });

  it('downloads the Open Badges credential as sertifikat-<code>.json from a JSON blob', async () => {
    const { blobs, downloads } = captureDownloads();
    renderCertificate();
    await userEvent.click(await screen.findByRole('button', { name: 'Unduh kredensial tanpa tanda tangan (JSON)' }));
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('application/json');
    expect(JSON.parse(await readBlob(blobs[0]))).toEqual(JSON.parse(ownCredential.json));
    expect(downloads).toEqual([{ href: 'blob:http://localhost/credential', download: 'sertifikat-LL-7K2M9Q.json' }]);
  });

  it('offers no download to someone whose certificate it is not', async () => {
    renderCertificate(false);
    await screen.findByRole('article', { name: 'Sertifikat Penyelesaian Modul' });
    await screen.findByRole('button', { name: 'Cetak' });
    // Let the credential query settle (NOT_FOUND).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: /Unduh kredensial/ })).not.toBeInTheDocument();
  });
});
