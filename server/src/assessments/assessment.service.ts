import {
  AssessmentsErrorReason,
  assessmentRules,
  CommonErrorReason,
  computeIndex,
  predicateFor,
  RegionsErrorReason,
} from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AuditService } from '../audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { TransactionRunner } from '../common/transaction';
import { RegionAccessService } from '../regions';
import { SpbeCatalogueService, type SpbeFramework } from '../spbe';
import type { User } from '../users';
import { Assessment, AssessmentLevel, AssessmentStatus } from './assessment.entities';
import { validateAssessmentInput } from './assessment-input';
import { AssessmentNotifications } from './assessment-notifications';
import type { SaveAssessmentInput } from './dto/assessment.inputs';
import { groupInIndicatorOrder } from './indicator-order';

/** Every indicator of a framework, in catalogue order. */
export const indicatorsOf = (framework: SpbeFramework) =>
  framework.domains.flatMap((domain) => domain.aspects.flatMap((aspect) => aspect.indicators));

/**
 * SPBE self-assessments: a level per indicator, saved as a draft and finalised with the index
 * computed by the shared arithmetic (the same code the web simulator runs).
 */
@Injectable()
export class AssessmentService {
  constructor(
    @InjectRepository(Assessment) private readonly assessments: Repository<Assessment>,
    @InjectRepository(AssessmentLevel) private readonly levelRows: Repository<AssessmentLevel>,
    private readonly tx: TransactionRunner,
    private readonly regionAccess: RegionAccessService,
    private readonly spbe: SpbeCatalogueService,
    private readonly notifier: AssessmentNotifications,
    private readonly audit: AuditService,
  ) {}

  /** Creates or updates a draft's levels (coordinators of the region, admins). A final one must be reopened first. */
  async save(actor: User, input: SaveAssessmentInput): Promise<Assessment> {
    await this.regionAccess.assertCoordinatesRegion(actor, input.regionCode);
    const values = validateAssessmentInput(assessmentRules, input);
    // Without a code, the framework the evaluation year is scored on (59/2020 up to 2025, Pemdi from 2026).
    const framework = values.frameworkCode ? await this.spbe.find(values.frameworkCode) : await this.spbe.forYear(values.year);
    const indicatorByCode = new Map(indicatorsOf(framework).map((indicator) => [indicator.code, indicator]));
    const unknown = values.levels.flatMap((entry, index) =>
      indicatorByCode.has(entry.indicatorCode) ? [] : [{ field: `levels.${index}.indicatorCode`, message: 'indicatorCodes.unknown' }],
    );
    if (unknown.length > 0) throw new BadUserInputError(CommonErrorReason.UNKNOWN_INDICATOR, { fields: unknown });
    const rows = values.levels.map((entry) => ({
      indicatorId: indicatorByCode.get(entry.indicatorCode)?.id as number,
      level: entry.level,
      evidenceUrl: entry.evidenceUrl,
      note: entry.note,
    }));

    try {
      return await this.tx.run(async (manager) => {
        const assessments = manager.getRepository(Assessment);
        let assessment: Assessment;
        if (values.version == null) {
          assessment = await assessments.save(
            assessments.create({ regionCode: values.regionCode, year: values.year, frameworkCode: framework.code, updatedById: actor.id }),
          );
        } else {
          const existing = await assessments.findOneBy({ regionCode: values.regionCode, year: values.year, frameworkCode: framework.code });
          if (!existing) throw new NotFoundError(AssessmentsErrorReason.ASSESSMENT_NOT_FOUND);
          if (existing.status === AssessmentStatus.FINAL) throw new BadUserInputError(AssessmentsErrorReason.ASSESSMENT_FINAL);
          const result = await assessments
            .createQueryBuilder()
            .update(Assessment)
            .set({ updatedById: actor.id, version: () => 'version + 1' })
            .where('id = :id AND version = :version AND status = :draft', {
              id: existing.id,
              version: values.version,
              draft: AssessmentStatus.DRAFT,
            })
            .execute();
          if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
          assessment = existing;
        }
        if (rows.length > 0) {
          await manager
            .getRepository(AssessmentLevel)
            .createQueryBuilder()
            .insert()
            .into(AssessmentLevel)
            .values(rows.map((row) => ({ ...row, assessmentId: assessment.id })))
            .orUpdate(['level', 'evidence_url', 'note'], ['assessment_id', 'indicator_id'])
            .execute();
        }
        await this.audit.record(manager, {
          actor,
          action: 'assessment.saved',
          subjectType: 'Assessment',
          subjectId: assessment.id,
          regionCode: values.regionCode,
          after: {
            year: values.year,
            frameworkCode: framework.code,
            levels: values.levels.map((entry) => `${entry.indicatorCode}=${entry.level}`),
          },
        });
        return assessments.findOneByOrFail({ id: assessment.id });
      });
    } catch (error) {
      if (uniqueViolation(error) === 'spbe_assessments_region_year_key') throw new ConflictError(AssessmentsErrorReason.ASSESSMENT_EXISTS);
      throw error;
    }
  }

