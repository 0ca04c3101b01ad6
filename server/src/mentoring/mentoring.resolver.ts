import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Can, SignedIn } from '../auth/access-decorators';
import { CurrentUser } from '../auth/current-user';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContentItem } from '../content/content-item.entity';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Region } from '../regions/region.entity';
import { SpbeIndicator } from '../spbe/spbe-indicator.entity';
import { Person } from '../users/person.model';
import type { User } from '../users/user.entity';
import { CalendarFeedService } from './calendar-feed.service';
import {
  CancelSessionInput,
  CreatePairInput,
  EndPairInput,
  FeedbackInput,
  RecordOutcomeInput,
  RescheduleSessionInput,
  ScheduleSessionInput,
  SuggestMentorsInput,
} from './dto/mentoring.inputs';
import { CalendarFeedLink, MentorSuggestion, PairingBoard } from './mentoring.models';
import { MentoringAccess, type PairRole } from './mentoring-access';
import { MentoringBoardService } from './mentoring-board.service';
import { MentoringPair } from './mentoring-pair.entity';
import { ActionItem, MentoringSession, SessionFeedback } from './mentoring-session.entity';
import { MentoringSessionService } from './mentoring-session.service';
import { PairingService } from './pairing.service';
import { sessionsCalendar } from './session-calendar';

