import { can, NotificationKind, wibDay } from '@living-lab/shared';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, LessThan, type Repository } from 'typeorm';
import { TransactionRunner } from '../common/transaction';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs';
import { NotificationService } from '../notifications';
import { RegionAccessService } from '../regions';
import { UsersService } from '../users';
import { type MentoringPair, PairMember } from './mentoring-pair.entity';
import { ActionItem, MentoringSession, SessionStatus } from './mentoring-session.entity';
import { sessionsCalendar } from './session-calendar';

export const SESSION_REMINDER_JOB = 'mentoring.session-reminder';
export const ACTION_ITEM_REMINDER_JOB = 'mentoring.action-item-reminders';

/** Reminders go out this long before a session starts. */
const REMINDERS = [
  { lead: '24H', minutes: 24 * 60, kind: NotificationKind.SESSION_REMINDER_24H },
  { lead: '1H', minutes: 60, kind: NotificationKind.SESSION_REMINDER_1H },
] as const;
type ReminderLead = (typeof REMINDERS)[number]['lead'];

interface SessionReminderJob {
  sessionId: string;
  lead: ReminderLead;
  /** The start the reminder was planned for: a moved or cancelled session is not reminded at the old time. */
  startsAt: string;
}

/**
 * Mentoring's notifications: who is told of what (recipients are the pair's people as
 * `MentoringAccess` sees them: mentor, mentee members, the region's coordinators), and the
 * reminder jobs, which check at run time that the session still starts when they were planned for.
 */
