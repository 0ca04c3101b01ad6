import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { User } from '../users';
import { SaveLearningPathInput } from './dto/learning.inputs';
import { LearningLoaders } from './learning.loaders';
import { PathStep } from './learning.models';
import { LearningPath } from './learning-path.entity';
import { LearningPathService } from './learning-path.service';

@Resolver(() => LearningPath)
export class LearningPathResolver {
  constructor(private readonly paths: LearningPathService) {}

  @SignedIn()
  @Query(() => [LearningPath])
  learningPaths(): Promise<LearningPath[]> {
    return this.paths.list();
  }

  @SignedIn()
  @Query(() => LearningPath)
  learningPath(@Args('id', { type: () => ID }) id: string): Promise<LearningPath> {
    return this.paths.find(id);
  }

  @Can('editLearningDesign')
  @Mutation(() => LearningPath, { description: 'Creates a path, or replaces one (with its version).' })
  saveLearningPath(@CurrentUser() actor: User, @Args('input') input: SaveLearningPathInput): Promise<LearningPath> {
    return this.paths.save(actor, input);
  }

  @ResolveField(() => [PathStep], { description: 'Steps in order, with the viewer’s lock and completion state.' })
  steps(@Parent() path: LearningPath, @Context() context: GraphqlContext): Promise<PathStep[]> {
    return context.loaders.of(LearningLoaders).pathSteps.load({ pathId: path.id, viewerId: context.req.user?.id ?? '' });
  }
}
