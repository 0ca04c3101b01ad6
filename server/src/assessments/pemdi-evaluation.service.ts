import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  AssessmentsErrorReason,
  appliesToYear,
  CommonErrorReason,
  evidenceLinkRules,
  evidenceNoteRules,
  evidenceVerdictRules,
  FrameworkCode,
  indicatorValueHundredths,
  pemdiIndicatorRules,
  RegionsErrorReason,
} from '@living-lab/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, IsNull, type Repository } from 'typeorm';
import { AuditService, changes } from '../audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { FILE_STORE, type FileStore } from '../common/storage/file-store';
import type { ReceivedFile } from '../common/storage/file-upload';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { RegionAccessService } from '../regions';
import { SpbeCatalogueService, type SpbeFramework, type SpbeIndicator } from '../spbe';
import { type User, UsersService } from '../users';
import { AssessmentNotifications } from './assessment-notifications';
import {
  EvidenceKind,
  EvidenceVerdict,
  PemdiEvaluation,
  PemdiEvaluationStatus,
  PemdiEvidenceItem,
  PemdiIndicatorEntry,
} from './pemdi-evaluation.entities';
import type {
  AddPemdiEvidenceLinkInput,
  AssignPemdiOwnersInput,
  OpenPemdiEvaluationInput,
  RecordEvidenceVerdictInput,
  SavePemdiIndicatorInput,
} from './pemdi-evaluation.models';
import { type IndicatorEvidenceState, selfAssessedIndex, simulatedIndex } from './pemdi-indices';

/** Who the viewer is in an evaluation; decides what they see and do. */
export interface EvaluationAccess {
  coordinates: boolean;
  ownsIndicators: boolean;
  /** Coordinators and owners see indicators and evidence. */
  seesEvidence: boolean;
}

export interface NewEvidenceFields {
  indicatorCode: string;
  note: string;
  replacesItemId?: string | null;
}

const PEMDI = FrameworkCode.PERMENPANRB_8_2026;

const indicatorsOfFramework = (framework: SpbeFramework): SpbeIndicator[] => framework.aspects.flatMap((aspect) => aspect.indicators);

/**
 * The Pemdi self-assessment as it really runs (PermenPANRB 8/2026): a coordinator of the region (or
 * an admin) opens it for a year and assigns each indicator to an owner of the region; owners set
 * their indicators' values, justifications and evidence items; the coordinator submits, then records
 * the assessors' verdict on each item. Users of another region get NOT_FOUND for all of it.
 */
@Injectable()
export class PemdiEvaluationService {
  constructor(
    @InjectRepository(PemdiEvaluation) private readonly evaluations: Repository<PemdiEvaluation>,
    @InjectRepository(PemdiIndicatorEntry) private readonly entries: Repository<PemdiIndicatorEntry>,
    @InjectRepository(PemdiEvidenceItem) private readonly items: Repository<PemdiEvidenceItem>,
    @Inject(FILE_STORE) private readonly files: FileStore,
    private readonly tx: TransactionRunner,
    private readonly regionAccess: RegionAccessService,
    private readonly spbe: SpbeCatalogueService,
    private readonly users: UsersService,
    private readonly notifications: AssessmentNotifications,
    private readonly audit: AuditService,
  ) {}

  /**
   * The Pemdi framework's tree. Read once per process: only its indicators, weights, scale and
   * predicate bands are used here, reference data seeded at start that nothing changes at run time
   * (level names are editable, and are not read from this copy).
   */
  framework(): Promise<SpbeFramework> {
    this.pemdi ??= this.spbe.find(PEMDI).catch((error: unknown) => {
      this.pemdi = undefined;
      throw error;
    });
    return this.pemdi;
  }

  private pemdi: Promise<SpbeFramework> | undefined;