  /** Finalises: every indicator needs a level; the index and predicate are computed and stored. */
  async finalize(actor: User, assessmentId: string, version: number): Promise<Assessment> {
    const assessment = await this.requireCoordinated(actor, assessmentId);
    if (assessment.status === AssessmentStatus.FINAL) throw new BadUserInputError(AssessmentsErrorReason.ASSESSMENT_FINAL);
    const framework = await this.spbe.find(assessment.frameworkCode);
    const levels = await this.levelsByCode(assessment.id, framework);
    const missing = indicatorsOf(framework).filter((indicator) => levels[indicator.code] === undefined);
    if (missing.length > 0) {
      throw new BadUserInputError(AssessmentsErrorReason.INCOMPLETE_ASSESSMENT, {
        params: { missing: missing.length },
        fields: missing.map((indicator) => ({ field: `levels.${indicator.code}`, message: 'field.invalid' })),
      });
    }
    const index = computeIndex(framework, levels);
    return this.transition(actor, assessment.id, version, AssessmentStatus.DRAFT, {
      status: AssessmentStatus.FINAL,
      index,
      predicate: predicateFor(framework.predicates, index),
      finalizedAt: new Date(),
      updatedById: actor.id,
    });
  }

  async reopen(actor: User, assessmentId: string, version: number): Promise<Assessment> {
    const assessment = await this.requireCoordinated(actor, assessmentId);
    if (assessment.status !== AssessmentStatus.FINAL) throw new BadUserInputError(CommonErrorReason.INVALID_TRANSITION);
    return this.transition(actor, assessment.id, version, null, {
      status: AssessmentStatus.DRAFT,
      index: null,
      predicate: null,
      finalizedAt: null,
      updatedById: actor.id,
    });
  }

  async get(actor: User, regionCode: string, year: number, frameworkCode?: string | null): Promise<Assessment | null> {
    await this.regionAccess.assertCoordinatesRegion(actor, regionCode);
    const framework = frameworkCode ? await this.spbe.find(frameworkCode) : await this.spbe.forYear(year);
    return this.assessments.findOneBy({ regionCode, year, frameworkCode: framework.code });
  }

  /** A region's finalised self-assessments, oldest first. */
  finalizedOf(regionCode: string): Promise<Assessment[]> {
    return this.assessments.find({ where: { regionCode, status: AssessmentStatus.FINAL }, order: { year: 'ASC' } });
  }

  /**
   * For learners' recommendations (learning): a region's latest self-assessment on a framework with
   * its indicator values in hundredths, in one query: the newest year among its submitted Pemdi
   * evaluations and its finalised SPBE self-assessments (levels x 100) on that framework. Drafts do
   * not count. Null when there is none, or it has no value yet. (Published official values are
   * totals only: they name no indicator.)
   */
  async latestIndicatorValues(
    regionCode: string,
    frameworkCode: string,
  ): Promise<{ year: number; valueByIndicatorId: Map<number, number> } | null> {
    const rows: Array<{ year: number; indicator_id: number; value: number }> = await this.assessments.query(
      `WITH latest AS (
         (SELECT 'PEMDI' AS source, id, year FROM pemdi_evaluations
          WHERE region_code = $1 AND framework_code = $2 AND status = 'SUBMITTED'
          UNION ALL
          SELECT 'SPBE', id, year FROM spbe_assessments
          WHERE region_code = $1 AND framework_code = $2 AND status = 'FINAL')
         ORDER BY year DESC LIMIT 1)
       SELECT l.year, e.indicator_id, e.value_hundredths AS value FROM latest l
       JOIN pemdi_evaluation_indicators e ON l.source = 'PEMDI' AND e.evaluation_id = l.id AND e.value_hundredths IS NOT NULL
       UNION ALL
       SELECT l.year, a.indicator_id, a.level * 100 FROM latest l
       JOIN spbe_assessment_levels a ON l.source = 'SPBE' AND a.assessment_id = l.id`,
      [regionCode, frameworkCode],
    );
    if (rows.length === 0) return null;
    return { year: rows[0].year, valueByIndicatorId: new Map(rows.map((row) => [row.indicator_id, Number(row.value)])) };
  }

