import { saveBlob } from './download';
import type { ApiError } from './errors';

/** The file types the evidence routes accept (the server checks the content too). */
export const EVIDENCE_FILE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods';

/** The server's JSON error of a plain HTTP route, in the shape the web translates. */
async function apiErrorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { code?: string; reason?: string; params?: ApiError['params']; fields?: ApiError['fields'] };
    return { code: body.code, reason: body.reason, params: body.params ?? {}, fields: body.fields ?? [], network: false };
  } catch {
    return { params: {}, fields: [], network: response.status >= 500 };
  }
}

/** A refused or failed upload/download of a plain HTTP route, carrying the typed error to translate. */
export class FileTransferError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.reason ?? 'file transfer failed');
  }
}

/** POSTs a multipart form with the session cookie (the browser adds its Origin, which the server checks); resolves to the route's JSON answer. */
export async function uploadForm<T>(path: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', credentials: 'same-origin', body: form });
  } catch {
    throw new FileTransferError({ params: {}, fields: [], network: true });
  }
  if (!response.ok) throw new FileTransferError(await apiErrorOf(response));
  return (await response.json()) as T;
}

/** Downloads a file with the session cookie (the route checks access) and saves it under its name. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new FileTransferError({ params: {}, fields: [], network: true });
  }
  if (!response.ok) throw new FileTransferError(await apiErrorOf(response));
  saveBlob(fileName, await response.blob());
}