  /** Opens the region's evaluation for the year (or returns the one already open): coordinators of the region and admins. */
  async open(actor: User, input: OpenPemdiEvaluationInput): Promise<PemdiEvaluation> {
    // The region is named in the arguments (its code is public): FORBIDDEN, never NOT_FOUND (issue 12).
    await this.regionAccess.assertCoordinatesRegion(actor, input.regionCode);
    const framework = await this.framework();
    if (!Number.isInteger(input.year) || !appliesToYear(framework, input.year)) {
      throw new BadUserInputError(AssessmentsErrorReason.YEAR_NOT_COVERED, {
        params: { year: input.year, from: framework.validFrom },
        fields: [{ field: 'year', message: 'year.notCovered' }],
      });
    }
    const indicators = indicatorsOfFramework(framework);
    return this.tx.run(async (manager) => {
      const evaluations = manager.getRepository(PemdiEvaluation);
      // Opening twice is harmless: the unique (region, year) keeps one, and the second gets it.
      const inserted = await evaluations
        .createQueryBuilder()
        .insert()
        .into(PemdiEvaluation)
        .values({ regionCode: input.regionCode, year: input.year, frameworkCode: framework.code, openedById: actor.id })
        .orIgnore()
        .returning(['id'])
        .execute();
      const createdId = (inserted.raw as Array<{ id: string }>)[0]?.id;
      if (createdId) {
        await manager
          .getRepository(PemdiIndicatorEntry)
          .insert(indicators.map((indicator) => ({ evaluationId: createdId, indicatorId: indicator.id })));
        await this.audit.record(manager, {
          actor,
          action: 'pemdi.opened',
          subjectType: 'PemdiEvaluation',
          subjectId: createdId,
          regionCode: input.regionCode,
          after: { year: input.year, frameworkCode: framework.code },
        });
      }
      return evaluations.findOneByOrFail({ regionCode: input.regionCode, year: input.year });
    });
  }

  /** The region's evaluation for the year, for anyone who sees the region (its users, its coordinators); null when not opened. */
  async find(actor: User, regionCode: string, year: number): Promise<PemdiEvaluation | null> {
    // The region is named in the arguments (its code is public): a stranger gets FORBIDDEN/NOT_YOUR_REGION,
    // as for the region's other figures (issue 12). Owners from elsewhere are not possible.
    await this.regionAccess.assertSeesRegion(actor, regionCode);
    return this.evaluations.findOneBy({ regionCode, year });
  }

  async accessOf(actor: User, evaluation: PemdiEvaluation): Promise<EvaluationAccess> {
    const coordinates = await this.regionAccess.coordinatesRegion(actor, evaluation.regionCode);
    const ownsIndicators = await this.entries.exists({ where: { evaluationId: evaluation.id, ownerId: actor.id } });
    return { coordinates, ownsIndicators, seesEvidence: coordinates || ownsIndicators };
  }

  /** The evaluation, if the actor sees it (its region's users and coordinators); NOT_FOUND otherwise. */
  async requireVisible(actor: User, evaluationId: string): Promise<{ evaluation: PemdiEvaluation; access: EvaluationAccess }> {
    const evaluation = await this.evaluations.findOneBy({ id: evaluationId });
    if (!evaluation) throw new NotFoundError(AssessmentsErrorReason.EVALUATION_NOT_FOUND);
    const access = await this.accessOf(actor, evaluation);
    if (!access.coordinates && actor.regionCode !== evaluation.regionCode)
      throw new NotFoundError(AssessmentsErrorReason.EVALUATION_NOT_FOUND);
    return { evaluation, access };
  }

  private async requireCoordinated(actor: User, evaluationId: string): Promise<PemdiEvaluation> {
    const { evaluation, access } = await this.requireVisible(actor, evaluationId);
    if (!access.coordinates) throw new ForbiddenError(RegionsErrorReason.NOT_YOUR_REGION);
    return evaluation;
  }