@Injectable()
export class MentoringNotifications implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueue,
    private readonly regionAccess: RegionAccessService,
    private readonly users: UsersService,
    private readonly tx: TransactionRunner,
    @InjectRepository(MentoringSession) private readonly sessions: Repository<MentoringSession>,
    @InjectRepository(ActionItem) private readonly actionItems: Repository<ActionItem>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.work<SessionReminderJob>(SESSION_REMINDER_JOB, (data) => this.remind(data));
    this.jobs.work(ACTION_ITEM_REMINDER_JOB, () => this.remindActionItems(new Date()));
    // 06:00 WIB: before the working day.
    this.jobs.schedule(ACTION_ITEM_REMINDER_JOB, '0 6 * * *', {});
  }

  async pairCreated(manager: EntityManager, pair: MentoringPair, actorId: string): Promise<void> {
    await this.pairEvent(manager, pair, actorId, NotificationKind.PAIR_CREATED, `pair-created:${pair.id}`);
  }

  async pairEnded(manager: EntityManager, pair: MentoringPair, actorId: string): Promise<void> {
    await this.pairEvent(manager, pair, actorId, NotificationKind.PAIR_ENDED, `pair-ended:${pair.id}`);
  }

  private async pairEvent(manager: EntityManager, pair: MentoringPair, actorId: string, kind: NotificationKind, dedupeKey: string) {
    const people = await this.peopleOf(manager, pair);
    const coordinators = await this.coordinatorsOf(pair.regionCode);
    const mentor = await this.users.findById(pair.mentorId);
    await this.notifications.notify(manager, {
      kind,
      recipientIds: [...people, ...coordinators].filter((id) => id !== actorId),
      object: { type: 'MentoringPair', id: pair.id, link: pairLink(pair.id) },
      params: { mentorName: mentor?.fullName ?? '' },
      dedupeKey,
    });
  }

  /** Booked: the participants other than who booked it, with the .ics; and the reminders planned. */
  async sessionScheduled(manager: EntityManager, session: MentoringSession, participantIds: readonly string[], actorId: string) {
    await this.sessionEvent(
      manager,
      session,
      participantIds,
      actorId,
      NotificationKind.SESSION_SCHEDULED,
      `session-scheduled:${session.id}`,
    );
    await this.planReminders(manager, session);
  }

  async sessionRescheduled(manager: EntityManager, session: MentoringSession, participantIds: readonly string[], actorId: string) {
    await this.sessionEvent(
      manager,
      session,
      participantIds,
      actorId,
      NotificationKind.SESSION_RESCHEDULED,
      `session-rescheduled:${session.id}:${session.sequence}`,
    );
    await this.planReminders(manager, session);
  }

  async sessionCancelled(manager: EntityManager, session: MentoringSession, participantIds: readonly string[], actorId: string) {
    await this.sessionEvent(
      manager,
      session,
      participantIds,
      actorId,
      NotificationKind.SESSION_CANCELLED,
      `session-cancelled:${session.id}`,
    );
  }

  /** Held or no-show recorded: the mentees are told, and each action item's owner (not the mentor who wrote it). */
  async outcomeRecorded(manager: EntityManager, session: MentoringSession, participantIds: readonly string[], actorId: string) {
    await this.notifications.notify(manager, {
      kind: NotificationKind.SESSION_OUTCOME_RECORDED,
      recipientIds: participantIds.filter((id) => id !== actorId),
      object: { type: 'MentoringSession', id: session.id, link: pairLink(session.pairId) },
      params: { agenda: session.agenda },
      dedupeKey: `session-outcome:${session.id}`,
    });
    const items = await manager.getRepository(ActionItem).findBy({ sessionId: session.id });
    for (const item of items) {
      if (item.ownerId === actorId) continue;
      await this.notifications.notify(manager, {
        kind: NotificationKind.ACTION_ITEM_ASSIGNED,
        recipientIds: [item.ownerId],
        object: { type: 'ActionItem', id: item.id, link: pairLink(session.pairId) },
        params: { title: item.text.slice(0, 200), ...(item.dueDate ? { dueOn: item.dueDate } : {}) },
        dedupeKey: `action-item-assigned:${item.id}`,
      });
    }
  }

  /** A mentee rated a session: its mentor is told. */
  async feedbackReceived(manager: EntityManager, session: MentoringSession, mentorId: string, fromUserId: string) {
    await this.notifications.notify(manager, {
      kind: NotificationKind.FEEDBACK_RECEIVED,
      recipientIds: [mentorId],
      object: { type: 'MentoringSession', id: session.id, link: pairLink(session.pairId) },
      params: { agenda: session.agenda },
      dedupeKey: `session-feedback:${session.id}:${fromUserId}`,
    });
  }

  private async sessionEvent(
    manager: EntityManager,
    session: MentoringSession,
    participantIds: readonly string[],
    actorId: string,
    kind: NotificationKind,
    dedupeKey: string,
  ) {
    const ics = sessionsCalendar('Living Lab', [{ session, summary: session.agenda, description: session.agenda }], this.config.publicUrl);
    await this.notifications.notify(manager, {
      kind,
      recipientIds: participantIds.filter((id) => id !== actorId),
      object: { type: 'MentoringSession', id: session.id, link: pairLink(session.pairId) },
      params: { agenda: session.agenda, startsAt: session.startsAt.toISOString() },
      dedupeKey,
      attachments: [{ filename: 'sesi-mentoring.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
    });
  }

  /** One pending job per session and lead (a reschedule replaces it); the run-time check covers the rest. */
  private async planReminders(manager: EntityManager, session: MentoringSession): Promise<void> {
    for (const reminder of REMINDERS) {
      const at = new Date(session.startsAt.getTime() - reminder.minutes * 60_000);
      if (at.getTime() <= Date.now()) continue;
      await this.jobs.enqueue<SessionReminderJob>(
        SESSION_REMINDER_JOB,
        { sessionId: session.id, lead: reminder.lead, startsAt: session.startsAt.toISOString() },
        { manager, startAfter: at, singletonKey: `session-reminder:${reminder.lead}:${session.id}` },
      );
    }
  }

  /** Runs a planned reminder unless the session moved or was cancelled since. */
  async remind(job: SessionReminderJob): Promise<void> {
    const reminder = REMINDERS.find((r) => r.lead === job.lead);
    const session = await this.sessions.findOneBy({ id: job.sessionId });
    if (!reminder || !session || session.status !== SessionStatus.SCHEDULED) return;
    if (session.startsAt.toISOString() !== job.startsAt) return;
    await this.tx.run(async (manager) => {
      const participants = await manager
        .createQueryBuilder()
        .select('p.user_id', 'user_id')
        .from('mentoring_session_participants', 'p')
        .where('p.session_id = :id AND p.active', { id: session.id })
        .getRawMany<{ user_id: string }>();
      await this.notifications.notify(manager, {
        kind: reminder.kind,
        recipientIds: participants.map((row) => row.user_id),
        object: { type: 'MentoringSession', id: session.id, link: pairLink(session.pairId) },
        params: { agenda: session.agenda, startsAt: job.startsAt },
        dedupeKey: `session-reminder-${job.lead}:${session.id}:${job.startsAt}`,
      });
    });
  }

  /**
   * The daily job: open action items due tomorrow (WIB) remind their owner, and open items past
   * their day are reported overdue once each.
   */
  async remindActionItems(now: Date): Promise<void> {
    const today = wibDay(now);
    const tomorrow = wibDay(new Date(now.getTime() + 24 * 3600_000));
    const [dueTomorrow, overdue] = await Promise.all([
      this.actionItems.find({ where: { dueDate: tomorrow, doneAt: IsNull() }, relations: { session: true } }),
      this.actionItems.find({ where: { dueDate: LessThan(today), doneAt: IsNull() }, relations: { session: true } }),
    ]);
    await this.tx.run(async (manager) => {
      for (const [items, kind, key] of [
        [dueTomorrow, NotificationKind.ACTION_ITEM_DUE_TOMORROW, 'action-item-due'],
        [overdue, NotificationKind.ACTION_ITEM_OVERDUE, 'action-item-overdue'],
      ] as const) {
        for (const item of items) {
          await this.notifications.notify(manager, {
            kind,
            recipientIds: [item.ownerId],
            object: { type: 'ActionItem', id: item.id, link: pairLink(item.session?.pairId ?? '') },
            params: { title: item.text.slice(0, 200), dueOn: item.dueDate ?? '' },
            dedupeKey: `${key}:${item.id}:${item.dueDate}`,
          });
        }
      }
    });
  }

  private async peopleOf(manager: EntityManager, pair: MentoringPair): Promise<string[]> {
    const members = await manager.getRepository(PairMember).findBy({ pairId: pair.id });
    return [pair.mentorId, ...members.map((member) => member.userId)];
  }

  /** The region's coordinators who still hold the role (admins see every pair but are not told of each). */
  private async coordinatorsOf(regionCode: string): Promise<string[]> {
    const ids = await this.regionAccess.coordinatorIdsOf(regionCode);
    if (ids.length === 0) return [];
    const users = await this.users.findByIds(ids);
    return users.filter((user) => user !== null && can(user.roles, 'beGivenRegions')).map((user) => (user as { id: string }).id);
  }
}

function pairLink(pairId: string): string {
  return `/mentoring/pasangan/${pairId}`;
}
