import { computeGroupScores, FrameworkCode, RegionsErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-error';
import { RegionAccessService, RegionsService } from '../regions';
import { type IndexValue, IndexValueKind, preferredValue, SpbeCatalogueService } from '../spbe';
import type { User } from '../users';
import { Assessment, AssessmentStatus } from './assessment.entities';
import { AssessmentService, indicatorsOf } from './assessment.service';
import { PemdiEvaluation, PemdiEvaluationStatus } from './pemdi-evaluation.entities';
import { PemdiEvaluationService } from './pemdi-evaluation.service';
import { ProvinceTargetService } from './province-target.service';
import type { PublishedScore } from './published-score.entity';
import { PublishedScoreService } from './published-score.service';
import type { IndexSeries, RegionSpbe } from './region-spbe.models';

/** A published row as a labelled value. */
export const publishedValue = (
  score: Pick<PublishedScore, 'frameworkCode' | 'year' | 'index' | 'demo'> & { source: string | null },
): IndexValue => ({
  frameworkCode: score.frameworkCode,
  year: score.year,
  value: score.index,
  kind: score.demo ? IndexValueKind.DEMO : IndexValueKind.OFFICIAL,
  source: score.source,
});

const selfAssessedValue = (assessment: Pick<Assessment, 'frameworkCode' | 'year' | 'index'>): IndexValue | null =>
  assessment.index === null
    ? null
    : {
        frameworkCode: assessment.frameworkCode,
        year: assessment.year,
        value: assessment.index,
        kind: IndexValueKind.SELF_ASSESSED,
        source: null,
      };

/** A region's position per framework, read from the self-assessments, the province target and the published values. */
@Injectable()
export class RegionSpbeService {
  constructor(
    @InjectRepository(Assessment) private readonly assessmentRows: Repository<Assessment>,
    @InjectRepository(PemdiEvaluation) private readonly pemdiRows: Repository<PemdiEvaluation>,
    private readonly pemdi: PemdiEvaluationService,
    private readonly assessments: AssessmentService,
    private readonly targets: ProvinceTargetService,
    private readonly scores: PublishedScoreService,
    private readonly regions: RegionsService,
    private readonly regionAccess: RegionAccessService,
    private readonly spbe: SpbeCatalogueService,
  ) {}

  /**
   * Where each region's assessment of `year` on the framework stands: on Indeks Pemerintah Digital the
   * evaluation (DRAFT, SUBMITTED), on SPBE 59/2020 the self-assessment (DRAFT, FINAL); absent: none
   * opened yet. One indexed statement for all the regions (region_code, year is unique on both tables).
   */
  async evaluationStatusesOf(regionCodes: readonly string[], frameworkCode: string, year: number): Promise<Map<string, string>> {
    if (regionCodes.length === 0) return new Map();
    const rows: Array<{ region_code: string; status: string }> =
      frameworkCode === FrameworkCode.PERMENPANRB_8_2026
        ? await this.pemdiRows.query(
            'SELECT region_code, status::text AS status FROM pemdi_evaluations WHERE region_code = ANY($1::varchar[]) AND year = $2 AND framework_code = $3',
            [regionCodes, year, frameworkCode],
          )
        : await this.assessmentRows.query(
            'SELECT region_code, status::text AS status FROM spbe_assessments WHERE region_code = ANY($1::varchar[]) AND year = $2 AND framework_code = $3',
            [regionCodes, year, frameworkCode],
          );
    return new Map(rows.map((row) => [row.region_code, row.status]));
  }

  /**
   * For coordinators of the region and admins, and the region's own civil servants (figures only;
   * evidence and notes stay with the assessment, which they cannot open). On the framework asked
   * for, the current one by default; the history covers every framework, one series each.
   */
  async summary(viewer: User, regionCode: string, frameworkCode?: string | null): Promise<RegionSpbe> {
    const region = await this.regions.findByCode(regionCode);
    if (!region) throw new NotFoundError(RegionsErrorReason.REGION_NOT_FOUND);
    await this.regionAccess.assertSeesRegion(viewer, regionCode);
    const framework = await this.spbe.find(frameworkCode);
    const provinceCode = region.provinceCode ?? region.code;
    const [target, finalized, allPublished, benchmarks, evaluated] = await Promise.all([
      this.targets.effectiveTarget(provinceCode, framework.code),
      this.assessments.finalizedOf(regionCode),
      this.scores.ofRegion(regionCode),
      this.scores.benchmarksFor(provinceCode, framework.code),
      this.evaluationValues([regionCode]),
    ]);
    const evaluationValues = evaluated.get(regionCode) ?? [];
    const selfAssessed = finalized.filter((assessment) => assessment.frameworkCode === framework.code);
    const published = allPublished.filter((score) => score.frameworkCode === framework.code);
    const latestAssessment = selfAssessed[selfAssessed.length - 1] ?? null;
    let domainScores: RegionSpbe['domainScores'] = [];
    let aspectScores: RegionSpbe['aspectScores'] = [];
    let latestLevels: RegionSpbe['latestLevels'] = [];
    if (latestAssessment) {
      const levels = await this.assessments.levelsByCode(latestAssessment.id, framework);
      ({ domains: domainScores, aspects: aspectScores } = computeGroupScores(framework, levels));
      latestLevels = indicatorsOf(framework).flatMap(({ code }) =>
        levels[code] === undefined ? [] : [{ indicatorCode: code, level: levels[code] }],
      );
    }
    const official = published.filter((score) => !score.demo);
    const latestOfficial = official.length > 0 ? publishedValue(official[official.length - 1]) : null;
    // A Pemdi self-assessment is an evaluation (values and evidence), submitted; SPBE's are final assessments.
    const ownValues = evaluationValues.filter((value) => value.frameworkCode === framework.code);
    const latestSelfAssessed = preferredValue([
      latestAssessment ? selfAssessedValue(latestAssessment) : null,
      ...ownValues.filter((value) => value.kind === IndexValueKind.SELF_ASSESSED),
    ]);
    const latestSimulated = preferredValue(ownValues.filter((value) => value.kind === IndexValueKind.SIMULATED));
    const latestDemo = preferredValue(published.filter((score) => score.demo).map(publishedValue));
    const latestValue = preferredValue([latestOfficial, latestSelfAssessed, latestSimulated, latestDemo]);
    return {
      region,
      frameworkCode: framework.code,
      framework,
      target: target.target,
      targetYear: target.year,
      targetIsDefault: target.isDefault,
      latestAssessment,
      latestValue,
      latestOfficial,
      latestSelfAssessed,
      latestSimulated,
      gapToTarget: latestValue === null ? null : Math.max(0, Math.round((target.target - latestValue.value) * 100) / 100),
      domainScores,
      aspectScores,
      latestLevels,
      selfAssessed,
      published,
      benchmarks,
      history: seriesByFramework([
        ...allPublished.map(publishedValue),
        ...finalized.flatMap((assessment) => selfAssessedValue(assessment) ?? []),
        ...evaluationValues,
      ]),
    };
  }

  /**
   * For the dashboards: each region's value on one framework, labelled, in two queries for all of
   * them: its latest official (or demo) value and its latest final self-assessment, the newer shown
   * (the official one in the same year). Absent for a region with neither.
   */
  async latestValuesByRegion(regionCodes: readonly string[], frameworkCode: string): Promise<Map<string, IndexValue>> {
    if (regionCodes.length === 0) return new Map();
    const [published, assessed, evaluated] = await Promise.all([
      this.scores.latestByRegion(regionCodes, frameworkCode),
      this.assessmentRows.query(
        `SELECT DISTINCT ON (region_code) region_code, year, index_value FROM spbe_assessments
         WHERE region_code = ANY($1::varchar[]) AND framework_code = $2 AND status = $3 AND index_value IS NOT NULL
         ORDER BY region_code, year DESC`,
        [[...regionCodes], frameworkCode, AssessmentStatus.FINAL],
      ) as Promise<Array<{ region_code: string; year: number; index_value: string }>>,
      this.evaluationValues(regionCodes, frameworkCode),
    ]);
    const assessedByRegion = new Map(assessed.map((row) => [row.region_code, row]));
    const values = new Map<string, IndexValue>();
    for (const code of regionCodes) {
      const own = published.get(code);
      const row = assessedByRegion.get(code);
      const value = preferredValue([
        own ? publishedValue({ frameworkCode, year: own.year, index: own.index, demo: own.demo, source: null }) : null,
        row ? { frameworkCode, year: row.year, value: Number(row.index_value), kind: IndexValueKind.SELF_ASSESSED, source: null } : null,
        ...(evaluated.get(code) ?? []),
      ]);
      if (value) values.set(code, value);
    }
    return values;
  }

  /**
   * The self-assessed and simulated indices of submitted Pemdi evaluations (of one framework when
   * given), per region: a fixed number of queries for all regions. A self-assessed index exists
   * only once every indicator has a value.
   */
  private async evaluationValues(regionCodes: readonly string[], frameworkCode?: string): Promise<Map<string, IndexValue[]>> {
    const evaluations = await this.pemdiRows.find({
      select: { id: true, regionCode: true, year: true, frameworkCode: true },
      where: { regionCode: In([...regionCodes]), status: PemdiEvaluationStatus.SUBMITTED, ...(frameworkCode ? { frameworkCode } : {}) },
    });
    if (evaluations.length === 0) return new Map();
    const indices = await this.pemdi.indicesOf(evaluations.map((evaluation) => evaluation.id));
    const values = new Map<string, IndexValue[]>();
    evaluations.forEach((evaluation, position) => {
      const { selfAssessed, simulated } = indices[position];
      const base = { frameworkCode: evaluation.frameworkCode, year: evaluation.year, source: null };
      const list = values.get(evaluation.regionCode) ?? [];
      if (selfAssessed) list.push({ ...base, value: selfAssessed.index, kind: IndexValueKind.SELF_ASSESSED });
      list.push({ ...base, value: simulated.index, kind: IndexValueKind.SIMULATED });
      values.set(evaluation.regionCode, list);
    });
    return values;
  }
}

/** One series per framework, oldest framework first, each oldest year first (official before self-assessed in a year). */
function seriesByFramework(values: IndexValue[]): IndexSeries[] {
  const order = [IndexValueKind.OFFICIAL, IndexValueKind.SELF_ASSESSED, IndexValueKind.SIMULATED, IndexValueKind.DEMO];
  const byFramework = new Map<string, IndexValue[]>();
  for (const value of values) byFramework.set(value.frameworkCode, [...(byFramework.get(value.frameworkCode) ?? []), value]);
  return [...byFramework.entries()]
    .map(([frameworkCode, list]) => ({
      frameworkCode,
      values: list.sort((a, b) => a.year - b.year || order.indexOf(a.kind) - order.indexOf(b.kind)),
    }))
    .sort((a, b) => a.values[0].year - b.values[0].year);
}
