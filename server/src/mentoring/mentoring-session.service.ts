import { actionItemRules, feedbackRules, reasonRules, sessionRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { validateInput } from '../common/validate-input';
import type { User } from '../users/user.entity';
import type {
  CancelSessionInput,
  FeedbackInput,
  RecordOutcomeInput,
  RescheduleSessionInput,
  ScheduleSessionInput,
} from './dto/mentoring.inputs';
import { MentoringAccess } from './mentoring-access';
import { MentoringPair, PairMember, PairStatus } from './mentoring-pair.entity';
import { ActionItem, MentoringSession, SessionFeedback, SessionParticipant, SessionStatus } from './mentoring-session.entity';
import { todayInWib } from './pairing.service';

const STALE = 'Someone else changed this session since you opened it. Reload it to see the change.';

const wibDate = (instant: Date) => todayInWib(instant);
const wibTime = (instant: Date) =>
  new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'medium', timeStyle: 'short' }).format(instant) + ' WIB';

@Injectable()
export class MentoringSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MentoringAccess,
  ) {}

  /**
   * The pair's mentor or coordinator schedules a session. Refused: a time in the past, a duration
   * outside 1-480 minutes, a day outside the pair's dates, an ended pair, and double booking of the
   * mentor or any mentee member (the database's exclusion constraint decides, so concurrent bookings
   * of one slot cannot both succeed).
   */
  async schedule(actor: User, input: ScheduleSessionInput): Promise<MentoringSession> {
    const { pair, roles } = await this.access.pair(actor, input.pairId);
    this.access.assert(roles, ['mentor', 'coordinator'], 'Only the mentor or a coordinator schedules sessions.');
    const values = validateInput(sessionRules, input);
    this.assertSchedulable(pair, input.startsAt, values.durationMinutes);
    const participants = await this.participantsOf(pair);
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(MentoringSession, {
          pairId: pair.id,
          startsAt: input.startsAt,
          durationMinutes: values.durationMinutes,
          onlineUrl: values.onlineUrl?.trim() || null,
          place: values.place?.trim() || null,
          agenda: values.agenda,
          createdById: actor.id,
        }),
      );
      await this.occupy(manager, session, participants);
      return session;
    });
  }

  async reschedule(actor: User, input: RescheduleSessionInput): Promise<MentoringSession> {
    const { session, pair, roles } = await this.load(actor, input.sessionId);
    this.access.assert(roles, ['mentor', 'coordinator'], 'Only the mentor or a coordinator reschedules sessions.');
    if (session.status !== SessionStatus.SCHEDULED)
      throw new BadUserInputError('Only a scheduled session can be moved.', 'INVALID_TRANSITION');
    const { durationMinutes } = validateInput(sessionRules, { ...session, durationMinutes: input.durationMinutes });
    this.assertSchedulable(pair, input.startsAt, durationMinutes);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(MentoringSession)
        .set({ startsAt: input.startsAt, durationMinutes, sequence: () => 'sequence + 1', version: () => 'version + 1' })
        .where('id = :id AND version = :version AND status = :status', {
          id: session.id,
          version: input.version,
          status: SessionStatus.SCHEDULED,
        })
        .execute();
      if (result.affected !== 1) throw new ConflictError(STALE, 'STALE_VERSION');
      const moved = await manager.findOneByOrFail(MentoringSession, { id: session.id });
      try {
        await manager.query(`UPDATE mentoring_session_participants SET period = tstzrange($2, $3, '[)') WHERE session_id = $1`, [
          session.id,
          moved.startsAt,
          endOf(moved),
        ]);
      } catch (error) {
        throw await this.clash(error, session.id, moved.startsAt, endOf(moved));
      }
      return moved;
    });
  }

  async cancel(actor: User, input: CancelSessionInput): Promise<MentoringSession> {
    const { session, roles } = await this.load(actor, input.sessionId);
    this.access.assert(roles, ['mentor', 'coordinator'], 'Only the mentor or a coordinator cancels sessions.');
    const { reason } = validateInput(reasonRules, { reason: input.reason });
    if (session.status !== SessionStatus.SCHEDULED)
      throw new BadUserInputError('Only a scheduled session can be cancelled.', 'INVALID_TRANSITION');
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(MentoringSession)
        .set({ status: SessionStatus.CANCELLED, cancelReason: reason, sequence: () => 'sequence + 1', version: () => 'version + 1' })
        .where('id = :id AND version = :version AND status = :status', {
          id: session.id,
          version: input.version,
          status: SessionStatus.SCHEDULED,
        })
        .execute();
      if (result.affected !== 1) throw new ConflictError(STALE, 'STALE_VERSION');
      await manager.update(SessionParticipant, { sessionId: session.id }, { active: false });
      return manager.findOneByOrFail(MentoringSession, { id: session.id });
    });
  }

  /** After the session: the mentor records it HELD or NO_SHOW, with notes and action items. */
  async recordOutcome(actor: User, input: RecordOutcomeInput): Promise<MentoringSession> {
    const { session, pair, roles } = await this.load(actor, input.sessionId);
    this.access.assert(roles, ['mentor'], 'Only the mentor records how a session went.');
    if (input.status !== SessionStatus.HELD && input.status !== SessionStatus.NO_SHOW) {
      throw new BadUserInputError('Record a session as HELD or NO_SHOW.', 'INVALID_INPUT');
    }
    if (session.status !== SessionStatus.SCHEDULED)
      throw new BadUserInputError('This session was already recorded or cancelled.', 'INVALID_TRANSITION');
    if (session.startsAt.getTime() > Date.now())
      throw new BadUserInputError('A session can be recorded once it has started.', 'NOT_STARTED');
    const members = await this.participantsOf(pair);
    const items = input.actionItems.map((item, index) => {
      const values = validateInput(actionItemRules, item, `actionItems.${index}.`);
      if (!members.includes(item.ownerId)) {
        throw new BadUserInputError('An action item’s owner must be the mentor or a mentee.', 'INVALID_INPUT', [
          { field: `actionItems.${index}.ownerId`, message: 'field.invalid' },
        ]);
      }
      return { ...values, ownerId: item.ownerId };
    });
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(MentoringSession)
        .set({ status: input.status, notes: input.notes.trim() || null, version: () => 'version + 1' })
        .where('id = :id AND version = :version AND status = :status', {
          id: session.id,
          version: input.version,
          status: SessionStatus.SCHEDULED,
        })
        .execute();
      if (result.affected !== 1) throw new ConflictError(STALE, 'STALE_VERSION');
      if (items.length > 0) {
        await manager.insert(
          ActionItem,
          items.map((item) => ({ sessionId: session.id, text: item.text, ownerId: item.ownerId, dueDate: item.dueDate ?? null })),
        );
      }
      return manager.findOneByOrFail(MentoringSession, { id: session.id });
    });
  }

  /** A mentee member rates a held session, once. */
  async giveFeedback(actor: User, input: FeedbackInput): Promise<SessionFeedback> {
    const { session, roles } = await this.load(actor, input.sessionId);
    this.access.assert(roles, ['mentee'], 'Only the mentees of the pair give feedback on its sessions.');
    if (session.status !== SessionStatus.HELD) throw new BadUserInputError('Feedback is for sessions that were held.', 'NOT_HELD');
    const values = validateInput(feedbackRules, input);
    try {
      // insert, not save: save would quietly overwrite an earlier rating.
      await this.dataSource.getRepository(SessionFeedback).insert({ sessionId: session.id, userId: actor.id, ...values });
      return this.dataSource.getRepository(SessionFeedback).findOneByOrFail({ sessionId: session.id, userId: actor.id });
    } catch (error) {
      if (uniqueViolation(error) !== undefined) throw new ConflictError('You already gave feedback on this session.', 'FEEDBACK_EXISTS');
      throw error;
    }
  }

  /** The owner, the mentor or a coordinator marks an action item done or not done. */
  async setActionItemDone(actor: User, actionItemId: string, done: boolean): Promise<ActionItem> {
    const item = await this.dataSource.getRepository(ActionItem).findOneBy({ id: actionItemId });
    if (!item) throw new NotFoundError('This action item does not exist.', 'ACTION_ITEM_NOT_FOUND');
    const { roles } = await this.load(actor, item.sessionId);
    if (item.ownerId !== actor.id && !roles.has('mentor') && !roles.has('coordinator')) {
      throw new ForbiddenError('Only the owner, the mentor or a coordinator updates this action item.', 'NOT_ALLOWED');
    }
    await this.dataSource.getRepository(ActionItem).update({ id: item.id }, { doneAt: done ? new Date() : null });
    return this.dataSource.getRepository(ActionItem).findOneByOrFail({ id: item.id });
  }

  async load(actor: User, sessionId: string) {
    const session = await this.dataSource.getRepository(MentoringSession).findOneBy({ id: sessionId });
    if (!session) throw new NotFoundError('This session does not exist or is not yours.', 'SESSION_NOT_FOUND');
    try {
      const { pair, roles } = await this.access.pair(actor, session.pairId);
      return { session, pair, roles };
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('This session does not exist or is not yours.', 'SESSION_NOT_FOUND');
      throw error;
    }
  }

  /** The mentor and every mentee member. */
  async participantsOf(pair: MentoringPair): Promise<string[]> {
    const members = await this.dataSource.getRepository(PairMember).findBy({ pairId: pair.id });
    return [pair.mentorId, ...members.map((member) => member.userId)];
  }

  private assertSchedulable(pair: MentoringPair, startsAt: Date, durationMinutes: number): void {
    if (pair.status !== PairStatus.ACTIVE) throw new BadUserInputError('This pair has ended: no new sessions.', 'PAIR_ENDED');
    if (Number.isNaN(startsAt.getTime()) || startsAt.getTime() <= Date.now()) {
      throw new BadUserInputError('A session is scheduled in the future.', 'IN_THE_PAST', [{ field: 'startsAt', message: 'date.invalid' }]);
    }
    const end = new Date(startsAt.getTime() + durationMinutes * 60_000);
    if (wibDate(startsAt) < pair.startDate || wibDate(end) > pair.endDate) {
      throw new BadUserInputError(`Sessions of this pair fall between ${pair.startDate} and ${pair.endDate}.`, 'OUTSIDE_PAIR_DATES', [
        { field: 'startsAt', message: 'date.invalid' },
      ]);
    }
  }

  private async occupy(manager: EntityManager, session: MentoringSession, participants: string[]): Promise<void> {
    try {
      await manager.query(
        `INSERT INTO mentoring_session_participants (session_id, user_id, period)
         SELECT $1, unnest($2::uuid[]), tstzrange($3, $4, '[)')`,
        [session.id, participants, session.startsAt, endOf(session)],
      );
    } catch (error) {
      throw await this.clash(error, session.id, session.startsAt, endOf(session));
    }
  }

  /** Turns an exclusion-constraint violation into a CONFLICT that names the clashing session. */
  private async clash(error: unknown, sessionId: string, start: Date, end: Date): Promise<unknown> {
    const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
    if (code !== '23P01') return error;
    const detail = (error as QueryFailedError & { driverError: { detail?: string } }).driverError.detail ?? '';
    // PostgreSQL names the existing row's key in the detail: (user_id, period)=(<uuid>, ["...","...")).
    const userId = /\)=\(([0-9a-f-]{36}),/.exec(detail.split('conflicts with existing key')[1] ?? '')?.[1];
    const rows: Array<{ starts_at: Date; agenda: string; full_name: string }> = userId
      ? await this.dataSource.query(
          `SELECT s.starts_at, s.agenda, u.full_name FROM mentoring_session_participants p
           JOIN mentoring_sessions s ON s.id = p.session_id JOIN users u ON u.id = p.user_id
           WHERE p.user_id = $1 AND p.active AND p.session_id <> $2
             AND p.period && tstzrange($3, $4, '[)')
           ORDER BY s.starts_at LIMIT 1`,
          [userId, sessionId, start, end],
        )
      : [];
    const clash = rows[0];
    return new ConflictError(
      clash
        ? `${clash.full_name} already has a session at that time: "${clash.agenda.slice(0, 80)}" on ${wibTime(new Date(clash.starts_at))}.`
        : 'Someone in this pair already has a session at that time.',
      'DOUBLE_BOOKED',
    );
  }

  sessionsOfPairs(pairIds: string[]): Promise<MentoringSession[]> {
    if (pairIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(MentoringSession).find({ where: { pairId: In(pairIds) }, order: { startsAt: 'ASC' } });
  }
}

export const endOf = (session: Pick<MentoringSession, 'startsAt' | 'durationMinutes'>) =>
  new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
