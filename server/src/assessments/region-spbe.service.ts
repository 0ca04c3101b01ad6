import { computeGroupScores, RegionsErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../common/errors/domain-error';
import { RegionAccessService, RegionsService } from '../regions';
import { SpbeCatalogueService } from '../spbe';
import type { User } from '../users';
import type { RegionSpbe } from './assessment.models';
import { AssessmentService, indicatorsOf } from './assessment.service';
import { ProvinceTargetService } from './province-target.service';
import { PublishedScoreService } from './published-score.service';

/** A region's SPBE position, read from the self-assessments, the province target and the published values. */
@Injectable()
export class RegionSpbeService {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly targets: ProvinceTargetService,
    private readonly scores: PublishedScoreService,
    private readonly regions: RegionsService,
    private readonly regionAccess: RegionAccessService,
    private readonly spbe: SpbeCatalogueService,
  ) {}

  /**
   * For coordinators of the region and admins, and the region's own civil servants (figures only;
   * evidence and notes stay with the assessment, which they cannot open).
   */
  async summary(viewer: User, regionCode: string): Promise<RegionSpbe> {
    const region = await this.regions.findByCode(regionCode);
    if (!region) throw new NotFoundError(RegionsErrorReason.REGION_NOT_FOUND);
    await this.regionAccess.assertSeesRegion(viewer, regionCode);
    const provinceCode = region.provinceCode ?? region.code;
    const [target, selfAssessed, published, benchmarks] = await Promise.all([
      this.targets.targetOf(provinceCode),
      this.assessments.finalizedOf(regionCode),
      this.scores.ofRegion(regionCode),
      this.scores.benchmarksFor(provinceCode),
    ]);
    const latestAssessment = selfAssessed[selfAssessed.length - 1] ?? null;
    let domainScores: RegionSpbe['domainScores'] = [];
    let aspectScores: RegionSpbe['aspectScores'] = [];
    let latestLevels: RegionSpbe['latestLevels'] = [];
    if (latestAssessment) {
      const framework = await this.spbe.find(latestAssessment.frameworkCode);
      const levels = await this.assessments.levelsByCode(latestAssessment.id, framework);
      ({ domains: domainScores, aspects: aspectScores } = computeGroupScores(framework, levels));
      latestLevels = indicatorsOf(framework).flatMap(({ code }) =>
        levels[code] === undefined ? [] : [{ indicatorCode: code, level: levels[code] }],
      );
    }
    const latestIndex = latestAssessment?.index ?? published[published.length - 1]?.index ?? null;
    return {
      region,
      target,
      latestAssessment,
      gapToTarget: latestIndex === null ? null : Math.max(0, Math.round((target - latestIndex) * 100) / 100),
      domainScores,
      aspectScores,
      latestLevels,
      selfAssessed,
      published,
      benchmarks,
    };
  }
}
