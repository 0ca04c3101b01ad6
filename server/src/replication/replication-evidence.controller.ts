import { ReplicationErrorReason } from '@living-lab/shared';
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
import type { AdoptionStepView } from './replication.entities';
import { ReplicationService } from './replication.service';

function requireIds(adoptionId: string, stepKey: string): void {
  if (!isUuid(adoptionId) || !isUuid(stepKey)) throw new NotFoundError(ReplicationErrorReason.ADOPTION_NOT_FOUND);
}

/** A replication step's evidence file: upload (coordinators of the region) and download (who sees the tracker). */
@Controller('api/evidence/replication')
export class ReplicationEvidenceController {
  constructor(
    private readonly replication: ReplicationService,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** multipart/form-data with one `file` part; checked from its content; replaces the step's previous file. */
  @SignedIn()
  @Post(':adoptionId/:stepKey')
  @HttpCode(201)
  async upload(
    @CurrentUser() actor: User,
    @Param('adoptionId') adoptionId: string,
    @Param('stepKey') stepKey: string,
    @Req() request: Request,
  ): Promise<AdoptionStepView> {
    requireIds(adoptionId, stepKey);
    await this.replication.assertMayAttachEvidence(actor, adoptionId, stepKey);
    return withReceivedUpload(request, this.config.uploadMaxBytes, (upload) =>
      this.replication.attachEvidenceFile(actor, adoptionId, stepKey, upload.file),
    );
  }

  @SignedIn()
  @Get(':adoptionId/:stepKey/file')
  async download(
    @CurrentUser() viewer: User,
    @Param('adoptionId') adoptionId: string,
    @Param('stepKey') stepKey: string,
    @Res() response: Response,
  ): Promise<void> {
    requireIds(adoptionId, stepKey);
    await sendStoredFile(response, this.files, await this.replication.evidenceFileOf(viewer, adoptionId, stepKey));
  }
}
