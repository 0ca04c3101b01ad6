import {
  actionItemRules,
  CommonErrorReason,
  type ErrorParams,
  feedbackRules,
  MentoringErrorReason,
  outcomeRules,
  pastSessionRules,
  reasonRules,
  sessionRules,
  wibDay,
} from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, QueryFailedError, type Repository } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import type { User } from '../users';
import type {
  ActionItemInput,
  CancelSessionInput,
  FeedbackInput,
  LogPastSessionInput,
  RecordOutcomeInput,
  RescheduleSessionInput,
  ScheduleSessionInput,
} from './dto/mentoring.inputs';
import { MentoringAccess } from './mentoring-access';
import { MentoringNotifications } from './mentoring-notifications';
import { MentoringPair, PairMember, PairStatus } from './mentoring-pair.entity';
import { ActionItem, MentoringSession, SessionFeedback, SessionParticipant, SessionStatus } from './mentoring-session.entity';

@Injectable()
export class MentoringSessionService {
  constructor(
    @InjectRepository(MentoringSession) private readonly sessions: Repository<MentoringSession>,
    @InjectRepository(PairMember) private readonly members: Repository<PairMember>,
    @InjectRepository(ActionItem) private readonly actionItems: Repository<ActionItem>,
    @InjectRepository(SessionParticipant) private readonly participants: Repository<SessionParticipant>,
    private readonly tx: TransactionRunner,
    private readonly access: MentoringAccess,
    private readonly notifier: MentoringNotifications,
  ) {}

  /**
   * The pair's mentor or coordinator schedules a session. Refused: a time in the past, a duration
   * outside 1-480 minutes, a day outside the pair's dates, an ended pair, and double booking of the
   * mentor or any mentee member (the database's exclusion constraint decides, so concurrent bookings
   * of one slot cannot both succeed).
   */
  async schedule(actor: User, input: ScheduleSessionInput): Promise<MentoringSession> {
    const { pair, roles } = await this.access.pair(actor, input.pairId);
    this.access.assert(roles, ['mentor', 'coordinator']);
    const values = validateInput(sessionRules, input);
    this.assertSchedulable(pair, input.startsAt, values.durationMinutes);
    const participants = await this.participantsOf(pair);
    return this.tx.run(async (manager) => {
      const sessions = manager.getRepository(MentoringSession);
      const session = await sessions.save(
        sessions.create({
          pairId: pair.id,
          startsAt: input.startsAt,
          durationMinutes: values.durationMinutes,
          onlineUrl: values.onlineUrl?.trim() || null,
          place: values.place?.trim() || null,
          agenda: values.agenda,
          createdById: actor.id,
        }),
      );
      await this.occupy(manager, actor, session, participants);
      await this.notifier.sessionScheduled(manager, session, participants, actor.id);
      return session;
    });
  }

  async reschedule(actor: User, input: RescheduleSessionInput): Promise<MentoringSession> {
    const { session, pair, roles } = await this.load(actor, input.sessionId);
    this.access.assert(roles, ['mentor', 'coordinator']);
    if (session.status !== SessionStatus.SCHEDULED) throw new BadUserInputError(CommonErrorReason.INVALID_TRANSITION);
    const { durationMinutes } = validateInput(sessionRules, { ...session, durationMinutes: input.durationMinutes });
    this.assertSchedulable(pair, input.startsAt, durationMinutes);
    const participants = await this.participantsOf(pair);
    return this.tx.run(async (manager) => {
      const result = await manager
        .getRepository(MentoringSession)
        .createQueryBuilder()
        .update()
        .set({ startsAt: input.startsAt, durationMinutes, sequence: () => 'sequence + 1', version: () => 'version + 1' })
        .where('id = :id AND version = :version AND status = :status', {
          id: session.id,
          version: input.version,
          status: SessionStatus.SCHEDULED,
        })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      const moved = await manager.getRepository(MentoringSession).findOneByOrFail({ id: session.id });
      try {
        await manager.query(`UPDATE mentoring_session_participants SET period = tstzrange($2, $3, '[)') WHERE session_id = $1`, [
          session.id,
          moved.startsAt,
          endOf(moved),
        ]);
      } catch (error) {
        throw await this.clash(error, actor, session.id, moved.startsAt, endOf(moved));
      }
      await this.notifier.sessionRescheduled(manager, moved, participants, actor.id);
      return moved;
    });
  }

