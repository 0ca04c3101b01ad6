import { Args, Context, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Person, type User, UsersLoaders } from '../users';
import { DiscussionAnswer, DiscussionQuestion } from './discussion.entities';
import { DiscussionCount, DiscussionThreadPage } from './discussion.models';
import { canModerate, DiscussionService } from './discussion.service';
import { DiscussionsLoaders } from './discussions.loaders';
import { AnswerQuestionInput, AskQuestionInput, DiscussionThreadArgs, HidePostInput } from './dto/discussion.inputs';

type Post = DiscussionQuestion | DiscussionAnswer;

/** The viewer of a nested field: the queries above it require one, so it is set. */
const viewerOf = (context: GraphqlContext) => context.req.user as User;

/**
 * Fields both kinds of post share: a hidden post's text and its audit (who hid it, when, why) go to
 * moderators (mentors and admins) only; everyone else sees that it is hidden.
 */
const moderates = (context: GraphqlContext) => canModerate(viewerOf(context));
const postFields = {
  body: (context: GraphqlContext, post: Post) => (post.hiddenAt && !moderates(context) ? null : post.body),
  hiddenAt: (context: GraphqlContext, post: Post) => (moderates(context) ? post.hiddenAt : null),
  hiddenReason: (context: GraphqlContext, post: Post) => (moderates(context) ? post.hiddenReason : null),
  hiddenBy: (context: GraphqlContext, post: Post) =>
    moderates(context) && post.hiddenById ? context.loaders.of(UsersLoaders).userById.load(post.hiddenById) : null,
};

@Resolver(() => DiscussionQuestion)
export class DiscussionQuestionResolver {
  constructor(private readonly discussions: DiscussionService) {}

  @SignedIn()
  @Query(() => DiscussionThreadPage, { description: 'Questions under a lesson or playbook step, newest first.' })
  discussionThread(@CurrentUser() viewer: User, @Args() args: DiscussionThreadArgs): Promise<DiscussionThreadPage> {
    return this.discussions.thread(viewer, args.itemId, args.targetKey, args);
  }

  @SignedIn()
  @Query(() => [DiscussionCount], { description: 'How many questions each lesson or step of an item has (only those with any).' })
  discussionCounts(@CurrentUser() viewer: User, @Args('itemId', { type: () => ID }) itemId: string): Promise<DiscussionCount[]> {
    return this.discussions.counts(viewer, itemId);
  }

  @SignedIn()
  @Mutation(() => DiscussionQuestion, { description: 'Asks a question under a lesson or playbook step you may see; mentors are told.' })
  askQuestion(@CurrentUser() viewer: User, @Args('input') input: AskQuestionInput): Promise<DiscussionQuestion> {
    return this.discussions.ask(viewer, input);
  }

  @Can('moderateDiscussions')
  @Mutation(() => DiscussionQuestion, { description: 'Hides an abusive question (kept for the audit).' })
  hideQuestion(@CurrentUser() moderator: User, @Args('input') input: HidePostInput): Promise<DiscussionQuestion> {
    return this.discussions.hideQuestion(moderator, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown; null when hidden (except for mentors and admins).' })
  body(@Parent() question: DiscussionQuestion, @Context() context: GraphqlContext): string | null {
    return postFields.body(context, question);
  }

  @ResolveField(() => Boolean)
  hidden(@Parent() question: DiscussionQuestion): boolean {
    return question.hiddenAt !== null;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'Mentors and admins only.' })
  hiddenAt(@Parent() question: DiscussionQuestion, @Context() context: GraphqlContext): Date | null {
    return postFields.hiddenAt(context, question);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why it was hidden; mentors and admins only.' })
  hiddenReason(@Parent() question: DiscussionQuestion, @Context() context: GraphqlContext): string | null {
    return postFields.hiddenReason(context, question);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who hid it; mentors and admins only.' })
  hiddenBy(@Parent() question: DiscussionQuestion, @Context() context: GraphqlContext): Promise<User | null> | null {
    return postFields.hiddenBy(context, question);
  }

  @ResolveField(() => Person, { nullable: true })
  author(@Parent() question: DiscussionQuestion, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(question.authorId);
  }

  @ResolveField(() => [DiscussionAnswer], { description: 'Oldest first.' })
  answers(@Parent() question: DiscussionQuestion, @Context() context: GraphqlContext): Promise<DiscussionAnswer[]> {
    return context.loaders.of(DiscussionsLoaders).answersByQuestionId.load(question.id);
  }

  @ResolveField(() => Int)
  async answerCount(@Parent() question: DiscussionQuestion, @Context() context: GraphqlContext): Promise<number> {
    return (await context.loaders.of(DiscussionsLoaders).answersByQuestionId.load(question.id)).length;
  }
}

@Resolver(() => DiscussionAnswer)
export class DiscussionAnswerResolver {
  constructor(private readonly discussions: DiscussionService) {}

  @SignedIn()
  @Mutation(() => DiscussionAnswer, { description: 'Answers a question under content you may see.' })
  answerQuestion(@CurrentUser() viewer: User, @Args('input') input: AnswerQuestionInput): Promise<DiscussionAnswer> {
    return this.discussions.answer(viewer, input);
  }

  @SignedIn()
  @Mutation(() => DiscussionAnswer, { description: 'The content’s author (or an admin) accepts an answer; one per question.' })
  acceptAnswer(@CurrentUser() viewer: User, @Args('answerId', { type: () => ID }) answerId: string): Promise<DiscussionAnswer> {
    return this.discussions.accept(viewer, answerId);
  }

  @Can('moderateDiscussions')
  @Mutation(() => DiscussionAnswer, { description: 'Hides an abusive answer (kept for the audit); it loses its accepted mark.' })
  hideAnswer(@CurrentUser() moderator: User, @Args('input') input: HidePostInput): Promise<DiscussionAnswer> {
    return this.discussions.hideAnswer(moderator, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown; null when hidden (except for mentors and admins).' })
  body(@Parent() answer: DiscussionAnswer, @Context() context: GraphqlContext): string | null {
    return postFields.body(context, answer);
  }

  @ResolveField(() => Boolean)
  hidden(@Parent() answer: DiscussionAnswer): boolean {
    return answer.hiddenAt !== null;
  }

  @ResolveField(() => Boolean)
  accepted(@Parent() answer: DiscussionAnswer): boolean {
    return answer.acceptedAt !== null;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'Mentors and admins only.' })
  hiddenAt(@Parent() answer: DiscussionAnswer, @Context() context: GraphqlContext): Date | null {
    return postFields.hiddenAt(context, answer);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why it was hidden; mentors and admins only.' })
  hiddenReason(@Parent() answer: DiscussionAnswer, @Context() context: GraphqlContext): string | null {
    return postFields.hiddenReason(context, answer);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who hid it; mentors and admins only.' })
  hiddenBy(@Parent() answer: DiscussionAnswer, @Context() context: GraphqlContext): Promise<User | null> | null {
    return postFields.hiddenBy(context, answer);
  }

  @ResolveField(() => Person, { nullable: true })
  author(@Parent() answer: DiscussionAnswer, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(answer.authorId);
  }
}