  /** Assigns (or clears) owners: each must be a user of the evaluated region. */
  async assignOwners(actor: User, input: AssignPemdiOwnersInput): Promise<PemdiEvaluation> {
    const evaluation = await this.requireCoordinated(actor, input.evaluationId);
    const framework = await this.framework();
    const resolved = input.assignments.map((assignment, index) => ({
      indicator: this.indicatorOf(framework, assignment.indicatorCode, `assignments.${index}.indicatorCode`),
      ownerId: assignment.ownerId ?? null,
    }));
    const ownerIds = [...new Set(resolved.flatMap((row) => (row.ownerId ? [row.ownerId] : [])))];
    const owners = new Map((await this.users.findByIds(ownerIds)).flatMap((user) => (user ? [[user.id, user] as const] : [])));
    const strangers = resolved.flatMap((row, index) =>
      row.ownerId && owners.get(row.ownerId)?.regionCode !== evaluation.regionCode
        ? [{ field: `assignments.${index}.ownerId`, message: 'owner.notInRegion' }]
        : [],
    );
    if (strangers.length > 0) throw new BadUserInputError(AssessmentsErrorReason.OWNER_NOT_IN_REGION, { fields: strangers });
    return this.tx.run(async (manager) => {
      await this.bumpVersion(manager, evaluation.id, input.version);
      for (const row of resolved) {
        await manager
          .getRepository(PemdiIndicatorEntry)
          .createQueryBuilder()
          .update(PemdiIndicatorEntry)
          .set({ ownerId: row.ownerId, version: () => 'version + 1' })
          .where('evaluation_id = :evaluationId AND indicator_id = :indicatorId', {
            evaluationId: evaluation.id,
            indicatorId: row.indicator.id,
          })
          .execute();
      }
      await this.audit.record(manager, {
        actor,
        action: 'pemdi.owners-assigned',
        subjectType: 'PemdiEvaluation',
        subjectId: evaluation.id,
        regionCode: evaluation.regionCode,
        after: { owners: resolved.map((row) => `${row.indicator.code}=${row.ownerId ?? ''}`) },
      });
      return manager.getRepository(PemdiEvaluation).findOneByOrFail({ id: evaluation.id });
    });
  }

  /** An owner sets their indicator's value (1.00-5.00, two decimals) and justification, while the evaluation is a draft. */
  async saveIndicator(actor: User, input: SavePemdiIndicatorInput): Promise<PemdiIndicatorEntry> {
    const { evaluation } = await this.requireVisible(actor, input.evaluationId);
    if (input.frameworkCode != null && input.frameworkCode !== evaluation.frameworkCode) {
      throw new BadUserInputError(AssessmentsErrorReason.INDICATOR_OF_OTHER_FRAMEWORK, {
        params: { frameworkCode: evaluation.frameworkCode },
        fields: [{ field: 'frameworkCode', message: 'indicatorCode.otherFramework' }],
      });
    }
    const framework = await this.framework();
    const indicator = this.indicatorOf(framework, input.indicatorCode, 'indicatorCode');
    const hundredths = indicatorValueHundredths(input.value, framework.scale);
    if (hundredths === undefined) {
      throw new BadUserInputError(AssessmentsErrorReason.INVALID_VALUE, { fields: [{ field: 'value', message: 'value.invalid' }] });
    }
    const { justification } = validateInput(pemdiIndicatorRules, { justification: input.justification });
    const entry = await this.requireOwnedEntry(actor, evaluation, indicator.id);
    if (evaluation.status !== PemdiEvaluationStatus.DRAFT) throw new BadUserInputError(AssessmentsErrorReason.EVALUATION_SUBMITTED);
    return this.tx.run(async (manager) => {
      const result = await manager
        .getRepository(PemdiIndicatorEntry)
        .createQueryBuilder()
        .update(PemdiIndicatorEntry)
        .set({ valueHundredths: hundredths, justification, version: () => 'version + 1' })
        .where('evaluation_id = :evaluationId AND indicator_id = :indicatorId AND owner_id = :ownerId AND version = :version', {
          evaluationId: evaluation.id,
          indicatorId: entry.indicatorId,
          ownerId: actor.id,
          version: input.version,
        })
        // Guarded on the evaluation's status in the same statement: a submission in between wins.
        .andWhere(`EXISTS (SELECT 1 FROM pemdi_evaluations e WHERE e.id = evaluation_id AND e.status = 'DRAFT')`)
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      await this.audit.record(manager, {
        actor,
        action: 'pemdi.indicator-saved',
        subjectType: 'PemdiIndicatorEntry',
        subjectId: `${evaluation.id}/${indicator.code}`,
        regionCode: evaluation.regionCode,
        ...changes(
          { valueHundredths: entry.valueHundredths, justification: entry.justification },
          { valueHundredths: hundredths, justification },
        ),
      });
      return manager.getRepository(PemdiIndicatorEntry).findOneByOrFail({ evaluationId: evaluation.id, indicatorId: entry.indicatorId });
    });
  }