  /**
   * For the CSV export: every self-assessment of a region (newest year first) with its levels and
   * the indicators' names, for the region's coordinators and admins. A fixed number of queries.
   */
  async allOfRegionWithLevels(
    actor: User,
    regionCode: string,
  ): Promise<Array<{ assessment: Assessment; levels: Array<{ level: AssessmentLevel; indicatorName: string }> }>> {
    await this.regionAccess.assertCoordinatesRegion(actor, regionCode);
    const assessments = await this.assessments.find({ where: { regionCode }, order: { year: 'DESC', frameworkCode: 'ASC' } });
    if (assessments.length === 0) return [];
    const levels = await this.levelsOf(assessments.map((assessment) => assessment.id));
    const indicators = await this.spbe.indicatorsByIds([...new Set(levels.flat().map((level) => level.indicatorId))]);
    const names = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
    return assessments.map((assessment, index) => ({
      assessment,
      levels: levels[index].map((level) => ({ level, indicatorName: names.get(level.indicatorId) ?? '' })),
    }));
  }

  /**
   * The assessment, for a user who coordinates its region. Reached by id, so another region's
   * assessment answers NOT_FOUND (its existence is not revealed, issue 12: see
   * server/test/authorization-matrix/matrix.rows.ts); FORBIDDEN only to a user of its own region.
   */
  async requireCoordinated(actor: User, assessmentId: string): Promise<Assessment> {
    const assessment = await this.assessments.findOneBy({ id: assessmentId });
    if (!assessment) throw new NotFoundError(AssessmentsErrorReason.ASSESSMENT_NOT_FOUND);
    if (!(await this.regionAccess.coordinatesRegion(actor, assessment.regionCode))) {
      if (actor.regionCode !== assessment.regionCode) throw new NotFoundError(AssessmentsErrorReason.ASSESSMENT_NOT_FOUND);
      throw new ForbiddenError(RegionsErrorReason.NOT_YOUR_REGION);
    }
    return assessment;
  }

  /** The levels set so far, by indicator code (the framework is the assessment's own). */
  async levelsByCode(assessmentId: string, framework: SpbeFramework): Promise<Record<string, number>> {
    const rows = await this.levelRows.find({ select: { indicatorId: true, level: true }, where: { assessmentId } });
    const codeById = new Map(indicatorsOf(framework).map((indicator) => [indicator.id, indicator.code]));
    return Object.fromEntries(rows.flatMap((row) => (codeById.has(row.indicatorId) ? [[codeById.get(row.indicatorId), row.level]] : [])));
  }

  /** Batch lookup for the levels DataLoader: each assessment's levels in indicator order, two queries in all. */
  async levelsOf(assessmentIds: readonly string[]): Promise<AssessmentLevel[][]> {
    const rows = await this.levelRows.findBy({ assessmentId: In([...assessmentIds]) });
    // indicatorsByIds is ordered by indicator number.
    const indicators = await this.spbe.indicatorsByIds(rows.map((row) => row.indicatorId));
    return groupInIndicatorOrder(assessmentIds, rows, (row) => row.assessmentId, indicators);
  }

  /** Moves an assessment on if nobody changed it since `version` (and it is still in `from`, when given). */
  private async transition(
    actor: User,
    id: string,
    version: number,
    from: AssessmentStatus | null,
    values: Pick<Assessment, 'status' | 'index' | 'predicate' | 'finalizedAt' | 'updatedById'>,
  ): Promise<Assessment> {
    return this.tx.run(async (manager) => {
      const update = manager
        .createQueryBuilder()
        .update(Assessment)
        .set({ ...values, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version });
      if (from) update.andWhere('status = :from', { from });
      const result = await update.execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      const moved = await manager.findOneByOrFail(Assessment, { id });
      await this.notifier.statusChanged(manager, moved, values.updatedById);
      await this.audit.record(manager, {
        actor,
        action: values.status === AssessmentStatus.FINAL ? 'assessment.finalized' : 'assessment.reopened',
        subjectType: 'Assessment',
        subjectId: id,
        regionCode: moved.regionCode,
        before: { status: values.status === AssessmentStatus.FINAL ? AssessmentStatus.DRAFT : AssessmentStatus.FINAL },
        after: { status: moved.status, index: moved.index, predicate: moved.predicate },
      });
      return moved;
    });
  }
}
