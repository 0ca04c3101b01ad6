import { Args, Float, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { RecordPublishedScoreInput } from './dto/assessment.inputs';
import { ProvinceTargetService } from './province-target.service';
import { PublishedScore } from './published-score.entity';
import { PublishedScoreService } from './published-score.service';
import { RegionSpbe } from './region-spbe.models';
import { RegionSpbeService } from './region-spbe.service';
import { SpbeTarget } from './spbe-target.entity';

/** A region's SPBE position, and what feeds it besides self-assessments: the province target and published values. */
@Resolver()
export class RegionSpbeResolver {
  constructor(
    private readonly summaries: RegionSpbeService,
    private readonly targets: ProvinceTargetService,
    private readonly scores: PublishedScoreService,
  ) {}

  @SignedIn()
  @Query(() => RegionSpbe, {
    description:
      'A region’s position on a framework (the current one by default) and its history: your own region, or regions you coordinate.',
  })
  regionSpbe(
    @CurrentUser() viewer: User,
    @Args('regionCode') regionCode: string,
    @Args('frameworkCode', { type: () => String, nullable: true }) frameworkCode?: string | null,
  ): Promise<RegionSpbe> {
    return this.summaries.summary(viewer, regionCode, frameworkCode);
  }

  @Can('setProvinceTargets')
  @Query(() => [SpbeTarget], { description: 'A province’s targets on a framework (the current one by default), oldest year first.' })
  async spbeTargets(
    @Args('provinceCode') provinceCode: string,
    @Args('frameworkCode', { type: () => String, nullable: true }) frameworkCode?: string | null,
  ): Promise<SpbeTarget[]> {
    return this.targets.history(provinceCode, frameworkCode);
  }

  @Can('setProvinceTargets')
  @Mutation(() => SpbeTarget, {
    description: 'Sets a province’s target for a framework and evaluation year (default: the current framework and year in WIB).',
  })
  setSpbeTarget(
    @Args('provinceCode') provinceCode: string,
    @Args('target', { type: () => Float }) target: number,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
    @Args('frameworkCode', { type: () => String, nullable: true }) frameworkCode?: string | null,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<SpbeTarget> {
    return this.targets.set(provinceCode, target, version, frameworkCode, year);
  }

  @Can('coordinateRegions')
  @Mutation(() => PublishedScore, { description: 'Records an officially published index value for a region you coordinate.' })
  recordPublishedSpbeScore(@CurrentUser() actor: User, @Args('input') input: RecordPublishedScoreInput): Promise<PublishedScore> {
    return this.scores.record(actor, input);
  }
}