  async cancel(actor: User, input: CancelSessionInput): Promise<MentoringSession> {
    const { session, pair, roles } = await this.load(actor, input.sessionId);
    this.access.assert(roles, ['mentor', 'coordinator']);
    const { reason } = validateInput(reasonRules, { reason: input.reason });
    if (session.status !== SessionStatus.SCHEDULED) throw new BadUserInputError(CommonErrorReason.INVALID_TRANSITION);
    return this.tx.run(async (manager) => {
      const result = await manager
        .getRepository(MentoringSession)
        .createQueryBuilder()
        .update()
        .set({ status: SessionStatus.CANCELLED, cancelReason: reason, sequence: () => 'sequence + 1', version: () => 'version + 1' })
        .where('id = :id AND version = :version AND status = :status', {
          id: session.id,
          version: input.version,
          status: SessionStatus.SCHEDULED,
        })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      await manager.getRepository(SessionParticipant).update({ sessionId: session.id }, { active: false });
      const cancelled = await manager.getRepository(MentoringSession).findOneByOrFail({ id: session.id });
      await this.notifier.sessionCancelled(manager, cancelled, await this.participantsOf(pair), actor.id);
      return cancelled;
    });
  }

  /** After the session: the mentor records it HELD or NO_SHOW, with notes and action items. */
  async recordOutcome(actor: User, input: RecordOutcomeInput): Promise<MentoringSession> {
    const { session, pair, roles } = await this.load(actor, input.sessionId);
    this.access.assert(roles, ['mentor']);
    const outcome = validateInput(outcomeRules, { status: input.status, notes: input.notes });
    if (session.status !== SessionStatus.SCHEDULED) throw new BadUserInputError(CommonErrorReason.INVALID_TRANSITION);
    if (session.startsAt.getTime() > Date.now()) throw new BadUserInputError(MentoringErrorReason.NOT_STARTED);
    const members = await this.participantsOf(pair);
    const items = this.actionItemsOf(input.actionItems, members);
    return this.tx.run(async (manager) => {
      const result = await manager
        .getRepository(MentoringSession)
        .createQueryBuilder()
        .update()
        .set({ status: outcome.status as SessionStatus, notes: outcome.notes || null, version: () => 'version + 1' })
        .where('id = :id AND version = :version AND status = :status', {
          id: session.id,
          version: input.version,
          status: SessionStatus.SCHEDULED,
        })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      await this.insertActionItems(manager, session.id, items);
      const recorded = await manager.getRepository(MentoringSession).findOneByOrFail({ id: session.id });
      await this.notifier.outcomeRecorded(manager, recorded, members, actor.id);
      return recorded;
    });
  }

  /**
   * The pair's mentor logs a session that already took place (it started at most 30 days ago, within
   * the pair's dates, the pair still active) with its outcome, notes and action items, in one step. It
   * occupies its participants' time like a booked one, so it cannot overlap another session of theirs
   * (CONFLICT/DOUBLE_BOOKED). Coordinators schedule, but what happened in a session is the mentor's to record.
   */
  async logPast(actor: User, input: LogPastSessionInput): Promise<MentoringSession> {
    const { pair, roles } = await this.access.pair(actor, input.pairId);
    this.access.assert(roles, ['mentor']);
    const values = validateInput(pastSessionRules(), {
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      agenda: input.agenda,
      status: input.status,
      notes: input.notes,
    });
    if (pair.status !== PairStatus.ACTIVE) throw new BadUserInputError(MentoringErrorReason.PAIR_ENDED);
    this.assertWithinPair(pair, values.startsAt, values.durationMinutes);
    const participants = await this.participantsOf(pair);
    const items = this.actionItemsOf(input.actionItems, participants);
    return this.tx.run(async (manager) => {
      const sessions = manager.getRepository(MentoringSession);
      const session = await sessions.save(
        sessions.create({
          pairId: pair.id,
          startsAt: values.startsAt,
          durationMinutes: values.durationMinutes,
          onlineUrl: null,
          place: null,
          agenda: values.agenda,
          status: values.status as SessionStatus,
          notes: values.notes || null,
          createdById: actor.id,
        }),
      );
      await this.occupy(manager, actor, session, participants);
      await this.insertActionItems(manager, session.id, items);
      const logged = await sessions.findOneByOrFail({ id: session.id });
      await this.notifier.outcomeRecorded(manager, logged, participants, actor.id);
      return logged;
    });
  }

