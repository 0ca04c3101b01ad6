import { AssessmentsErrorReason } from '@living-lab/shared';
import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { NotFoundError } from '../common/errors/domain-error';
import { FILE_STORE, type FileStore } from '../common/storage/file-store';
import { isUuid, withReceivedUpload } from '../common/storage/file-upload';
import { sendStoredFile } from '../common/storage/stored-file-response';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { User } from '../users';
import { PemdiEvaluationService } from './pemdi-evaluation.service';

function requireUuid(value: string, reason: AssessmentsErrorReason): string {
  if (!isUuid(value)) throw new NotFoundError(reason);
  return value;
}

/**
 * Evidence files of Pemdi evaluations over plain HTTP (GraphQL multipart is awkward for phones on slow
 * links): the same bearer token and the same checks as the GraphQL API.
 */
@Controller('api/evidence/pemdi')
export class PemdiEvidenceController {
  constructor(
    private readonly evaluations: PemdiEvaluationService,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Uploads a file as evidence of an indicator: multipart/form-data with one `file` part and the
   * fields `note` and, for a revision, `replacesItemId`. The owner's right is checked before the body
   * is read; the file is streamed with the byte limit and checked from its content. Answers 201 `{ id }`.
   */
  @SignedIn()
  @Post(':evaluationId/:indicatorCode')
  @HttpCode(201)
  async upload(
    @CurrentUser() actor: User,
    @Param('evaluationId') evaluationId: string,
    @Param('indicatorCode') indicatorCode: string,
    @Req() request: Request,
  ): Promise<{ id: string }> {
    requireUuid(evaluationId, AssessmentsErrorReason.EVALUATION_NOT_FOUND);
    await this.evaluations.assertMayAddEvidence(actor, evaluationId, indicatorCode, null);
    return withReceivedUpload(request, this.config.uploadMaxBytes, async (upload) => {
      const replacesItemId = upload.fields.replacesItemId?.trim() || null;
      if (replacesItemId) requireUuid(replacesItemId, AssessmentsErrorReason.EVIDENCE_NOT_FOUND);
      const item = await this.evaluations.addFile(
        actor,
        evaluationId,
        { indicatorCode, note: upload.fields.note ?? '', replacesItemId },
        upload.file,
      );
      return { id: item.id };
    });
  }

  /** Downloads an evidence file: coordinators of the region and the evaluation's owners; anyone else NOT_FOUND. */
  @SignedIn()
  @Get('items/:itemId/file')
  async download(@CurrentUser() viewer: User, @Param('itemId') itemId: string, @Res() response: Response): Promise<void> {
    const file = await this.evaluations.fileOf(viewer, requireUuid(itemId, AssessmentsErrorReason.EVIDENCE_NOT_FOUND));
    await sendStoredFile(response, this.files, file);
  }
}
