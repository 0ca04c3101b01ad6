import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Can, SignedIn } from '../auth/access-decorators';
import { CurrentUser } from '../auth/current-user';
import { PageArgs } from '../common/pagination/paginated';
import { ContentItem } from '../content/content-item.entity';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { User } from '../users/user.entity';
import { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';
import { SaveLearningPathInput, SaveQuizInput, SubmitQuizAttemptInput } from './dto/learning.inputs';
import { LearnerOverviewService } from './learner-overview.service';
import {
  CertificateVerification,
  LearnerHome,
  LearnerQuiz,
  ModuleProgress,
  PathStep,
  QuizAttemptStart,
  QuizResult,
  RegionLearnerPage,
} from './learning.models';
import { LearningPath } from './learning-path.entity';
import { LearningPathService } from './learning-path.service';
import { LearningProgressService } from './learning-progress.service';
import { QuizService } from './quiz.service';
import { QuizForEditing } from './quiz-for-editing.model';

@Resolver()
export class LearningResolver {
  constructor(
    private readonly progressService: LearningProgressService,
    private readonly quizService: QuizService,
    private readonly paths: LearningPathService,
    private readonly certificates: CertificateService,
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
  async moduleProgress(@CurrentUser() learner: User, @Args('itemId', { type: () => ID }) itemId: string): Promise<ModuleProgress> {
    await this.progressService.publishedModule(itemId);
    return this.progressService.progress(learner.id, itemId);
  }

  @SignedIn()
  @Query(() => [LearnerQuiz], { description: 'The quizzes of a published module, without their answers.' })
  async moduleQuizzes(@Args('itemId', { type: () => ID }) itemId: string): Promise<LearnerQuiz[]> {
    await this.progressService.publishedModule(itemId);
    return this.quizService.forLearners(itemId);
  }

  @Can('editLearningDesign')
  @Query(() => QuizForEditing, { nullable: true, description: 'A quiz with its answer key, for the module’s author and admins.' })
  quizForEditing(
    @CurrentUser() actor: User,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('lessonKey', { type: () => ID, nullable: true }) lessonKey?: string | null,
  ): Promise<QuizForEditing | null> {
    return this.quizService.forEditing(actor, itemId, lessonKey ?? null);
  }

  @Can('editLearningDesign')
  @Mutation(() => QuizForEditing, { description: 'Creates or updates the quiz after a lesson or at the end of a module.' })
  saveQuiz(@CurrentUser() actor: User, @Args('input') input: SaveQuizInput): Promise<QuizForEditing> {
    return this.quizService.save(actor, input);
  }

  @SignedIn()
  @Mutation(() => QuizAttemptStart, { description: 'Starts an attempt: the questions, never the answers.' })
  startQuizAttempt(@CurrentUser() learner: User, @Args('quizId', { type: () => ID }) quizId: string): Promise<QuizAttemptStart> {
    return this.quizService.start(learner, quizId);
  }

  @SignedIn()
  @Mutation(() => QuizResult, { description: 'Grades an attempt on the server; an attempt is submitted once.' })
  submitQuizAttempt(@CurrentUser() learner: User, @Args('input') input: SubmitQuizAttemptInput): Promise<QuizResult> {
    return this.quizService.submit(learner, input);
  }

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

  @SignedIn()
  @Query(() => [Certificate])
  myCertificates(@CurrentUser() learner: User): Promise<Certificate[]> {
    return this.certificates.mine(learner.id);
  }

  @Public()
  @Query(() => CertificateVerification, { description: 'Public: who earned what and when, for /verify/<code>.' })
  verifyCertificate(@Args('code') code: string): Promise<CertificateVerification> {
    return this.certificates.verify(code, this.certificates.baseUrl());
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

@Resolver(() => LearningPath)
export class LearningPathResolver {
  constructor(private readonly paths: LearningPathService) {}

  @ResolveField(() => [PathStep], { description: 'Steps in order, with the viewer’s lock and completion state.' })
  steps(@Parent() path: LearningPath, @Context() context: GraphqlContext): Promise<PathStep[]> {
    return this.paths.steps(context.req.user?.id ?? '', path.id);
  }
}

@Resolver(() => ModuleProgress)
export class ModuleProgressResolver {
  @ResolveField(() => ContentItem)
  async item(@Parent() progress: ModuleProgress, @Context() context: GraphqlContext): Promise<ContentItem> {
    return progress.item ?? ((await context.loaders.contentItemById.load(progress.itemId)) as ContentItem);
  }
}
