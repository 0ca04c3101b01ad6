import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../auth/access-decorators';
import { CurrentUser } from '../auth/current-user';
import { ForbiddenError } from '../common/errors/domain-error';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { ActionPlan, ActionPlanItem } from './action-plan.entities';
import { Assessment, AssessmentLevel, PublishedScore, SpbeTarget } from './assessment.entities';
import { IndexPlanModel, RegionSpbe } from './assessment.models';
import { AssessmentService } from './assessment.service';
import { AssessmentTransitionInput, RecordPublishedScoreInput, SaveActionPlanInput, SaveAssessmentInput } from './dto/assessment.inputs';

@Resolver()
export class AssessmentResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @SignedIn()
  @Query(() => RegionSpbe, { description: 'A region’s SPBE position: your own region, or regions you coordinate.' })
  regionSpbe(@CurrentUser() viewer: User, @Args('regionCode') regionCode: string): Promise<RegionSpbe> {
    return this.assessments.regionSummary(viewer, regionCode);
  }

  @Can('coordinateRegions')
  @Query(() => Assessment, { nullable: true })
  spbeAssessment(
    @CurrentUser() viewer: User,
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('frameworkCode', { type: () => String, nullable: true }) frameworkCode?: string | null,
  ): Promise<Assessment | null> {
    return this.assessments.get(viewer, regionCode, year, frameworkCode);
  }

  @Can('coordinateRegions')
  @Mutation(() => Assessment, { description: 'Creates or updates a draft self-assessment.' })
  saveSpbeAssessment(@CurrentUser() actor: User, @Args('input') input: SaveAssessmentInput): Promise<Assessment> {
    return this.assessments.save(actor, input);
  }

  @Can('coordinateRegions')
  @Mutation(() => Assessment, { description: 'Finalises: every indicator needs a level; the index is computed.' })
  finalizeSpbeAssessment(@CurrentUser() actor: User, @Args('input') input: AssessmentTransitionInput): Promise<Assessment> {
    return this.assessments.finalize(actor, input.assessmentId, input.version);
  }

  @Can('coordinateRegions')
  @Mutation(() => Assessment)
  reopenSpbeAssessment(@CurrentUser() actor: User, @Args('input') input: AssessmentTransitionInput): Promise<Assessment> {
    return this.assessments.reopen(actor, input.assessmentId, input.version);
  }

  @Can('coordinateRegions')
  @Query(() => IndexPlanModel, { description: '"Plan for me": the fewest one-level raises to the target, with content for each.' })
  spbeIndexPlan(
    @CurrentUser() actor: User,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('target', { type: () => Float, nullable: true }) target?: number | null,
  ): Promise<IndexPlanModel> {
    return this.assessments.plan(actor, assessmentId, target);
  }

  @Can('coordinateRegions')
  @Mutation(() => ActionPlan)
  saveSpbeActionPlan(@CurrentUser() actor: User, @Args('input') input: SaveActionPlanInput): Promise<ActionPlan> {
    return this.assessments.saveActionPlan(actor, input);
  }

  @Can('coordinateRegions')
  @Query(() => ActionPlan, { nullable: true })
  latestSpbeActionPlan(@CurrentUser() actor: User, @Args('regionCode') regionCode: string): Promise<ActionPlan | null> {
    return this.assessments.latestActionPlan(actor, regionCode);
  }

  @Can('setProvinceTargets')
  @Mutation(() => SpbeTarget, { description: 'Sets a province’s SPBE target (3.5 by default).' })
  setSpbeTarget(
    @Args('provinceCode') provinceCode: string,
    @Args('target', { type: () => Float }) target: number,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<SpbeTarget> {
    return this.assessments.setTarget(provinceCode, target, version);
  }

  @Can('coordinateRegions')
  @Mutation(() => PublishedScore, { description: 'Records an officially published index value for a region you coordinate.' })
  recordPublishedSpbeScore(@CurrentUser() actor: User, @Args('input') input: RecordPublishedScoreInput): Promise<PublishedScore> {
    return this.assessments.recordPublishedScore(actor, input);
  }
}

@Resolver(() => Assessment)
export class AssessmentFieldsResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly users: UsersService,
  ) {}

  /** Levels with evidence and notes: for the region's coordinators and admins; learners see the summary only. */
  @ResolveField(() => [AssessmentLevel])
  async levels(@Parent() assessment: Assessment, @Context() context: GraphqlContext): Promise<AssessmentLevel[]> {
    const viewer = context.req.user;
    if (!viewer || !(await this.users.coordinatesRegion(viewer, assessment.regionCode))) {
      throw new ForbiddenError('Indicator levels and evidence are for the region’s coordinators.', 'NOT_YOUR_REGION');
    }
    return this.assessments.levels(assessment.id);
  }
}

@Resolver(() => ActionPlan)
export class ActionPlanFieldsResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @ResolveField(() => [ActionPlanItem])
  items(@Parent() plan: ActionPlan): Promise<ActionPlanItem[]> {
    return this.assessments.planItems(plan.id);
  }
}
