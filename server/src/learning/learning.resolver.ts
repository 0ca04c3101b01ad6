import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { PageArgs } from '../common/pagination/paginated';
import { ContentItem, ContentLoaders } from '../content';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { User } from '../users';
import { LearnerOverviewService } from './learner-overview.service';
import { LearnerHome, ModuleProgress, RegionLearnerPage } from './learning.models';
import { LearningProgressService } from './learning-progress.service';

/** Enrolment, lesson progress, the learner's home and the coordinators' learner lists. */
@Resolver()
export class LearningResolver {
  constructor(
    private readonly progressService: LearningProgressService,
    private readonly overview: LearnerOverviewService,
  ) {}

  @SignedIn()
  @Mutation(() => ModuleProgress, {
    description: 'Enrols in a published module (again: no-op). Through a path, a locked module is refused.',
  })
  enrol(
    @CurrentUser() learner: User,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('pathId', { type: () => ID, nullable: true }) pathId?: string | null,
  ): Promise<ModuleProgress> {
    return this.progressService.enrol(learner, itemId, pathId);
  }

  @SignedIn()
  @Mutation(() => ModuleProgress, { description: 'Marks a lesson complete; idempotent, so a retry is safe.' })
  completeLesson(
    @CurrentUser() learner: User,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('lessonKey', { type: () => ID }) lessonKey: string,
  ): Promise<ModuleProgress> {
    return this.progressService.completeLesson(learner, itemId, lessonKey);
  }

  @SignedIn()
  @Query(() => ModuleProgress, { description: 'The signed-in learner’s progress in a module.' })
  moduleProgress(@CurrentUser() learner: User, @Args('itemId', { type: () => ID }) itemId: string): Promise<ModuleProgress> {
    return this.progressService.moduleProgress(learner, itemId);
  }

  @SignedIn()
  @Query(() => LearnerHome)
  learnerHome(@CurrentUser() learner: User): Promise<LearnerHome> {
    return this.overview.home(learner);
  }

  @Can('coordinateRegions')
  @Query(() => RegionLearnerPage, { description: 'Learners of a region you coordinate, with their modules and progress.' })
  regionLearners(@CurrentUser() viewer: User, @Args('regionCode') regionCode: string, @Args() page: PageArgs): Promise<RegionLearnerPage> {
    return this.overview.regionLearners(viewer, regionCode, page);
  }
}

@Resolver(() => ModuleProgress)
export class ModuleProgressResolver {
  @ResolveField(() => ContentItem)
  async item(@Parent() progress: ModuleProgress, @Context() context: GraphqlContext): Promise<ContentItem> {
    return progress.item ?? ((await context.loaders.of(ContentLoaders).itemById.load(progress.itemId)) as ContentItem);
  }
}
