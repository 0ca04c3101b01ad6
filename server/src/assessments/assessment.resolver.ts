import { RegionsErrorReason } from '@living-lab/shared';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { ForbiddenError } from '../common/errors/domain-error';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { User } from '../users';
import { Assessment, AssessmentLevel } from './assessment.entities';
import { AssessmentService } from './assessment.service';
import { AssessmentsLoaders } from './assessments.loaders';
import { AssessmentTransitionInput, SaveAssessmentInput } from './dto/assessment.inputs';

@Resolver(() => Assessment)
export class AssessmentResolver {
  constructor(private readonly assessments: AssessmentService) {}

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

  /** Levels with evidence and notes: for the region's coordinators and admins; learners see the summary only. */
  @ResolveField(() => [AssessmentLevel])
  async levels(@Parent() assessment: Assessment, @Context() context: GraphqlContext): Promise<AssessmentLevel[]> {
    const viewer = context.req.user;
    const loaders = context.loaders.of(AssessmentsLoaders);
    if (!viewer || !(await loaders.viewerCoordinates.load({ viewer, regionCode: assessment.regionCode }))) {
      throw new ForbiddenError(RegionsErrorReason.NOT_YOUR_REGION);
    }
    return loaders.levelsByAssessmentId.load(assessment.id);
  }
}
