import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { SaveQuizInput, SubmitQuizAttemptInput } from './dto/learning.inputs';
import { LearnerQuiz, QuizAttemptStart, QuizResult } from './learning.models';
import { QuizService } from './quiz.service';
import { QuizForEditing } from './quiz-for-editing.model';

/** Quizzes: their authors write them, enrolled learners take them. */
@Resolver()
export class QuizResolver {
  constructor(private readonly quizzes: QuizService) {}

  @SignedIn()
  @Query(() => [LearnerQuiz], { description: 'The quizzes of a published module, without their answers.' })
  moduleQuizzes(@Args('itemId', { type: () => ID }) itemId: string): Promise<LearnerQuiz[]> {
    return this.quizzes.forLearners(itemId);
  }

  @Can('editLearningDesign')
  @Query(() => QuizForEditing, { nullable: true, description: 'A quiz with its answer key, for the module’s author and admins.' })
  quizForEditing(
    @CurrentUser() actor: User,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('lessonKey', { type: () => ID, nullable: true }) lessonKey?: string | null,
  ): Promise<QuizForEditing | null> {
    return this.quizzes.forEditing(actor, itemId, lessonKey ?? null);
  }

  @Can('editLearningDesign')
  @Mutation(() => QuizForEditing, { description: 'Creates or updates the quiz after a lesson or at the end of a module.' })
  saveQuiz(@CurrentUser() actor: User, @Args('input') input: SaveQuizInput): Promise<QuizForEditing> {
    return this.quizzes.save(actor, input);
  }

  @SignedIn()
  @Mutation(() => QuizAttemptStart, { description: 'Starts an attempt: the questions, never the answers.' })
  startQuizAttempt(@CurrentUser() learner: User, @Args('quizId', { type: () => ID }) quizId: string): Promise<QuizAttemptStart> {
    return this.quizzes.start(learner, quizId);
  }

  @SignedIn()
  @Mutation(() => QuizResult, { description: 'Grades an attempt on the server; an attempt is submitted once.' })
  submitQuizAttempt(@CurrentUser() learner: User, @Args('input') input: SubmitQuizAttemptInput): Promise<QuizResult> {
    return this.quizzes.submit(learner, input);
  }
}
