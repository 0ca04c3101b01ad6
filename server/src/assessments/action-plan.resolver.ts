import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { User } from '../users';
import { ActionPlan, ActionPlanItem } from './action-plan.entities';
import { ActionPlanService } from './action-plan.service';
import { AssessmentsLoaders } from './assessments.loaders';
import { SaveActionPlanInput } from './dto/assessment.inputs';

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  constructor(private readonly actionPlans: ActionPlanService) {}

  @Can('coordinateRegions')
  @Mutation(() => ActionPlan)
  saveSpbeActionPlan(@CurrentUser() actor: User, @Args('input') input: SaveActionPlanInput): Promise<ActionPlan> {
    return this.actionPlans.save(actor, input);
  }

  @Can('coordinateRegions')
  @Query(() => ActionPlan, { nullable: true })
  latestSpbeActionPlan(@CurrentUser() actor: User, @Args('regionCode') regionCode: string): Promise<ActionPlan | null> {
    return this.actionPlans.latest(actor, regionCode);
  }

  @ResolveField(() => [ActionPlanItem])
  items(@Parent() plan: ActionPlan, @Context() context: GraphqlContext): Promise<ActionPlanItem[]> {
    return context.loaders.of(AssessmentsLoaders).itemsByPlanId.load(plan.id);
  }
}