@Resolver()
export class MentoringResolver {
  constructor(
    private readonly pairing: PairingService,
    private readonly sessions: MentoringSessionService,
    private readonly board: MentoringBoardService,
    private readonly access: MentoringAccess,
    private readonly feeds: CalendarFeedService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Can('coordinateRegions')
  @Query(() => [MentorSuggestion], { description: 'Mentors ranked for a mentee and focus, with reasons.' })
  mentorSuggestions(@CurrentUser() actor: User, @Args('input') input: SuggestMentorsInput): Promise<MentorSuggestion[]> {
    return this.pairing.suggest(actor, input);
  }

  @Can('coordinateRegions')
  @Mutation(() => MentoringPair)
  createMentoringPair(@CurrentUser() actor: User, @Args('input') input: CreatePairInput): Promise<MentoringPair> {
    return this.pairing.create(actor, input);
  }

  @Can('coordinateRegions')
  @Mutation(() => MentoringPair, { description: 'Ends a pair (COMPLETED or CANCELLED); its future sessions are cancelled.' })
  endMentoringPair(@CurrentUser() actor: User, @Args('input') input: EndPairInput): Promise<MentoringPair> {
    return this.pairing.end(actor, input);
  }

  @SignedIn()
  @Query(() => [MentoringPair], { description: 'Pairs the signed-in user mentors or is mentored in.' })
  myMentoringPairs(@CurrentUser() user: User): Promise<MentoringPair[]> {
    return this.board.mine(user);
  }

  @SignedIn()
  @Query(() => MentoringPair)
  async mentoringPair(@CurrentUser() user: User, @Args('id', { type: () => ID }) id: string): Promise<MentoringPair> {
    return (await this.access.pair(user, id)).pair;
  }

  @Can('coordinateRegions')
  @Query(() => [MentoringPair], { description: 'All pairs of a region you coordinate.' })
  regionMentoringPairs(@CurrentUser() viewer: User, @Args('regionCode') regionCode: string): Promise<MentoringPair[]> {
    return this.board.ofRegion(viewer, regionCode);
  }

  @Can('coordinateRegions')
  @Query(() => PairingBoard)
  pairingBoard(@CurrentUser() viewer: User, @Args('regionCode') regionCode: string): Promise<PairingBoard> {
    return this.board.board(viewer, regionCode);
  }

  @SignedIn()
  @Mutation(() => MentoringSession)
  scheduleSession(@CurrentUser() actor: User, @Args('input') input: ScheduleSessionInput): Promise<MentoringSession> {
    return this.sessions.schedule(actor, input);
  }

  @SignedIn()
  @Mutation(() => MentoringSession)
  rescheduleSession(@CurrentUser() actor: User, @Args('input') input: RescheduleSessionInput): Promise<MentoringSession> {
    return this.sessions.reschedule(actor, input);
  }

  @SignedIn()
  @Mutation(() => MentoringSession)
  cancelSession(@CurrentUser() actor: User, @Args('input') input: CancelSessionInput): Promise<MentoringSession> {
    return this.sessions.cancel(actor, input);
  }

  @SignedIn()
  @Mutation(() => MentoringSession, { description: 'The mentor records a session as HELD or NO_SHOW, with notes and action items.' })
  recordSessionOutcome(@CurrentUser() actor: User, @Args('input') input: RecordOutcomeInput): Promise<MentoringSession> {
    return this.sessions.recordOutcome(actor, input);
  }

  @SignedIn()
  @Mutation(() => SessionFeedback)
  giveSessionFeedback(@CurrentUser() actor: User, @Args('input') input: FeedbackInput): Promise<SessionFeedback> {
    return this.sessions.giveFeedback(actor, input);
  }

  @SignedIn()
  @Mutation(() => ActionItem)
  setActionItemDone(
    @CurrentUser() actor: User,
    @Args('actionItemId', { type: () => ID }) actionItemId: string,
    @Args('done') done: boolean,
  ): Promise<ActionItem> {
    return this.sessions.setActionItemDone(actor, actionItemId, done);
  }

  @SignedIn()
  @Query(() => [ActionItem], { description: 'Open action items the user owns, or of pairs they mentor.' })
  myOpenActionItems(@CurrentUser() user: User): Promise<ActionItem[]> {
    return this.dataSource
      .getRepository(ActionItem)
      .createQueryBuilder('a')
      .innerJoin(MentoringSession, 's', 's.id = a.session_id')
      .innerJoin(MentoringPair, 'p', 'p.id = s.pair_id')
      .where('a.done_at IS NULL AND (a.owner_id = :id OR p.mentor_id = :id)', { id: user.id })
      .orderBy('a.due_date', 'ASC', 'NULLS LAST')
      .getMany();
  }

  @SignedIn()
  @Query(() => [MentoringSession], { description: 'The user’s scheduled sessions from now on.' })
  myUpcomingSessions(@CurrentUser() user: User): Promise<MentoringSession[]> {
    return this.dataSource
      .getRepository(MentoringSession)
      .createQueryBuilder('s')
      .innerJoin('mentoring_session_participants', 'p', 'p.session_id = s.id')
      .where(`p.user_id = :id AND s.status = 'SCHEDULED' AND s.starts_at + make_interval(mins => s.duration_minutes) > now()`, {
        id: user.id,
      })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
  }

  @SignedIn()
  @Mutation(() => CalendarFeedLink, { description: 'A new private calendar URL (the old one stops working). Shown once.' })
  async createCalendarFeed(@CurrentUser() user: User): Promise<CalendarFeedLink> {
    return { url: await this.feeds.create(user, this.config.publicUrl) };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Revokes the private calendar URL.' })
  revokeCalendarFeed(@CurrentUser() user: User): Promise<boolean> {
    return this.feeds.revoke(user);
  }
}

/** Nested fields of a pair: every query that returns a pair has checked the viewer's role in it. */
@Resolver(() => MentoringPair)
export class MentoringPairResolver {
  constructor(
    private readonly sessionService: MentoringSessionService,
    private readonly board: MentoringBoardService,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => Person)
  mentor(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.userById.load(pair.mentorId);
  }

  @ResolveField(() => [Person], { description: 'The mentee: one civil servant, or the region team’s members.' })
  async members(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<User[]> {
    const members = await this.board.membersOf([pair.id]);
    return (await Promise.all(members.map((member) => context.loaders.userById.load(member.userId)))).filter(
      (user): user is User => user !== null,
    );
  }

  @ResolveField(() => Region)
  async region(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<Region> {
    return (await context.loaders.regionByCode.load(pair.regionCode)) as Region;
  }

  @ResolveField(() => ContentItem, { nullable: true })
  playbook(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<ContentItem | null> {
    return pair.playbookId ? context.loaders.contentItemById.load(pair.playbookId) : Promise.resolve(null);
  }

  @ResolveField(() => [SpbeIndicator])
  async indicators(@Parent() pair: MentoringPair): Promise<SpbeIndicator[]> {
    return this.dataSource
      .getRepository(SpbeIndicator)
      .createQueryBuilder('i')
      .innerJoin('mentoring_pair_indicators', 'pi', 'pi.indicator_id = i.id')
      .where('pi.pair_id = :id', { id: pair.id })
      .orderBy('i.number')
      .getMany();
  }

  @ResolveField(() => [MentoringSession])
  sessions(@Parent() pair: MentoringPair): Promise<MentoringSession[]> {
    return this.sessionService.sessionsOfPairs([pair.id]);
  }
}

@Resolver(() => MentoringSession)
export class MentoringSessionResolver {
  /** Per request: each session's pair and the viewer's roles in it, loaded once per pair, not per field. */
  private readonly pairs = new WeakMap<GraphqlContext, Map<string, Promise<{ pair: MentoringPair; roles: Set<PairRole> }>>>();

  constructor(
    private readonly access: MentoringAccess,
    private readonly dataSource: DataSource,
  ) {}

  private pairOf(session: MentoringSession, context: GraphqlContext): Promise<{ pair: MentoringPair; roles: Set<PairRole> }> {
    const memo = this.pairs.get(context) ?? new Map();
    this.pairs.set(context, memo);
    let entry = memo.get(session.pairId);
    if (!entry) {
      entry = this.dataSource
        .getRepository(MentoringPair)
        .findOneByOrFail({ id: session.pairId })
        .then(async (pair) => ({
          pair,
          roles: context.req.user ? await this.access.rolesIn(context.req.user, pair) : new Set<PairRole>(),
        }));
      memo.set(session.pairId, entry);
    }
    return entry;
  }

  @ResolveField(() => MentoringPair)
  async pair(@Parent() session: MentoringSession, @Context() context: GraphqlContext): Promise<MentoringPair> {
    return (await this.pairOf(session, context)).pair;
  }

  /** Visible to the pair (mentor and mentees) and their coordinator, nobody else. */
  @ResolveField(() => String, { nullable: true })
  async notes(@Parent() session: MentoringSession, @Context() context: GraphqlContext): Promise<string | null> {
    const { roles } = await this.pairOf(session, context);
    return roles.size > 0 ? session.notes : null;
  }

  @ResolveField(() => [ActionItem])
  actionItems(@Parent() session: MentoringSession): Promise<ActionItem[]> {
    return this.dataSource.getRepository(ActionItem).find({ where: { sessionId: session.id }, order: { dueDate: 'ASC' } });
  }

  @ResolveField(() => [SessionFeedback], { description: 'All feedback for the mentor and coordinators; a mentee sees their own.' })
  async feedback(@Parent() session: MentoringSession, @Context() context: GraphqlContext): Promise<SessionFeedback[]> {
    const viewer = context.req.user;
    if (!viewer) return [];
    const { roles } = await this.pairOf(session, context);
    const all = await this.dataSource.getRepository(SessionFeedback).findBy({ sessionId: session.id });
    return roles.has('mentor') || roles.has('coordinator') ? all : all.filter((feedback) => feedback.userId === viewer.id);
  }

  @ResolveField(() => String, { description: 'This session as an iCalendar (.ics) file.' })
  async ics(@Parent() session: MentoringSession, @Context() context: GraphqlContext): Promise<string> {
    const { pair } = await this.pairOf(session, context);
    const mentor = await context.loaders.userById.load(pair.mentorId);
    return sessionsCalendar(
      'Living Lab: mentoring',
      [{ session, summary: `Mentoring Living Lab dengan ${mentor?.fullName ?? 'mentor'}`, description: session.agenda }],
      context.req.hostname || 'livinglab',
    );
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @ResolveField(() => Person)
  owner(@Parent() item: ActionItem, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.userById.load(item.ownerId);
  }
}