  /** Action items validated, each owned by the mentor or a mentee member. */
  private actionItemsOf(actionItems: ActionItemInput[], members: readonly string[]) {
    return actionItems.map((item, index) => {
      const values = validateInput(actionItemRules, item, `actionItems.${index}.`);
      if (!members.includes(item.ownerId)) {
        throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, {
          fields: [{ field: `actionItems.${index}.ownerId`, message: 'field.invalid' }],
        });
      }
      return { ...values, ownerId: item.ownerId };
    });
  }

  private async insertActionItems(
    manager: EntityManager,
    sessionId: string,
    items: Array<{ text: string; ownerId: string; dueDate?: string | null }>,
  ): Promise<void> {
    if (items.length === 0) return;
    await manager
      .getRepository(ActionItem)
      .insert(items.map((item) => ({ sessionId, text: item.text, ownerId: item.ownerId, dueDate: item.dueDate ?? null })));
  }

  /** A mentee member rates a held session, once. */
  async giveFeedback(actor: User, input: FeedbackInput): Promise<SessionFeedback> {
    const { session, pair, roles } = await this.load(actor, input.sessionId);
    this.access.assert(roles, ['mentee']);
    if (session.status !== SessionStatus.HELD) throw new BadUserInputError(MentoringErrorReason.NOT_HELD);
    const values = validateInput(feedbackRules, input);
    try {
      // insert, not save: save would quietly overwrite an earlier rating.
      return await this.tx.run(async (manager) => {
        const feedback = manager.getRepository(SessionFeedback);
        await feedback.insert({ sessionId: session.id, userId: actor.id, ...values });
        await this.notifier.feedbackReceived(manager, session, pair.mentorId, actor.id);
        return feedback.findOneByOrFail({ sessionId: session.id, userId: actor.id });
      });
    } catch (error) {
      if (uniqueViolation(error) !== undefined) throw new ConflictError(MentoringErrorReason.FEEDBACK_EXISTS);
      throw error;
    }
  }

  /** The owner, the mentor or a coordinator marks an action item done or not done. */
  async setActionItemDone(actor: User, actionItemId: string, done: boolean): Promise<ActionItem> {
    const item = await this.actionItems.findOneBy({ id: actionItemId });
    if (!item) throw new NotFoundError(MentoringErrorReason.ACTION_ITEM_NOT_FOUND);
    const { roles } = await this.load(actor, item.sessionId);
    if (item.ownerId !== actor.id && !roles.has('mentor') && !roles.has('coordinator')) {
      throw new ForbiddenError(CommonErrorReason.NOT_ALLOWED);
    }
    await this.actionItems.update({ id: item.id }, { doneAt: done ? new Date() : null });
    return this.actionItems.findOneByOrFail({ id: item.id });
  }

  async load(actor: User, sessionId: string) {
    const session = await this.sessions.findOneBy({ id: sessionId });
    if (!session) throw new NotFoundError(MentoringErrorReason.SESSION_NOT_FOUND);
    try {
      const { pair, roles } = await this.access.pair(actor, session.pairId);
      return { session, pair, roles };
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError(MentoringErrorReason.SESSION_NOT_FOUND);
      throw error;
    }
  }

  /** The mentor and every mentee member. */
  async participantsOf(pair: MentoringPair): Promise<string[]> {
    const members = await this.members.findBy({ pairId: pair.id });
    return [pair.mentorId, ...members.map((member) => member.userId)];
  }

  private assertSchedulable(pair: MentoringPair, startsAt: Date, durationMinutes: number): void {
    if (pair.status !== PairStatus.ACTIVE) throw new BadUserInputError(MentoringErrorReason.PAIR_ENDED);
    if (Number.isNaN(startsAt.getTime()) || startsAt.getTime() <= Date.now()) {
      throw new BadUserInputError(MentoringErrorReason.IN_THE_PAST, { fields: [{ field: 'startsAt', message: 'date.invalid' }] });
    }
    this.assertWithinPair(pair, startsAt, durationMinutes);
  }

  /** BAD_USER_INPUT/OUTSIDE_PAIR_DATES unless the session lies within the pair's days (WIB). */
  private assertWithinPair(pair: MentoringPair, startsAt: Date, durationMinutes: number): void {
    const end = new Date(startsAt.getTime() + durationMinutes * 60_000);
    if (wibDay(startsAt) < pair.startDate || wibDay(end) > pair.endDate) {
      throw new BadUserInputError(MentoringErrorReason.OUTSIDE_PAIR_DATES, {
        params: { startDate: pair.startDate, endDate: pair.endDate },
        fields: [{ field: 'startsAt', message: 'date.invalid' }],
      });
    }
  }

  private async occupy(manager: EntityManager, actor: User, session: MentoringSession, participants: string[]): Promise<void> {
    try {
      await manager.query(
        `INSERT INTO mentoring_session_participants (session_id, user_id, period)
         SELECT $1, unnest($2::uuid[]), tstzrange($3, $4, '[)')`,
        [session.id, participants, session.startsAt, endOf(session)],
      );
    } catch (error) {
      throw await this.clash(error, actor, session.id, session.startsAt, endOf(session));
    }
  }

  /**
   * Turns an exclusion-constraint violation into CONFLICT/DOUBLE_BOOKED. Its params give only the
   * clashing session's `startsAt` and `endsAt` (ISO instants) and `whose`: `own` when the actor takes
   * part in it, else `other` (nothing about other people's sessions beyond the time). No params when
   * the clash is gone by the time it is looked up.
   */
  private async clash(error: unknown, actor: User, sessionId: string, start: Date, end: Date): Promise<unknown> {
    const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
    if (code !== '23P01') return error;
    const detail = (error as QueryFailedError & { driverError: { detail?: string } }).driverError.detail ?? '';
    // PostgreSQL names the existing row's key in the detail: (user_id, period)=(<uuid>, ["...","...")).
    const userId = /\)=\(([0-9a-f-]{36}),/.exec(detail.split('conflicts with existing key')[1] ?? '')?.[1];
    // Outside the failed transaction: the repository's own connection.
    const rows: Array<{ starts_at: Date; duration_minutes: number; agenda: string; own: boolean }> = userId
      ? await this.participants.query(
          `SELECT s.starts_at, s.duration_minutes, s.agenda,
                  EXISTS (SELECT 1 FROM mentoring_session_participants mine WHERE mine.session_id = s.id AND mine.user_id = $5) AS own
           FROM mentoring_session_participants p JOIN mentoring_sessions s ON s.id = p.session_id
           WHERE p.user_id = $1 AND p.active AND p.session_id <> $2
             AND p.period && tstzrange($3, $4, '[)')
           ORDER BY s.starts_at LIMIT 1`,
          [userId, sessionId, start, end, actor.id],
        )
      : [];
    const clash = rows[0];
    const params: ErrorParams = {};
    if (clash) {
      const startsAt = new Date(clash.starts_at);
      params.startsAt = startsAt.toISOString();
      params.endsAt = endOf({ startsAt, durationMinutes: clash.duration_minutes }).toISOString();
      params.whose = clash.own ? 'own' : 'other';
      // The caller takes part in that session, so may see what it is about; of anyone else's, only the time.
      if (clash.own) params.agenda = clash.agenda.slice(0, 80);
    }
    return new ConflictError(MentoringErrorReason.DOUBLE_BOOKED, { params });
  }

  /** The user's scheduled sessions that have not ended yet, earliest first. */
  upcomingOf(user: User): Promise<MentoringSession[]> {
    return this.sessions
      .createQueryBuilder('s')
      .innerJoin(SessionParticipant, 'p', 'p.session_id = s.id')
      .where(`p.user_id = :id AND s.status = 'SCHEDULED' AND s.starts_at + make_interval(mins => s.duration_minutes) > now()`, {
        id: user.id,
      })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
  }

  /** Open action items the user owns, or of pairs they mentor, by due date (undated last). */
  openActionItemsOf(user: User): Promise<ActionItem[]> {
    return this.actionItems
      .createQueryBuilder('a')
      .innerJoin(MentoringSession, 's', 's.id = a.session_id')
      .innerJoin(MentoringPair, 'p', 'p.id = s.pair_id')
      .where('a.done_at IS NULL AND (a.owner_id = :id OR p.mentor_id = :id)', { id: user.id })
      .orderBy('a.due_date', 'ASC', 'NULLS LAST')
      .getMany();
  }
}

export const endOf = (session: Pick<MentoringSession, 'startsAt' | 'durationMinutes'>) =>
  new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
