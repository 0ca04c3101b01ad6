import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AssessmentService } from '../assessments';
import { MAX_PAGE_SIZE, type Page, type PageArgs } from '../common/pagination/paginated';
import { ContentReaderService, type IndicatorRecommendation } from '../content';
import { RegionAccessService, RegionsService } from '../regions';
import { type User, UsersService } from '../users';
import { CertificateService } from './certificate.service';
import { Enrolment } from './enrolment.entity';
import { type LearnerHome, type Recommendation, RecommendationBasis, type RegionLearner } from './learning.models';
import { LearningProgressService } from './learning-progress.service';

/** Modules shown under "continue learning", and recommendations, on a learner's home. */
const CONTINUE_LIMIT = 10;
const RECOMMENDED_LIMIT = 6;

@Injectable()
export class LearnerOverviewService {
  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly progress: LearningProgressService,
    private readonly certificates: CertificateService,
    private readonly content: ContentReaderService,
    private readonly users: UsersService,
    private readonly regionAccess: RegionAccessService,
    private readonly regions: RegionsService,
    private readonly assessments: AssessmentService,
  ) {}

  /**
   * A learner's home: started, not completed modules (most recently active first), certificates,
   * and recommendations with their reasons. Recommendations are published, not archived modules the
   * learner has not enrolled in, ranked by the content feature on the weakest indicators of the
   * learner's region's latest self-assessment on the framework in force (a submitted Pemdi
   * evaluation; published official values are totals and name no indicator), or, when the region
   * has none (or the learner no region), on that framework's heaviest indicators. A fixed number of
   * queries, however many enrolments.
   */
  async home(learner: User): Promise<LearnerHome> {
    const [enrolled, region] = await Promise.all([
      this.enrolments.find({
        select: { itemId: true, completedAt: true, updatedAt: true },
        where: { userId: learner.id },
        order: { updatedAt: 'DESC' },
      }),
      learner.regionCode ? this.regions.findByCode(learner.regionCode) : Promise.resolve(null),
    ]);
    const open = enrolled.filter((enrolment) => enrolment.completedAt === null).slice(0, CONTINUE_LIMIT);
    const [continueLearning, certificates, recommended] = await Promise.all([
      this.progress.progressOf(
        learner.id,
        open.map((enrolment) => enrolment.itemId),
      ),
      this.certificates.mine(learner.id),
      this.content.recommendedModulesFor(
        enrolled.map((enrolment) => enrolment.itemId),
        async (frameworkCode) => (region ? this.assessments.latestIndicatorValues(region.code, frameworkCode) : null),
        RECOMMENDED_LIMIT,
      ),
    ]);
    const context = { regionCode: region?.code ?? null, regionName: region?.name ?? null, year: recommended.values?.year ?? null };
    const recommendations = recommended.recommendations.map(
      (recommendation): Recommendation => ({ item: recommendation.item, reason: reasonOf(recommendation, context) }),
    );
    return { continueLearning, certificates, recommended: recommendations.map((recommendation) => recommendation.item), recommendations };
  }

  /**
   * Learners of one region with their modules and progress, for that region's coordinators and for
   * admins, ordered by name. A fixed number of queries per page: the page of users (users feature),
   * their enrolments, and one batch for the progress of every learner in every module.
   */
  async regionLearners(viewer: User, regionCode: string, page: PageArgs): Promise<Page<RegionLearner>> {
    await this.regionAccess.assertCoordinatesRegion(viewer, regionCode);
    const learners = await this.users.list({ regionCode }, page);
    if (learners.items.length === 0) return { items: [], totalCount: learners.totalCount };
    const enrolments = await this.enrolments.find({
      select: { userId: true, itemId: true, completedAt: true, updatedAt: true, enrolledAt: true },
      where: { userId: In(learners.items.map((user) => user.id)) },
      order: { enrolledAt: 'ASC' },
    });
    const modules = await this.progress.progressOfMany(enrolments.map(({ userId, itemId }) => ({ userId, itemId })));
    const items = learners.items.map((learner) => {
      const own = enrolments.flatMap((enrolment, index) =>
        enrolment.userId === learner.id ? [{ enrolment, progress: modules[index] }] : [],
      );
      const activity = own.map(({ enrolment }) => enrolment.updatedAt.getTime());
      return {
        learner,
        enrolments: own.length,
        completions: own.filter(({ enrolment }) => enrolment.completedAt !== null).length,
        lastActivityAt: activity.length > 0 ? new Date(Math.max(...activity)) : null,
        modules: own.map(({ progress }) => progress),
      };
    });
    return { items, totalCount: learners.totalCount };
  }

  /**
   * Every learner of the region with their modules, for the CSV export: the same rows as
   * `regionLearners`, read page by page (a fixed number of queries per 100 learners), with each
   * module's published title.
   */
  async allRegionLearners(viewer: User, regionCode: string): Promise<{ rows: RegionLearner[]; titles: Map<string, string> }> {
    const rows: RegionLearner[] = [];
    for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
      const page = await this.regionLearners(viewer, regionCode, { offset, limit: MAX_PAGE_SIZE });
      rows.push(...page.items);
      if (page.items.length < MAX_PAGE_SIZE || rows.length >= page.totalCount) break;
    }
    const titles = await this.content.publishedTitles([...new Set(rows.flatMap((row) => row.modules.map((module) => module.itemId)))]);
    return { rows, titles };
  }
}

/** The structured reason the web words in the learner's language. */
function reasonOf(
  recommendation: IndicatorRecommendation,
  context: { regionCode: string | null; regionName: string | null; year: number | null },
): Recommendation['reason'] {
  const { indicator, valueHundredths, crosswalkedFrom } = recommendation;
  const basis = !indicator
    ? RecommendationBasis.NEWEST
    : valueHundredths !== null
      ? RecommendationBasis.WEAKEST_INDICATOR
      : RecommendationBasis.HEAVIEST_INDICATOR;
  return {
    basis,
    regionCode: context.regionCode,
    regionName: context.regionName,
    frameworkCode: indicator?.frameworkCode ?? null,
    year: basis === RecommendationBasis.WEAKEST_INDICATOR ? context.year : null,
    indicatorCode: indicator?.code ?? null,
    indicatorName: indicator?.name ?? null,
    value: valueHundredths === null ? null : valueHundredths / 100,
    weightPercent: indicator ? indicator.weightBp / 100 : null,
    crosswalkedFrom,
  };
}