  async addLink(actor: User, input: AddPemdiEvidenceLinkInput): Promise<PemdiEvidenceItem> {
    const values = validateInput(evidenceLinkRules, { url: input.url, note: input.note });
    const { evaluation, indicatorId } = await this.requireEvidenceTarget(
      actor,
      input.evaluationId,
      input.indicatorCode,
      input.replacesItemId,
    );
    const id = await this.tx.run((manager) =>
      this.insertItem(manager, actor, evaluation, indicatorId, input.replacesItemId ?? null, {
        kind: EvidenceKind.LINK,
        url: values.url,
        note: values.note,
      }),
    );
    return this.withCodes(await this.items.findOneByOrFail({ id }));
  }

  /**
   * Stores an uploaded file as an evidence item. Checks access and state first, writes the file under
   * a new key, then the row in a transaction; if the transaction fails the file is deleted again, so
   * nothing is left in the store for a refused or rolled-back upload.
   */
  async addFile(actor: User, evaluationId: string, fields: NewEvidenceFields, file: ReceivedFile): Promise<PemdiEvidenceItem> {
    const { note } = validateInput(evidenceNoteRules, { note: fields.note });
    const replaces = fields.replacesItemId || null;
    const { evaluation, indicatorId } = await this.requireEvidenceTarget(actor, evaluationId, fields.indicatorCode, replaces);
    const key = `evidence/${randomUUID()}`;
    await this.files.put(key, createReadStream(file.temporaryPath), { contentType: file.contentType, size: file.size });
    try {
      const id = await this.tx.run((manager) =>
        this.insertItem(manager, actor, evaluation, indicatorId, replaces, {
          kind: EvidenceKind.FILE,
          fileKey: key,
          fileName: file.name,
          contentType: file.contentType,
          sizeBytes: file.size,
          note,
        }),
      );
      return this.withCodes(await this.items.findOneByOrFail({ id }));
    } catch (error) {
      await this.files.delete(key);
      throw error;
    }
  }

  /** The owner removes an item not submitted yet (a submitted one stays, for the assessors' record). */
  async removeItem(actor: User, itemId: string): Promise<boolean> {
    const item = await this.requireItem(actor, itemId);
    const entry = await this.entries.findOneBy({ evaluationId: item.evaluationId, indicatorId: item.indicatorId });
    if (entry?.ownerId !== actor.id) throw new ForbiddenError(AssessmentsErrorReason.NOT_INDICATOR_OWNER);
    const removed = await this.tx.run(async (manager) => {
      const result = await manager
        .getRepository(PemdiEvidenceItem)
        .createQueryBuilder()
        .delete()
        .from(PemdiEvidenceItem)
        .where('id = :id AND submitted_round IS NULL', { id: item.id })
        .execute();
      if (result.affected !== 1) throw new BadUserInputError(AssessmentsErrorReason.EVIDENCE_SUBMITTED);
      // The item it replaced becomes current again.
      await manager.getRepository(PemdiEvidenceItem).update({ replacedById: item.id }, { replacedById: null });
      return true;
    });
    if (item.fileKey) await this.files.delete(item.fileKey);
    return removed;
  }

