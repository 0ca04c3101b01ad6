import { saveBlob } from './download';

export class CsvDownloadError extends Error {
  constructor(readonly status: number) {
    super(`CSV download failed with HTTP ${status}`);
  }
}

export interface CsvExportRequest {
  /** The server's export path, e.g. `/exports/region-learners.csv`. */
  path: string;
  /** The export's own query parameters, e.g. `{ region: '32.08' }`. */
  params: Record<string, string>;
  fileName: string;
  /** The UI language: headers and numbers in the file follow it. */
  language: string;
  semicolon: boolean;
}

/** The URL of an export with the file's language (`id`/`en`) and delimiter. */
export function csvExportUrl({ path, params, language, semicolon }: Omit<CsvExportRequest, 'fileName'>): string {
  const query = new URLSearchParams({ ...params, lang: language === 'en' ? 'en' : 'id', delimiter: semicolon ? 'semicolon' : 'comma' });
  return `${path}?${query.toString()}`;
}

/** GETs a CSV export with the session cookie and saves it as `fileName`. */
export async function downloadCsvExport(request: CsvExportRequest, fetcher: typeof fetch = fetch): Promise<Blob> {
  const response = await fetcher(csvExportUrl(request), { credentials: 'same-origin' });
  if (!response.ok) throw new CsvDownloadError(response.status);
  const blob = await response.blob();
  saveBlob(request.fileName, blob);
  return blob;
}
