import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Person, type User, UsersLoaders } from '../users';
import { MentoringLoaders } from './mentoring.loaders';
import type { PairRole } from './mentoring-access';
import { MentoringPair } from './mentoring-pair.entity';
import { ActionItem, MentoringSession, SessionFeedback } from './mentoring-session.entity';
import { sessionsCalendar } from './session-calendar';

/** Nested fields of a session. Its pair and the viewer's roles in it come from per-request loaders, once per pair. */
@Resolver(() => MentoringSession)
export class MentoringSessionResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @ResolveField(() => MentoringPair)
  async pair(@Parent() session: MentoringSession, @Context() context: GraphqlContext): Promise<MentoringPair> {
    return (await context.loaders.of(MentoringLoaders).pairById.load(session.pairId)) as MentoringPair;
  }

  /** Visible to the pair (mentor and mentees) and their coordinator, nobody else. */
  @ResolveField(() => String, { nullable: true })
  async notes(@Parent() session: MentoringSession, @Context() context: GraphqlContext): Promise<string | null> {
    return (await viewerRoles(session, context)).size > 0 ? session.notes : null;
  }

  @ResolveField(() => [ActionItem])
  actionItems(@Parent() session: MentoringSession, @Context() context: GraphqlContext): Promise<ActionItem[]> {
    return context.loaders.of(MentoringLoaders).actionItemsBySessionId.load(session.id);
  }

  @ResolveField(() => [SessionFeedback], { description: 'All feedback for the mentor and coordinators; a mentee sees their own.' })
  async feedback(@Parent() session: MentoringSession, @Context() context: GraphqlContext): Promise<SessionFeedback[]> {
    const viewer = context.req.user;
    if (!viewer) return [];
    const [roles, all] = await Promise.all([
      viewerRoles(session, context),
      context.loaders.of(MentoringLoaders).feedbackBySessionId.load(session.id),
    ]);
    return roles.has('mentor') || roles.has('coordinator') ? all : all.filter((feedback) => feedback.userId === viewer.id);
  }

  @ResolveField(() => String, { description: 'This session as an iCalendar (.ics) file.' })
  async ics(@Parent() session: MentoringSession, @Context() context: GraphqlContext): Promise<string> {
    const pair = (await context.loaders.of(MentoringLoaders).pairById.load(session.pairId)) as MentoringPair;
    const mentor = await context.loaders.of(UsersLoaders).userById.load(pair.mentorId);
    return sessionsCalendar(
      'Living Lab: mentoring',
      [{ session, summary: `Mentoring Living Lab dengan ${mentor?.fullName ?? 'mentor'}`, description: session.agenda }],
      this.config.publicUrl,
    );
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @ResolveField(() => Person)
  owner(@Parent() item: ActionItem, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(item.ownerId);
  }
}

/** The signed-in viewer's roles in the session's pair (none when signed out). */
function viewerRoles(session: MentoringSession, context: GraphqlContext): Promise<Set<PairRole>> {
  const viewer = context.req.user;
  return viewer ? context.loaders.of(MentoringLoaders).rolesIn(viewer).load(session.pairId) : Promise.resolve(new Set());
}
