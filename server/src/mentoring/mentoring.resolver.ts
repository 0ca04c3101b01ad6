import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { User } from '../users';
import { CalendarFeedService } from './calendar-feed.service';
import {
  CancelSessionInput,
  CreatePairInput,
  EndPairInput,
  FeedbackInput,
  LogPastSessionInput,
  RecordOutcomeInput,
  RescheduleSessionInput,
  ScheduleSessionInput,
  SuggestMentorsInput,
} from './dto/mentoring.inputs';
import { CalendarFeedLink, MentorSuggestion, PairingBoard } from './mentoring.models';
import { MentoringAccess } from './mentoring-access';
import { MentoringBoardService } from './mentoring-board.service';
import { MentoringPair } from './mentoring-pair.entity';
import { ActionItem, MentoringSession, SessionFeedback } from './mentoring-session.entity';
import { MentoringSessionService } from './mentoring-session.service';
import { PairingService } from './pairing.service';

/** Mentoring's queries and mutations; nested fields are in mentoring-pair.resolver.ts and mentoring-session.resolver.ts. */
@Resolver()
export class MentoringResolver {
  constructor(
    private readonly pairing: PairingService,
    private readonly sessions: MentoringSessionService,
    private readonly board: MentoringBoardService,
    private readonly access: MentoringAccess,
    private readonly feeds: CalendarFeedService,
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
  @Mutation(() => MentoringSession, {
    description: 'The pair’s mentor logs a session that took place in the last 30 days, with its outcome, notes and action items.',
  })
  logPastSession(@CurrentUser() actor: User, @Args('input') input: LogPastSessionInput): Promise<MentoringSession> {
    return this.sessions.logPast(actor, input);
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
    return this.sessions.openActionItemsOf(user);
  }

  @SignedIn()
  @Query(() => [MentoringSession], { description: 'The user’s scheduled sessions from now on.' })
  myUpcomingSessions(@CurrentUser() user: User): Promise<MentoringSession[]> {
    return this.sessions.upcomingOf(user);
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
