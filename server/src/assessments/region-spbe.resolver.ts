import { Args, Float, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { PublishedScore, SpbeTarget } from './assessment.entities';
import { RegionSpbe } from './assessment.models';
import { RecordPublishedScoreInput } from './dto/assessment.inputs';
import { ProvinceTargetService } from './province-target.service';
import { PublishedScoreService } from './published-score.service';
import { RegionSpbeService } from './region-spbe.service';

/** A region's SPBE position, and what feeds it besides self-assessments: the province target and published values. */
@Resolver()
export class RegionSpbeResolver {
  constructor(
    private readonly summaries: RegionSpbeService,
    private readonly targets: ProvinceTargetService,
    private readonly scores: PublishedScoreService,
  ) {}

  @SignedIn()
  @Query(() => RegionSpbe, { description: 'A region’s SPBE position: your own region, or regions you coordinate.' })
  regionSpbe(@CurrentUser() viewer: User, @Args('regionCode') regionCode: string): Promise<RegionSpbe> {
    return this.summaries.summary(viewer, regionCode);
  }

  @Can('setProvinceTargets')
  @Mutation(() => SpbeTarget, { description: 'Sets a province’s SPBE target (3.5 by default).' })
  setSpbeTarget(
    @Args('provinceCode') provinceCode: string,
    @Args('target', { type: () => Float }) target: number,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<SpbeTarget> {
    return this.targets.set(provinceCode, target, version);
  }

  @Can('coordinateRegions')
  @Mutation(() => PublishedScore, { description: 'Records an officially published index value for a region you coordinate.' })
  recordPublishedSpbeScore(@CurrentUser() actor: User, @Args('input') input: RecordPublishedScoreInput): Promise<PublishedScore> {
    return this.scores.record(actor, input);
  }
}