  /**
   * Submits (or, after revisions, resubmits): every indicator needs a value; the items not yet
   * submitted join this round. A resubmission needs at least one new item.
   */
  async submit(actor: User, evaluationId: string, version: number): Promise<PemdiEvaluation> {
    const evaluation = await this.requireCoordinated(actor, evaluationId);
    const framework = await this.framework();
    const entries = await this.entries.findBy({ evaluationId });
    const codeById = new Map(indicatorsOfFramework(framework).map((indicator) => [indicator.id, indicator.code]));
    const missing = entries.filter((entry) => entry.valueHundredths === null);
    if (missing.length > 0) {
      throw new BadUserInputError(AssessmentsErrorReason.INCOMPLETE_EVALUATION, {
        params: { missing: missing.length },
        fields: missing.map((entry) => ({ field: `indicators.${codeById.get(entry.indicatorId)}.value`, message: 'value.required' })),
      });
    }
    const pending = await this.items.countBy({ evaluationId, submittedRound: IsNull(), replacedById: IsNull() });
    if (evaluation.status === PemdiEvaluationStatus.SUBMITTED && pending === 0) {
      throw new BadUserInputError(AssessmentsErrorReason.NOTHING_TO_SUBMIT);
    }
    return this.tx.run(async (manager) => {
      const result = await manager
        .getRepository(PemdiEvaluation)
        .createQueryBuilder()
        .update(PemdiEvaluation)
        .set({
          status: PemdiEvaluationStatus.SUBMITTED,
          submissionRound: () => 'submission_round + 1',
          submittedAt: new Date(),
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: evaluationId, version })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      const { submissionRound: round } = await manager.getRepository(PemdiEvaluation).findOneByOrFail({ id: evaluationId });
      await manager
        .getRepository(PemdiEvidenceItem)
        .createQueryBuilder()
        .update(PemdiEvidenceItem)
        .set({ submittedRound: round })
        .where('evaluation_id = :evaluationId AND submitted_round IS NULL AND replaced_by IS NULL', { evaluationId })
        .execute();
      await this.audit.record(manager, {
        actor,
        action: 'pemdi.submitted',
        subjectType: 'PemdiEvaluation',
        subjectId: evaluationId,
        regionCode: evaluation.regionCode,
        before: { status: evaluation.status, submissionRound: evaluation.submissionRound },
        after: { status: PemdiEvaluationStatus.SUBMITTED, submissionRound: round, newEvidenceItems: pending },
      });
      return manager.getRepository(PemdiEvaluation).findOneByOrFail({ id: evaluationId });
    });
  }

