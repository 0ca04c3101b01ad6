import { computeGroupScores, computeIndex, planToTarget, predicateFor } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { ContentItem } from '../content/content-item.entity';
import { RegionsService } from '../regions/regions.service';
import { SpbeCatalogueService } from '../spbe/spbe-catalogue.service';
import type { SpbeFramework } from '../spbe/spbe-framework.entity';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { ActionPlan, ActionPlanItem } from './action-plan.entities';
import { Assessment, AssessmentLevel, AssessmentStatus, PublishedScore, ScoreScope, SpbeTarget } from './assessment.entities';
import type { IndexPlanModel, RegionSpbe } from './assessment.models';
import type { RecordPublishedScoreInput, SaveActionPlanInput, SaveAssessmentInput } from './dto/assessment.inputs';

export const DEFAULT_TARGET = 3.5;
const STALE = 'Someone else changed this assessment since you opened it. Reload it to see their change.';

/**
 * SPBE self-assessments, the region summary, "plan for me" and action plans. The index arithmetic
 * and the planner come from shared/, the same code the web simulator runs.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly regions: RegionsService,
    private readonly spbe: SpbeCatalogueService,
  ) {}

  /** Creates or updates a draft's levels (coordinators of the region, admins). A final one must be reopened first. */
  async save(actor: User, input: SaveAssessmentInput): Promise<Assessment> {
    await this.users.assertCoordinatesRegion(actor, input.regionCode);
    if (!Number.isInteger(input.year) || input.year < 2018 || input.year > new Date().getFullYear() + 1) {
      throw new BadUserInputError('Choose an evaluation year.', 'INVALID_INPUT', [{ field: 'year', message: 'field.invalid' }]);
    }
    const framework = await this.framework(input.frameworkCode);
    const indicatorByCode = new Map(framework.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators)).map((i) => [i.code, i]));
    const rows = input.levels.map((entry, index) => {
      const indicator = indicatorByCode.get(entry.indicatorCode);
      if (!indicator) {
        throw new BadUserInputError(`Unknown indicator ${entry.indicatorCode} in ${framework.code}.`, 'UNKNOWN_INDICATOR', [
          { field: `levels.${index}.indicatorCode`, message: 'indicatorCodes.unknown' },
        ]);
      }
      if (!Number.isInteger(entry.level) || entry.level < 1 || entry.level > 5) {
        throw new BadUserInputError('A maturity level is a whole number from 1 to 5.', 'INVALID_LEVEL', [
          { field: `levels.${index}.level`, message: 'field.invalid' },
        ]);
      }
      const evidenceUrl = entry.evidenceUrl?.trim() || null;
      if (evidenceUrl && !/^https?:\/\/\S+$/i.test(evidenceUrl)) {
        throw new BadUserInputError('Evidence links start with http:// or https://.', 'INVALID_INPUT', [
          { field: `levels.${index}.evidenceUrl`, message: 'url.invalid' },
        ]);
      }
      return { indicatorId: indicator.id, level: entry.level, evidenceUrl, note: entry.note.trim().slice(0, 2000) };
    });

    try {
      return await this.dataSource.transaction(async (manager) => {
        let assessment: Assessment;
        if (input.version == null) {
          assessment = await manager.save(
            manager.create(Assessment, {
              regionCode: input.regionCode,
              year: input.year,
              frameworkCode: framework.code,
              updatedById: actor.id,
            }),
          );
        } else {
          const existing = await manager.findOneBy(Assessment, {
            regionCode: input.regionCode,
            year: input.year,
            frameworkCode: framework.code,
          });
          if (!existing) throw new NotFoundError('This assessment does not exist.', 'ASSESSMENT_NOT_FOUND');
          if (existing.status === AssessmentStatus.FINAL) {
            throw new BadUserInputError('This assessment is final: reopen it before changing levels.', 'ASSESSMENT_FINAL');
          }
          const result = await manager
            .createQueryBuilder()
            .update(Assessment)
            .set({ updatedById: actor.id, version: () => 'version + 1' })
            .where('id = :id AND version = :version AND status = :draft', {
              id: existing.id,
              version: input.version,
              draft: AssessmentStatus.DRAFT,
            })
            .execute();
          if (result.affected !== 1) throw new ConflictError(STALE, 'STALE_VERSION');
          assessment = existing;
        }
        if (rows.length > 0) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(AssessmentLevel)
            .values(rows.map((row) => ({ ...row, assessmentId: assessment.id })))
            .orUpdate(['level', 'evidence_url', 'note'], ['assessment_id', 'indicator_id'])
            .execute();
        }
        return manager.findOneByOrFail(Assessment, { id: assessment.id });
      });
    } catch (error) {
      if (uniqueViolation(error) === 'spbe_assessments_region_year_key') {
        throw new ConflictError('This region already has an assessment for that year: open it instead.', 'ASSESSMENT_EXISTS');
      }
      throw error;
    }
  }

  /** Finalises: every indicator needs a level; the index and predicate are computed and stored. */
  async finalize(actor: User, assessmentId: string, version: number): Promise<Assessment> {
    const assessment = await this.requireEditable(actor, assessmentId);
    if (assessment.status === AssessmentStatus.FINAL) throw new BadUserInputError('This assessment is already final.', 'ASSESSMENT_FINAL');
    const framework = await this.framework(assessment.frameworkCode);
    const levels = await this.levelsByCode(assessment.id);
    const missing = framework.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators)).filter((i) => levels[i.code] === undefined);
    if (missing.length > 0) {
      throw new BadUserInputError(
        `Give every indicator a level first (${missing.length} missing: ${missing.map((i) => i.code).join(', ')}).`,
        'INCOMPLETE_ASSESSMENT',
        missing.map((indicator) => ({ field: `levels.${indicator.code}`, message: 'field.invalid' })),
      );
    }
    const index = computeIndex(framework, levels);
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Assessment)
      .set({
        status: AssessmentStatus.FINAL,
        index,
        predicate: predicateFor(framework.predicates, index),
        finalizedAt: new Date(),
        updatedById: actor.id,
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version AND status = :draft', { id: assessment.id, version, draft: AssessmentStatus.DRAFT })
      .execute();
    if (result.affected !== 1) throw new ConflictError(STALE, 'STALE_VERSION');
    return this.dataSource.getRepository(Assessment).findOneByOrFail({ id: assessment.id });
  }

  async reopen(actor: User, assessmentId: string, version: number): Promise<Assessment> {
    const assessment = await this.requireEditable(actor, assessmentId);
    if (assessment.status !== AssessmentStatus.FINAL)
      throw new BadUserInputError('Only a final assessment can be reopened.', 'INVALID_TRANSITION');
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Assessment)
      .set({
        status: AssessmentStatus.DRAFT,
        index: null,
        predicate: null,
        finalizedAt: null,
        updatedById: actor.id,
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version', { id: assessment.id, version })
      .execute();
    if (result.affected !== 1) throw new ConflictError(STALE, 'STALE_VERSION');
    return this.dataSource.getRepository(Assessment).findOneByOrFail({ id: assessment.id });
  }

  async get(actor: User, regionCode: string, year: number, frameworkCode?: string | null): Promise<Assessment | null> {
    await this.users.assertCoordinatesRegion(actor, regionCode);
    const framework = await this.framework(frameworkCode);
    return this.dataSource.getRepository(Assessment).findOneBy({ regionCode, year, frameworkCode: framework.code });
  }

  async levels(assessmentId: string): Promise<AssessmentLevel[]> {
    const rows = await this.dataSource
      .getRepository(AssessmentLevel)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.indicator', 'i')
      .where('l.assessment_id = :id', { id: assessmentId })
      .orderBy('i.number')
      .getMany();
    return rows.map((row) => Object.assign(row, { indicatorCode: row.indicator?.code ?? '' }));
  }

  /**
   * A region's summary: coordinators of the region and admins, and the region's own civil servants
   * (figures only; evidence and notes stay with the assessment, which they cannot open).
   */
  async regionSummary(viewer: User, regionCode: string): Promise<RegionSpbe> {
    const region = await this.regions.findByCode(regionCode);
    if (!region) throw new NotFoundError('This region does not exist.', 'REGION_NOT_FOUND');
    await this.users.assertSeesRegion(viewer, regionCode);
    const provinceCode = region.provinceCode ?? region.code;
    const [target, selfAssessed, published, benchmarks] = await Promise.all([
      this.target(provinceCode),
      this.dataSource.getRepository(Assessment).find({ where: { regionCode, status: AssessmentStatus.FINAL }, order: { year: 'ASC' } }),
      this.dataSource.getRepository(PublishedScore).find({ where: { scope: ScoreScope.REGION, regionCode }, order: { year: 'ASC' } }),
      this.dataSource.getRepository(PublishedScore).find({
        where: [{ scope: ScoreScope.PROVINCE_KABKOTA_AVERAGE, regionCode: provinceCode }, { scope: ScoreScope.NATIONAL_AVERAGE }],
        order: { year: 'ASC' },
      }),
    ]);
    const latestAssessment = selfAssessed[selfAssessed.length - 1] ?? null;
    let domainScores: RegionSpbe['domainScores'] = [];
    let aspectScores: RegionSpbe['aspectScores'] = [];
    if (latestAssessment) {
      const framework = await this.framework(latestAssessment.frameworkCode);
      ({ domains: domainScores, aspects: aspectScores } = computeGroupScores(framework, await this.levelsByCode(latestAssessment.id)));
    }
    const latestIndex = latestAssessment?.index ?? published[published.length - 1]?.index ?? null;
    return {
      region,
      target,
      latestAssessment,
      gapToTarget: latestIndex === null ? null : Math.max(0, Math.round((target - latestIndex) * 100) / 100),
      domainScores,
      aspectScores,
      selfAssessed,
      published,
      benchmarks,
    };
  }

  /** "Plan for me" from an assessment (draft levels count; missing indicators are taken as level 1). */
  async plan(actor: User, assessmentId: string, target?: number | null): Promise<IndexPlanModel> {
    const assessment = await this.requireEditable(actor, assessmentId);
    const framework = await this.framework(assessment.frameworkCode);
    const region = await this.regions.findByCode(assessment.regionCode);
    const goal = target ?? (await this.target(region?.provinceCode ?? assessment.regionCode));
    if (goal < 1 || goal > 5)
      throw new BadUserInputError('A target is an index from 1.0 to 5.0.', 'INVALID_INPUT', [
        { field: 'target', message: 'field.invalid' },
      ]);
    const indicators = framework.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators));
    const known = await this.levelsByCode(assessment.id);
    const levels = Object.fromEntries(indicators.map((i) => [i.code, known[i.code] ?? 1]));
    const plan = planToTarget(framework, levels, goal);
    const codes = [...new Set(plan.raises.map((raise) => raise.indicatorCode))];
    const tagged: Array<{ code: string; item_id: string }> = codes.length
      ? await this.dataSource.query(
          `SELECT si.code, i.id AS item_id FROM content_items i
           JOIN content_revision_indicators ri ON ri.revision_id = i.published_revision_id
           JOIN spbe_indicators si ON si.id = ri.indicator_id
           WHERE i.archived_at IS NULL AND i.type IN ('PLAYBOOK', 'MODULE') AND si.framework_code = $1 AND si.code = ANY($2)
           ORDER BY i.type DESC, i.created_at`,
          [framework.code, codes],
        )
      : [];
    const items = await this.dataSource.getRepository(ContentItem).findBy({ id: In(tagged.map((row) => row.item_id)) });
    const itemById = new Map(items.map((item) => [item.id, item]));
    const nameByCode = new Map(indicators.map((i) => [i.code, i.name]));
    const weights = [...new Set(plan.raises.map((raise) => raise.weightBp))].map((bp) => `${(bp / 100).toLocaleString('id-ID')} %`);
    return {
      ...plan,
      explanation: plan.raises.length
        ? `Setiap kenaikan satu tingkat menambah indeks sebesar bobot indikatornya, jadi rencana ini memilih indikator berbobot terbesar (${weights.join(', ')}) dan, di antara yang sama bobotnya, yang tingkatnya paling rendah: ${plan.raises.length} kenaikan adalah jumlah paling sedikit untuk mencapai ${goal.toLocaleString('id-ID')}.`
        : `Indeks ${plan.currentIndex.toLocaleString('id-ID')} sudah mencapai target ${goal.toLocaleString('id-ID')}.`,
      raises: plan.raises.map((raise) => ({
        ...raise,
        indicatorName: nameByCode.get(raise.indicatorCode) ?? raise.indicatorCode,
        content: tagged.filter((row) => row.code === raise.indicatorCode).map((row) => itemById.get(row.item_id) as ContentItem),
      })),
    };
  }

  async saveActionPlan(actor: User, input: SaveActionPlanInput): Promise<ActionPlan> {
    const assessment = await this.requireEditable(actor, input.assessmentId);
    const framework = await this.framework(assessment.frameworkCode);
    const idByCode = new Map(framework.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators)).map((i) => [i.code, i.id]));
    const items = input.items.map((item, index) => {
      const indicatorId = idByCode.get(item.indicatorCode);
      const owner = item.owner.trim();
      if (!indicatorId)
        throw new BadUserInputError('Unknown indicator.', 'UNKNOWN_INDICATOR', [
          { field: `items.${index}.indicatorCode`, message: 'indicatorCodes.unknown' },
        ]);
      if (!(item.fromLevel >= 1 && item.toLevel <= 5 && item.toLevel > item.fromLevel)) {
        throw new BadUserInputError('A planned raise goes up, within levels 1-5.', 'INVALID_LEVEL', [
          { field: `items.${index}.toLevel`, message: 'field.invalid' },
        ]);
      }
      if (!owner || owner.length > 200)
        throw new BadUserInputError('Every item needs an owner.', 'INVALID_INPUT', [
          { field: `items.${index}.owner`, message: 'field.invalid' },
        ]);
      if (item.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(item.dueDate)) {
        throw new BadUserInputError('Enter a date as YYYY-MM-DD.', 'INVALID_INPUT', [
          { field: `items.${index}.dueDate`, message: 'date.invalid' },
        ]);
      }
      return { indicatorId, fromLevel: item.fromLevel, toLevel: item.toLevel, owner, dueDate: item.dueDate ?? null };
    });
    return this.dataSource.transaction(async (manager) => {
      const plan = await manager.save(
        manager.create(ActionPlan, {
          regionCode: assessment.regionCode,
          assessmentId: assessment.id,
          target: input.target,
          createdById: actor.id,
        }),
      );
      if (items.length > 0)
        await manager.insert(
          ActionPlanItem,
          items.map((item) => ({ ...item, planId: plan.id })),
        );
      return plan;
    });
  }

  async latestActionPlan(actor: User, regionCode: string): Promise<ActionPlan | null> {
    await this.users.assertCoordinatesRegion(actor, regionCode);
    return this.dataSource.getRepository(ActionPlan).findOne({ where: { regionCode }, order: { createdAt: 'DESC' } });
  }

  async planItems(planId: string): Promise<ActionPlanItem[]> {
    const rows = await this.dataSource
      .getRepository(ActionPlanItem)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.indicator', 'i')
      .where('p.plan_id = :id', { id: planId })
      .orderBy('i.number')
      .getMany();
    return rows.map((row) => Object.assign(row, { indicatorCode: row.indicator?.code ?? '' }));
  }

  async setTarget(provinceCode: string, target: number, version: number | null | undefined): Promise<SpbeTarget> {
    const province = await this.regions.findByCode(provinceCode);
    if (!province || province.provinceCode !== null)
      throw new BadUserInputError('Targets are set per province.', 'UNKNOWN_REGION', [
        { field: 'provinceCode', message: 'regionCode.unknown' },
      ]);
    if (!(target >= 1 && target <= 5))
      throw new BadUserInputError('A target is an index from 1.0 to 5.0.', 'INVALID_INPUT', [
        { field: 'target', message: 'field.invalid' },
      ]);
    const rounded = Math.round(target * 100) / 100;
    const repository = this.dataSource.getRepository(SpbeTarget);
    if (version == null) {
      const inserted = await this.dataSource.query(
        'INSERT INTO spbe_targets (province_code, target) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING province_code',
        [provinceCode, rounded],
      );
      if (inserted.length === 0) throw new ConflictError('This province already has a target: edit it with its version.', 'STALE_VERSION');
    } else {
      const result = await repository
        .createQueryBuilder()
        .update(SpbeTarget)
        .set({ target: rounded, version: () => 'version + 1' })
        .where('province_code = :provinceCode AND version = :version', { provinceCode, version })
        .execute();
      if (result.affected !== 1) throw new ConflictError('Someone else changed this target. Reload it.', 'STALE_VERSION');
    }
    return repository.findOneByOrFail({ provinceCode });
  }

  async recordPublishedScore(actor: User, input: RecordPublishedScoreInput): Promise<PublishedScore> {
    await this.users.assertCoordinatesRegion(actor, input.regionCode);
    if (!(input.index >= 1 && input.index <= 5))
      throw new BadUserInputError('An index runs from 1.00 to 5.00.', 'INVALID_INPUT', [{ field: 'index', message: 'field.invalid' }]);
    const source = input.source.trim();
    if (!source)
      throw new BadUserInputError('Say where the value was published.', 'INVALID_INPUT', [{ field: 'source', message: 'field.invalid' }]);
    try {
      return await this.dataSource.getRepository(PublishedScore).save({
        scope: ScoreScope.REGION,
        regionCode: input.regionCode,
        year: input.year,
        index: Math.round(input.index * 100) / 100,
        source: source.slice(0, 300),
        demo: false,
        recordedById: actor.id,
      });
    } catch (error) {
      if (uniqueViolation(error) !== undefined)
        throw new ConflictError('A published value for that year is already recorded.', 'SCORE_EXISTS');
      throw error;
    }
  }

  private async target(provinceCode: string): Promise<number> {
    const row = await this.dataSource.getRepository(SpbeTarget).findOneBy({ provinceCode });
    return row?.target ?? DEFAULT_TARGET;
  }

  private async framework(code?: string | null): Promise<SpbeFramework> {
    return this.spbe.find(code);
  }

  private async levelsByCode(assessmentId: string): Promise<Record<string, number>> {
    const rows: Array<{ code: string; level: number }> = await this.dataSource.query(
      'SELECT i.code, l.level FROM spbe_assessment_levels l JOIN spbe_indicators i ON i.id = l.indicator_id WHERE l.assessment_id = $1',
      [assessmentId],
    );
    return Object.fromEntries(rows.map((row) => [row.code, row.level]));
  }

  private async requireEditable(actor: User, assessmentId: string): Promise<Assessment> {
    const assessment = await this.dataSource.getRepository(Assessment).findOneBy({ id: assessmentId });
    if (!assessment) throw new NotFoundError('This assessment does not exist.', 'ASSESSMENT_NOT_FOUND');
    await this.users.assertCoordinatesRegion(actor, assessment.regionCode);
    return assessment;
  }
}
