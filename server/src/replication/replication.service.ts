import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  adoptionStepRules,
  CommonErrorReason,
  hasStepEvidence,
  RegionsErrorReason,
  ReplicationErrorReason,
  wibDay,
} from '@living-lab/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AuditService, changes } from '../audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { FILE_STORE, type FileStore } from '../common/storage/file-store';
import type { ReceivedFile } from '../common/storage/file-upload';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { type ContentItem, ContentReaderService, type PlaybookStep } from '../content';
import { type Region, RegionAccessService, RegionsService } from '../regions';
import type { User } from '../users';
import { AdoptionStep, type AdoptionStepView, PlaybookAdoption, type ReplicationCell, StepStatus } from './replication.entities';
import type { UpdateAdoptionStepInput } from './replication.inputs';

/** The replication tracker: regions adopt Sumedang's playbooks and follow each step to done. */
@Injectable()
export class ReplicationService {
  constructor(
    @InjectRepository(PlaybookAdoption) private readonly adoptions: Repository<PlaybookAdoption>,
    @InjectRepository(AdoptionStep) private readonly adoptionSteps: Repository<AdoptionStep>,
    private readonly content: ContentReaderService,
    private readonly regions: RegionsService,
    private readonly access: RegionAccessService,
    @Inject(FILE_STORE) private readonly files: FileStore,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async adopt(actor: User, regionCode: string, playbookId: string): Promise<PlaybookAdoption> {
    await this.access.assertCoordinatesRegion(actor, regionCode);
    await this.publishedSteps(playbookId);
    try {
      return await this.adoptions.save({ regionCode, playbookId, adoptedById: actor.id });
    } catch (error) {
      if (uniqueViolation(error) === 'playbook_adoptions_region_playbook_key')
        throw new ConflictError(ReplicationErrorReason.ALREADY_ADOPTED);
      throw error;
    }
  }

  /** For the DataLoader: each adoption's steps as its playbook lists them now, with the region's progress, in a few queries per batch. */
  async stepsOfAdoptions(adoptionIds: readonly string[]): Promise<AdoptionStepView[][]> {
    const [adoptions, rows] = await Promise.all([
      this.adoptions.findBy({ id: In([...adoptionIds]) }),
      this.adoptionSteps.findBy({ adoptionId: In([...adoptionIds]) }),
    ]);
    const playbooks = await this.content.publishedPlaybooks(adoptions.map((adoption) => adoption.playbookId));
    const playbookOf = new Map(adoptions.map((adoption) => [adoption.id, adoption.playbookId]));
    const rowsByAdoption = new Map<string, AdoptionStep[]>();
    for (const row of rows) rowsByAdoption.set(row.adoptionId, [...(rowsByAdoption.get(row.adoptionId) ?? []), row]);
    return adoptionIds.map((id) => {
      const steps = playbooks.get(playbookOf.get(id) ?? '')?.steps ?? [];
      const byKey = new Map((rowsByAdoption.get(id) ?? []).map((row) => [row.stepKey, row]));
      return steps.map((step) => stepView(step, byKey.get(step.key)));
    });
  }

  /**
   * Updates a step. DONE needs evidence (a link or a note) and BLOCKED a reason; a stale version is a
   * CONFLICT. Version 0 creates the row; a concurrent creation of the same row loses with CONFLICT.
   */
  async updateStep(actor: User, input: UpdateAdoptionStepInput): Promise<AdoptionStepView> {
    const adoption = await this.requireAdoption(actor, input.adoptionId);
    const step = (await this.publishedSteps(adoption.playbookId)).find((candidate) => candidate.key === input.stepKey);
    if (!step) {
      throw new BadUserInputError(ReplicationErrorReason.UNKNOWN_STEP, { fields: [{ field: 'stepKey', message: 'field.invalid' }] });
    }
    const checked = validateInput(adoptionStepRules, input);
    // An uploaded file counts as evidence too.
    const previous = await this.adoptionSteps.findOneBy({ adoptionId: adoption.id, stepKey: input.stepKey });
    const hasFile = Boolean(previous?.evidenceFileKey);
    if (checked.status === StepStatus.DONE && !hasStepEvidence(checked) && !hasFile) {
      throw new BadUserInputError(ReplicationErrorReason.EVIDENCE_REQUIRED, {
        fields: [{ field: 'evidenceUrl', message: 'field.invalid' }],
      });
    }
    const values = {
      status: checked.status as StepStatus,
      blockedReason: checked.status === StepStatus.BLOCKED ? checked.blockedReason : null,
      owner: checked.owner,
      evidenceUrl: checked.evidenceUrl,
      evidenceNote: checked.evidenceNote,
      startedOn: checked.startedOn,
      doneOn: checked.status === StepStatus.DONE ? (checked.doneOn ?? wibDay()) : null,
      updatedById: actor.id,
    };
    return this.tx.run(async (manager) => {
      const adoptionSteps = manager.getRepository(AdoptionStep);
      if (input.version === 0) {
        const inserted = await adoptionSteps
          .createQueryBuilder()
          .insert()
          .values({ ...values, adoptionId: adoption.id, stepKey: input.stepKey })
          .orIgnore()
          .execute();
        if (inserted.identifiers.length === 0 || inserted.raw.length === 0) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      } else {
        const result = await adoptionSteps
          .createQueryBuilder()
          .update(AdoptionStep)
          .set({ ...values, version: () => 'version + 1' })
          .where('adoption_id = :adoptionId AND step_key = :stepKey AND version = :version', {
            adoptionId: adoption.id,
            stepKey: input.stepKey,
            version: input.version,
          })
          .execute();
        if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      }
      const row = await adoptionSteps.findOneByOrFail({ adoptionId: adoption.id, stepKey: input.stepKey });
      const { updatedById: _by, ...audited } = values;
      const was = previous
        ? {
            status: previous.status,
            blockedReason: previous.blockedReason,
            owner: previous.owner,
            evidenceUrl: previous.evidenceUrl,
            evidenceNote: previous.evidenceNote,
            startedOn: previous.startedOn,
            doneOn: previous.doneOn,
          }
        : { status: StepStatus.NOT_STARTED };
      const changed = changes(was, audited);
      await this.audit.record(manager, {
        actor,
        action: 'replication.step-updated',
        subjectType: 'AdoptionStep',
        subjectId: `${adoption.id}/${input.stepKey}`,
        regionCode: adoption.regionCode,
        before: changed.before,
        after: { ...changed.after, stepTitle: step.title },
      });
      return stepView(step, row);
    });
  }

  async adoption(viewer: User, id: string): Promise<PlaybookAdoption> {
    const adoption = await this.adoptions.findOneBy({ id });
    // Another region's adoption answers as if it did not exist (issue 12: objects reached by id that
    // the caller may not see are NOT_FOUND; see server/test/authorization-matrix/matrix.rows.ts).
    if (!adoption || (viewer.regionCode !== adoption.regionCode && !(await this.access.coordinatesRegion(viewer, adoption.regionCode)))) {
      throw new NotFoundError(ReplicationErrorReason.ADOPTION_NOT_FOUND);
    }
    return adoption;
  }

  /**
   * For the CSV export: every adoption of a region (oldest first) with its playbook's published title
   * and its steps, for the region's coordinators and admins. A fixed number of queries.
   */
  async trackersOfRegion(
    actor: User,
    regionCode: string,
  ): Promise<Array<{ adoption: PlaybookAdoption; playbookTitle: string; steps: AdoptionStepView[] }>> {
    await this.access.assertCoordinatesRegion(actor, regionCode);
    const adoptions = await this.adoptions.find({ where: { regionCode }, order: { adoptedAt: 'ASC', id: 'ASC' } });
    if (adoptions.length === 0) return [];
    const ids = adoptions.map((adoption) => adoption.id);
    const [steps, titles] = await Promise.all([
      this.stepsOfAdoptions(ids),
      this.content.publishedTitles(adoptions.map((adoption) => adoption.playbookId)),
    ]);
    return adoptions.map((adoption, index) => ({ adoption, playbookTitle: titles.get(adoption.playbookId) ?? '', steps: steps[index] }));
  }

  /** Which regions of a province replicate which playbooks, and how far they are (non-personal, for everyone signed in). */
  async matrix(provinceCode: string): Promise<ReplicationCell[]> {
    const kabKota = await this.regions.regionsOfProvince(provinceCode);
    const adoptions = await this.adoptions.find({
      where: { regionCode: In([provinceCode, ...kabKota.map((region) => region.code)]) },
      order: { regionCode: 'ASC', adoptedAt: 'ASC' },
    });
    if (adoptions.length === 0) return [];
    const playbookIds = [...new Set(adoptions.map((adoption) => adoption.playbookId))];
    const [regions, published, counts] = await Promise.all([
      this.regions.findByCodes([...new Set(adoptions.map((adoption) => adoption.regionCode))]),
      this.content.publishedPlaybooks(playbookIds),
      this.adoptionSteps.query(
        `SELECT adoption_id, count(*) FILTER (WHERE status = 'DONE')::int AS done, count(*) FILTER (WHERE status = 'BLOCKED')::int AS blocked
         FROM adoption_steps WHERE adoption_id = ANY($1::uuid[]) GROUP BY adoption_id`,
        [adoptions.map((adoption) => adoption.id)],
      ) as Promise<Array<{ adoption_id: string; done: number; blocked: number }>>,
    ]);
    // A playbook is published when adopted and stays so; any other item still shows, with no steps.
    const unpublished = playbookIds.filter((id) => !published.has(id));
    const others = unpublished.length > 0 ? await this.content.itemsByIds(unpublished) : [];
    const playbookById = new Map<string, ContentItem>([
      ...[...published].map(([id, playbook]) => [id, playbook.item] as const),
      ...others.map((item) => [item.id, item] as const),
    ]);
    const regionByCode = new Map(regions.flatMap((region) => (region ? [[region.code, region] as const] : [])));
    const countByAdoption = new Map(counts.map((row) => [row.adoption_id, row]));
    return adoptions.map((adoption) => {
      const count = countByAdoption.get(adoption.id);
      return {
        adoptionId: adoption.id,
        region: regionByCode.get(adoption.regionCode) as Region,
        playbook: playbookById.get(adoption.playbookId) as ContentItem,
        stepsDone: count?.done ?? 0,
        stepsBlocked: count?.blocked ?? 0,
        stepsTotal: published.get(adoption.playbookId)?.steps.length ?? 0,
      };
    });
  }

  /**
   * Attaches an uploaded file as a step's evidence (coordinators of the region), replacing the step's
   * previous file. The file is stored first, then the row in a transaction; if that fails the new file
   * is deleted, and the old one only after the commit, so no file is orphaned or lost.
   */
  async attachEvidenceFile(actor: User, adoptionId: string, stepKey: string, file: ReceivedFile): Promise<AdoptionStepView> {
    const { adoption, step } = await this.requireStep(actor, adoptionId, stepKey);
    const key = `evidence/${randomUUID()}`;
    await this.files.put(key, createReadStream(file.temporaryPath), { contentType: file.contentType, size: file.size });
    let previousKey: string | null = null;
    try {
      await this.tx.run(async (manager) => {
        const steps = manager.getRepository(AdoptionStep);
        const existing = await steps.findOne({ where: { adoptionId: adoption.id, stepKey }, lock: { mode: 'pessimistic_write' } });
        previousKey = existing?.evidenceFileKey ?? null;
        const values = {
          evidenceFileKey: key,
          evidenceFileName: file.name,
          evidenceFileType: file.contentType,
          evidenceFileSize: file.size,
          updatedById: actor.id,
        };
        if (existing) await steps.update({ adoptionId: adoption.id, stepKey }, { ...values, version: () => 'version + 1' });
        else await steps.insert({ ...values, adoptionId: adoption.id, stepKey });
        await this.audit.record(manager, {
          actor,
          action: 'replication.evidence-file-attached',
          subjectType: 'AdoptionStep',
          subjectId: `${adoption.id}/${stepKey}`,
          regionCode: adoption.regionCode,
          before: existing?.evidenceFileName ? { evidenceFileName: existing.evidenceFileName } : null,
          after: { evidenceFileName: file.name, evidenceFileType: file.contentType, evidenceFileSize: file.size, stepTitle: step.title },
        });
      });
    } catch (error) {
      await this.files.delete(key);
      throw error;
    }
    if (previousKey) await this.files.delete(previousKey);
    return stepView(step, await this.adoptionSteps.findOneByOrFail({ adoptionId: adoption.id, stepKey }));
  }

  /** Checks before an upload's body is read: the actor coordinates the region and the step exists. */
  async assertMayAttachEvidence(actor: User, adoptionId: string, stepKey: string): Promise<void> {
    await this.requireStep(actor, adoptionId, stepKey);
  }

  /** A step's evidence file, for whoever sees the tracker (the region's users and coordinators); NOT_FOUND otherwise. */
  async evidenceFileOf(
    viewer: User,
    adoptionId: string,
    stepKey: string,
  ): Promise<{ key: string; name: string; contentType: string; size: number }> {
    const adoption = await this.adoptions.findOneBy({ id: adoptionId });
    if (!adoption || !(viewer.regionCode === adoption.regionCode || (await this.access.coordinatesRegion(viewer, adoption.regionCode)))) {
      throw new NotFoundError(ReplicationErrorReason.ADOPTION_NOT_FOUND);
    }
    const row = await this.adoptionSteps.findOneBy({ adoptionId, stepKey });
    if (!row?.evidenceFileKey) throw new NotFoundError(ReplicationErrorReason.ADOPTION_NOT_FOUND);
    return {
      key: row.evidenceFileKey,
      name: row.evidenceFileName ?? 'bukti',
      contentType: row.evidenceFileType ?? 'application/octet-stream',
      size: row.evidenceFileSize ?? 0,
    };
  }

  private async requireStep(actor: User, adoptionId: string, stepKey: string): Promise<{ adoption: PlaybookAdoption; step: PlaybookStep }> {
    const adoption = await this.adoptions.findOneBy({ id: adoptionId });
    if (!adoption || !(await this.access.coordinatesRegion(actor, adoption.regionCode))) {
      throw new NotFoundError(ReplicationErrorReason.ADOPTION_NOT_FOUND);
    }
    const step = (await this.publishedSteps(adoption.playbookId)).find((candidate) => candidate.key === stepKey);
    if (!step)
      throw new BadUserInputError(ReplicationErrorReason.UNKNOWN_STEP, { fields: [{ field: 'stepKey', message: 'field.invalid' }] });
    return { adoption, step };
  }

  private async requireAdoption(actor: User, id: string): Promise<PlaybookAdoption> {
    const adoption = await this.adoptions.findOneBy({ id });
    if (!adoption) throw new NotFoundError(ReplicationErrorReason.ADOPTION_NOT_FOUND);
    if (!(await this.access.coordinatesRegion(actor, adoption.regionCode))) {
      // Reached by id: another region's adoption answers as if it did not exist (issue 12, as adoption()).
      if (actor.regionCode !== adoption.regionCode) throw new NotFoundError(ReplicationErrorReason.ADOPTION_NOT_FOUND);
      throw new ForbiddenError(RegionsErrorReason.NOT_YOUR_REGION);
    }
    return adoption;
  }

  private async publishedSteps(playbookId: string): Promise<PlaybookStep[]> {
    const playbook = await this.content.publishedPlaybook(playbookId);
    if (!playbook) {
      throw new BadUserInputError(ReplicationErrorReason.NOT_A_PLAYBOOK, { fields: [{ field: 'playbookId', message: 'field.invalid' }] });
    }
    return playbook.steps;
  }
}

/** A playbook step with the region's progress on it (no row: not started, version 0). */
function stepView(step: PlaybookStep, row: AdoptionStep | undefined): AdoptionStepView {
  return {
    stepKey: step.key,
    position: step.position,
    title: step.title,
    responsibleRole: step.responsibleRole,
    estimatedDays: step.estimatedDays,
    expectedEvidence: step.evidence,
    status: row?.status ?? StepStatus.NOT_STARTED,
    blockedReason: row?.blockedReason ?? null,
    owner: row?.owner ?? '',
    evidenceUrl: row?.evidenceUrl ?? null,
    evidenceNote: row?.evidenceNote ?? '',
    evidenceFileName: row?.evidenceFileName ?? null,
    evidenceFilePath: row?.evidenceFileKey ? `/api/evidence/replication/${row.adoptionId}/${row.stepKey}/file` : null,
    startedOn: row?.startedOn ?? null,
    doneOn: row?.doneOn ?? null,
    version: row?.version ?? 0,
  };
}
