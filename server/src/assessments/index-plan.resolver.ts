import { Args, Float, ID, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { IndexPlanModel } from './assessment.models';
import { IndexPlanService } from './index-plan.service';

@Resolver()
export class IndexPlanResolver {
  constructor(private readonly plans: IndexPlanService) {}

  @Can('coordinateRegions')
  @Query(() => IndexPlanModel, { description: '"Plan for me": the fewest one-level raises to the target, with content for each.' })
  spbeIndexPlan(
    @CurrentUser() actor: User,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('target', { type: () => Float, nullable: true }) target?: number | null,
  ): Promise<IndexPlanModel> {
    return this.plans.plan(actor, assessmentId, target);
  }
}
