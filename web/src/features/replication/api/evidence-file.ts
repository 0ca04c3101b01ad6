import type { AdoptionStepFieldsFragment } from '../../../gql/graphql';
import { uploadForm } from '../../../lib/file-upload';

/** What the upload route answers that the page keeps: the stored file and the step's new version. */
export type UploadedStepEvidence = Pick<AdoptionStepFieldsFragment, 'stepKey' | 'evidenceFileName' | 'evidenceFilePath' | 'version'>;

/** Uploads a file as the step's evidence (replacing the previous file); coordinators of the region only. */
export async function uploadStepEvidenceFile(adoptionId: string, stepKey: string, file: File): Promise<UploadedStepEvidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  const step = await uploadForm<UploadedStepEvidence>(
    `/api/evidence/replication/${encodeURIComponent(adoptionId)}/${encodeURIComponent(stepKey)}`,
    form,
  );
  return { stepKey: step.stepKey, evidenceFileName: step.evidenceFileName, evidenceFilePath: step.evidenceFilePath, version: step.version };
}
