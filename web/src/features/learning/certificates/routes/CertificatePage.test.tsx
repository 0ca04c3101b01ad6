import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { renderWithProviders, testUser } from '../../../../test/render';
import { VerifyCertificateQuery } from '../api/operations';
import { verification } from '../test-fixtures';
import CertificatePage from './CertificatePage';

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function renderCertificate() {
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

  it('downloads the Open Badges credential as sertifikat-<code>.json from a JSON blob', async () => {
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

    renderCertificate();
    await userEvent.click(await screen.findByRole('button', { name: 'Unduh kredensial (Open Badges 3.0)' }));

    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('application/json');
    expect(JSON.parse(await readBlob(blobs[0]))).toEqual(JSON.parse(verification.credentialJson));
    expect(downloads).toEqual([{ href: 'blob:http://localhost/credential', download: 'sertifikat-LL-7K2M9Q.json' }]);
  });
});
