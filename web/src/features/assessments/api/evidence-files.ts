import { downloadFile, FileTransferError, uploadForm } from '../../../lib/file-upload';

/** Kept under its Pemdi name; the class lives in lib/file-upload (shared with the replication tracker). */
export const EvidenceUploadError = FileTransferError;
export type EvidenceUploadError = FileTransferError;

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
  const created = await uploadForm<{ id: string }>(`/api/evidence/pemdi/${evaluationId}/${encodeURIComponent(indicatorCode)}`, form);
  return created.id;
}

/** Downloads an evidence file with the session's token (the route checks access) and saves it under its name. */
export const downloadEvidenceFile = downloadFile;