  /** Records the assessors' verdict on a submitted, current item (coordinators of the region). */
  async recordVerdict(actor: User, input: RecordEvidenceVerdictInput): Promise<PemdiEvidenceItem> {
    const item = await this.requireItem(actor, input.itemId);
    await this.requireCoordinated(actor, item.evaluationId);
    const values = validateInput(evidenceVerdictRules, { verdict: input.verdict, note: input.note });
    if (item.submittedRound === null) throw new BadUserInputError(AssessmentsErrorReason.EVIDENCE_NOT_SUBMITTED);
    if (item.replacedById !== null) throw new BadUserInputError(AssessmentsErrorReason.EVIDENCE_REPLACED);
    const evaluation = await this.evaluations.findOneByOrFail({ id: item.evaluationId });
    return this.tx.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(PemdiEvidenceItem)
        .set({
          verdict: values.verdict as EvidenceVerdict,
          assessorNote: values.note,
          verdictAt: new Date(),
          verdictById: actor.id,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version AND submitted_round IS NOT NULL AND replaced_by IS NULL', {
          id: item.id,
          version: input.version,
        })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      const updated = await manager.getRepository(PemdiEvidenceItem).findOneByOrFail({ id: item.id });
      await this.audit.record(manager, {
        actor,
        action: 'pemdi.verdict-recorded',
        subjectType: 'PemdiEvidenceItem',
        subjectId: item.id,
        regionCode: evaluation.regionCode,
        before: { verdict: item.verdict, assessorNote: item.assessorNote },
        after: {
          verdict: updated.verdict,
          assessorNote: updated.assessorNote,
          indicatorCode: item.indicatorCode,
          evaluationId: evaluation.id,
        },
      });
      const entry = await manager
        .getRepository(PemdiIndicatorEntry)
        .findOneBy({ evaluationId: item.evaluationId, indicatorId: item.indicatorId });
      await this.notifications.evidenceVerdict(manager, evaluation, actor.id, {
        evidenceId: item.id,
        indicatorCode: item.indicatorCode,
        verdict: updated.verdict ?? values.verdict,
        version: updated.version,
        ownerId: entry?.ownerId ?? null,
      });
      return this.withCodes(updated);
    });
  }

  /** An item with its evaluation visible to the actor (NOT_FOUND otherwise), for downloads and verdicts. */
  async requireItem(actor: User, itemId: string): Promise<PemdiEvidenceItem> {
    const item = await this.items.findOneBy({ id: itemId });
    if (!item) throw new NotFoundError(AssessmentsErrorReason.EVIDENCE_NOT_FOUND);
    const { access } = await this.requireVisible(actor, item.evaluationId).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw new NotFoundError(AssessmentsErrorReason.EVIDENCE_NOT_FOUND);
      throw error;
    });
    // Learners of the region see the indices, not the evidence.
    if (!access.seesEvidence) throw new NotFoundError(AssessmentsErrorReason.EVIDENCE_NOT_FOUND);
    return this.withCodes(item);
  }

  /** For the download route: the file of an item the actor may see. */
  async fileOf(actor: User, itemId: string): Promise<{ key: string; name: string; contentType: string; size: number }> {
    const item = await this.requireItem(actor, itemId);
    if (item.kind !== EvidenceKind.FILE || !item.fileKey) throw new NotFoundError(AssessmentsErrorReason.EVIDENCE_NOT_FOUND);
    return {
      key: item.fileKey,
      name: item.fileName ?? 'bukti',
      contentType: item.contentType ?? 'application/octet-stream',
      size: item.sizeBytes ?? 0,
    };
  }

  /** The three indices of evaluations (self-assessed, simulated from accepted evidence; official comes from published values). */
  async indicesOf(evaluationIds: readonly string[]) {
    const framework = await this.framework();
    const [entries, items] = await Promise.all([this.entriesOf(evaluationIds), this.itemsOf(evaluationIds)]);
    return evaluationIds.map((_, index) => {
      const states = this.states(framework, entries[index], items[index]);
      return { selfAssessed: selfAssessedIndex(framework, states), simulated: simulatedIndex(framework, states) };
    });
  }

  /** Batch lookup: each evaluation's indicator entries, in framework order. */
  async entriesOf(evaluationIds: readonly string[]): Promise<PemdiIndicatorEntry[][]> {
    const rows = evaluationIds.length === 0 ? [] : await this.entries.findBy({ evaluationId: In([...evaluationIds]) });
    const framework = await this.framework();
    const order = new Map(indicatorsOfFramework(framework).map((indicator, index) => [indicator.id, index]));
    return evaluationIds.map((id) =>
      rows.filter((row) => row.evaluationId === id).sort((a, b) => (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0)),
    );
  }

  /** Batch lookup: each evaluation's evidence items (current and replaced), oldest first, with indicator codes. */
  async itemsOf(evaluationIds: readonly string[]): Promise<PemdiEvidenceItem[][]> {
    const rows =
      evaluationIds.length === 0
        ? []
        : await this.items.find({ where: { evaluationId: In([...evaluationIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const codes = await this.codeById();
    for (const row of rows) row.indicatorCode = codes.get(row.indicatorId) ?? '';
    return evaluationIds.map((id) => rows.filter((row) => row.evaluationId === id));
  }

  /** Indicator states for the index arithmetic: values and the verdicts of current, submitted items. */
  states(framework: SpbeFramework, entries: readonly PemdiIndicatorEntry[], items: readonly PemdiEvidenceItem[]): IndicatorEvidenceState[] {
    const entryById = new Map(entries.map((entry) => [entry.indicatorId, entry]));
    return indicatorsOfFramework(framework).map((indicator) => ({
      code: indicator.code,
      valueHundredths: entryById.get(indicator.id)?.valueHundredths ?? null,
      verdicts: items
        .filter((item) => item.indicatorId === indicator.id && item.replacedById === null && item.submittedRound !== null)
        .map((item) => item.verdict),
    }));
  }

  async codeById(): Promise<Map<number, string>> {
    return new Map(indicatorsOfFramework(await this.framework()).map((indicator) => [indicator.id, indicator.code]));
  }

  private async withCodes(item: PemdiEvidenceItem): Promise<PemdiEvidenceItem> {
    item.indicatorCode = (await this.codeById()).get(item.indicatorId) ?? '';
    return item;
  }

  /**
   * The indicator of the evaluation's framework with this code: a code that only the other framework
   * has is INDICATOR_OF_OTHER_FRAMEWORK, any other unknown code UNKNOWN_INDICATOR (both naming the field).
   */
  private indicatorOf(framework: SpbeFramework, code: string, field: string): SpbeIndicator {
    const indicator = indicatorsOfFramework(framework).find((candidate) => candidate.code === code);
    if (indicator) return indicator;
    if (/^I\d{2}$/.test(code)) {
      throw new BadUserInputError(AssessmentsErrorReason.INDICATOR_OF_OTHER_FRAMEWORK, {
        params: { frameworkCode: framework.code },
        fields: [{ field, message: 'indicatorCode.otherFramework' }],
      });
    }
    throw new BadUserInputError(CommonErrorReason.UNKNOWN_INDICATOR, { fields: [{ field, message: 'indicatorCodes.unknown' }] });
  }

  private async requireOwnedEntry(actor: User, evaluation: PemdiEvaluation, indicatorId: number): Promise<PemdiIndicatorEntry> {
    const entry = await this.entries.findOneBy({ evaluationId: evaluation.id, indicatorId });
    if (!entry) throw new NotFoundError(AssessmentsErrorReason.EVALUATION_NOT_FOUND);
    if (entry.ownerId !== actor.id) throw new ForbiddenError(AssessmentsErrorReason.NOT_INDICATOR_OWNER);
    return entry;
  }

  /** For the upload route: refuses before the body is read when the actor may not add evidence there. */
  async assertMayAddEvidence(actor: User, evaluationId: string, indicatorCode: string, replacesItemId: string | null): Promise<void> {
    await this.requireEvidenceTarget(actor, evaluationId, indicatorCode, replacesItemId);
  }

  /**
   * Where an owner may add evidence: their indicator, in a draft, or after submission only for an
   * indicator with an item to revise (the one being replaced, when named, must be such an item).
   */
  private async requireEvidenceTarget(
    actor: User,
    evaluationId: string,
    indicatorCode: string,
    replacesItemId: string | null | undefined,
  ): Promise<{ evaluation: PemdiEvaluation; indicatorId: number }> {
    const { evaluation } = await this.requireVisible(actor, evaluationId);
    const indicator = this.indicatorOf(await this.framework(), indicatorCode, 'indicatorCode');
    await this.requireOwnedEntry(actor, evaluation, indicator.id);
    if (replacesItemId) {
      const replaced = await this.items.findOneBy({ id: replacesItemId, evaluationId: evaluation.id, indicatorId: indicator.id });
      if (!replaced) throw new NotFoundError(AssessmentsErrorReason.EVIDENCE_NOT_FOUND);
      if (replaced.verdict !== EvidenceVerdict.TO_REVISE || replaced.replacedById !== null) {
        throw new BadUserInputError(AssessmentsErrorReason.EVIDENCE_NOT_TO_REVISE, {
          fields: [{ field: 'replacesItemId', message: 'field.invalid' }],
        });
      }
    }
    if (evaluation.status !== PemdiEvaluationStatus.DRAFT) {
      const toRevise = await this.items.existsBy({
        evaluationId: evaluation.id,
        indicatorId: indicator.id,
        verdict: EvidenceVerdict.TO_REVISE,
        replacedById: IsNull(),
      });
      if (!toRevise) throw new BadUserInputError(AssessmentsErrorReason.NOT_OPEN_FOR_REVISION);
    }
    return { evaluation, indicatorId: indicator.id };
  }

  /** Inserts an item and, for a revision, marks the item it replaces (guarded: an item is replaced once). */
  private async insertItem(
    manager: EntityManager,
    actor: User,
    evaluation: PemdiEvaluation,
    indicatorId: number,
    replacesItemId: string | null,
    values: Partial<Pick<PemdiEvidenceItem, 'kind' | 'url' | 'fileKey' | 'fileName' | 'contentType' | 'sizeBytes' | 'note'>>,
  ): Promise<string> {
    const items = manager.getRepository(PemdiEvidenceItem);
    const inserted = await items.insert({ ...values, evaluationId: evaluation.id, indicatorId, createdById: actor.id });
    const id = (inserted.identifiers[0] as { id: string }).id;
    if (replacesItemId) {
      const result = await items
        .createQueryBuilder()
        .update(PemdiEvidenceItem)
        .set({ replacedById: id, version: () => 'version + 1' })
        .where(`id = :replaced AND replaced_by IS NULL AND verdict = 'TO_REVISE'`, { replaced: replacesItemId })
        .execute();
      if (result.affected !== 1)
        throw new BadUserInputError(AssessmentsErrorReason.EVIDENCE_NOT_TO_REVISE, {
          fields: [{ field: 'replacesItemId', message: 'field.invalid' }],
        });
    }
    return id;
  }

  private async bumpVersion(manager: EntityManager, evaluationId: string, version: number): Promise<void> {
    const result = await manager
      .getRepository(PemdiEvaluation)
      .createQueryBuilder()
      .update(PemdiEvaluation)
      .set({ version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: evaluationId, version })
      .execute();
    if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
  }
}
