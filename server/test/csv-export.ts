import type { TestApp } from './test-app';

export interface CsvDownload {
  status: number;
  contentType: string | null;
  disposition: string | null;
  bytes: Uint8Array;
  text: string;
  /** The JSON error body, when the status is not 200. */
  error: { code?: string; reason?: string } | null;
}

/** GETs an export with a bearer token (or none). */
export async function downloadCsv(t: TestApp, path: string, token?: string): Promise<CsvDownload> {
  const response = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes,
    text,
    error: response.status === 200 ? null : (JSON.parse(text) as { code?: string; reason?: string }),
  };
}

/** Splits a CSV of quoted fields (as the exports write) into rows of cells, after the BOM. */
export function parseCsv(text: string, delimiter: ',' | ';'): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * Who may download a region's export: its coordinator and an admin (200), not a learner (FORBIDDEN),
 * not another region's coordinator (NOT_YOUR_REGION), not anonymous (401).
 */
export async function expectRegionExportAccess(
  t: TestApp,
  path: string,
  accounts: { coordinator: string; admin: string; learner: string; otherCoordinator: string },
): Promise<void> {
  expect((await downloadCsv(t, path, accounts.coordinator)).status).toBe(200);
  expect((await downloadCsv(t, path, accounts.admin)).status).toBe(200);
  const learner = await downloadCsv(t, path, accounts.learner);
  expect([learner.status, learner.error?.code]).toEqual([403, 'FORBIDDEN']);
  const other = await downloadCsv(t, path, accounts.otherCoordinator);
  expect([other.status, other.error?.reason]).toEqual([403, 'NOT_YOUR_REGION']);
  expect((await downloadCsv(t, path)).status).toBe(401);
}
