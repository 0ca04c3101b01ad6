import { readToken } from '../../../lib/token-storage';

export class CsvDownloadError extends Error {
  constructor(readonly status: number) {
    super(`CSV download failed with HTTP ${status}`);
  }
}

/** Offers a Blob as a file download without leaving the page. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** GET /exports/province-overview.csv with the session's bearer token, saved as ringkasan-<province>.csv. */
export async function downloadProvinceCsv(provinceCode: string, fetcher: typeof fetch = fetch): Promise<Blob> {
  const token = readToken();
  const response = await fetcher(`/exports/province-overview.csv?province=${encodeURIComponent(provinceCode)}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new CsvDownloadError(response.status);
  const blob = await response.blob();
  saveBlob(`ringkasan-${provinceCode}.csv`, blob);
  return blob;
}
