import { saveBlob } from '../../../lib/download';
import type { ApiError } from '../../../lib/errors';
import { readToken } from '../../../lib/token-storage';

function authorization(): Record<string, string> {
  const token = readToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** The server's JSON error of a plain HTTP route, in the shape the web translates. */
async function apiErrorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { code?: string; reason?: string; params?: ApiError['params']; fields?: ApiError['fields'] };
    return { code: body.code, reason: body.reason, params: body.params ?? {}, fields: body.fields ?? [], network: false };
  } catch {
    return { params: {}, fields: [], network: response.status >= 500 };
  }
}

export class EvidenceUploadError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.reason ?? 'upload failed');
  }
}

/** Uploads a file as evidence of an indicator (the owner's); resolves to the new item's id. */
export async function uploadEvidenceFile(
  evaluationId: string,
  indicatorCode: string,
  file: File,
  fields: { note: string; replacesItemId?: string | null },
): Promise<string> {
  const form = new FormData();
  form.append('note', fields.note);
  if (fields.replacesItemId) form.append('replacesItemId', fields.replacesItemId);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/evidence/pemdi/${evaluationId}/${encodeURIComponent(indicatorCode)}`, {
      method: 'POST',
      headers: authorization(),
      body: form,
    });
  } catch {
    throw new EvidenceUploadError({ params: {}, fields: [], network: true });
  }
  if (!response.ok) throw new EvidenceUploadError(await apiErrorOf(response));
  return ((await response.json()) as { id: string }).id;
}

/** Downloads an evidence file with the session's token (the route checks access) and saves it under its name. */
export async function downloadEvidenceFile(path: string, fileName: string): Promise<void> {
  const response = await fetch(path, { headers: authorization() });
  if (!response.ok) throw new EvidenceUploadError(await apiErrorOf(response));
  saveBlob(fileName, await response.blob());
}
