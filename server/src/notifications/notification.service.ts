import {
  DEFAULT_EMAIL_DELIVERY,
  EMAIL_DELIVERIES,
  EmailDelivery,
  isNotificationKind,
  NOTIFICATION_KINDS,
  NotificationKind,
  NotificationsErrorReason,
} from '@living-lab/shared';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, IsNull, type Repository } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-error';
import { type Page, type PageArgs, pageWindow } from '../common/pagination/paginated';
import { TransactionRunner } from '../common/transaction';
import { JobQueue } from '../jobs';
import { MailLinks, type MailLocale, MailService, mailTexts } from '../mail';
import { canSignIn, type User, UsersService } from '../users';
import { Notification, NotificationPreference } from './notification.entities';
import { DIGEST_TEXTS, renderNotificationMail } from './notification-mail-texts';

/** The daily digest runs at 07:00 WIB, before office hours. */
export const DIGEST_JOB = 'notifications.daily-digest';
const DIGEST_CRON = '0 7 * * *';
/** Mail kinds are `notifications.<KIND>`: an unsubscribe link turns off that kind only. */
const mailKind = (kind: NotificationKind) => `notifications.${kind}`;
const DIGEST_MAIL_KIND = 'notifications.digest';

/** What happened, for whom: the caller has already decided who may see the object. */
export interface NewNotification {
  kind: NotificationKind;
  /** Users entitled to see the object (computed by the caller from its own access rules); duplicates and the actor are the caller's choice. */
  recipientIds: readonly string[];
  /** The object: its type (e.g. 'MentoringSession'), id and the web app's path to it (e.g. '/mentoring/sessions/<id>'). */
  object: { type: string; id: string; link: string };
  /** Values the texts need (titles, names, ISO dates); numbers and plain strings only, never prose. */
  params: Record<string, string | number>;
  /**
   * Names this event: the same key for the same recipient is stored and sent once (a retried job or
   * a repeated request). E.g. `session-rescheduled:<sessionId>:<sequence>`.
   */
  dedupeKey: string;
  /** Files for the immediate e-mail (e.g. a session's .ics). */
  attachments?: { filename: string; content: string; contentType: string }[];
}

/**
 * Notifications in the app and by e-mail. Other features call `notify` where their event is
 * committed, inside their transaction (pass its manager), so a rolled-back event notifies no one.
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(NotificationPreference) private readonly preferences: Repository<NotificationPreference>,
    private readonly tx: TransactionRunner,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly links: MailLinks,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.work(DIGEST_JOB, async () => {
      await this.sendDigests();
    });
    this.jobs.schedule(DIGEST_JOB, DIGEST_CRON, {});
    // The user is told of each role given to them, in the transaction that grants it.
    this.users.onRolesGranted(async (manager, grant) => {
      for (const role of grant.roles) {
        await this.notify(manager, {
          kind: NotificationKind.ROLE_GRANTED,
          recipientIds: [grant.userId],
          object: { type: 'User', id: grant.userId, link: '/profil' },
          params: { role },
          dedupeKey: `role-granted:${role}:${grant.version}`,
        });
      }
    });
  }

  /**
   * Stores one notification per recipient (insert ... on conflict do nothing on the recipient's
   * dedupe key) and, for the rows that are new, queues the e-mail at once or for the daily digest
   * as each recipient chose. Returns the ids of the notifications that were new.
   */
  async notify(manager: EntityManager | undefined, notification: NewNotification): Promise<string[]> {
    if (!manager) return this.tx.run((own) => this.notify(own, notification));
    if (!isNotificationKind(notification.kind)) {
      throw new BadUserInputError(NotificationsErrorReason.UNKNOWN_NOTIFICATION_KIND, { params: { kind: String(notification.kind) } });
    }
    const recipientIds = [...new Set(notification.recipientIds)];
    if (recipientIds.length === 0) return [];
    const choices = await this.deliveriesFor(manager, recipientIds, notification.kind);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(
        recipientIds.map((recipientId) => ({
          recipientId,
          kind: notification.kind,
          objectType: notification.object.type,
          objectId: notification.object.id,
          link: notification.object.link,
          params: notification.params,
          dedupeKey: notification.dedupeKey,
          digestPending: choices.get(recipientId) === EmailDelivery.DAILY_DIGEST,
        })),
      )
      .orIgnore()
      // Only the rows that were new come back; without updateEntity(false) TypeORM asks for its own columns instead.
      .updateEntity(false)
      .returning(['id', 'recipientId'])
      .execute();
    const created = inserted.raw as { id: string; recipient_id: string }[];
    const immediate = created.filter((row) => choices.get(row.recipient_id) === EmailDelivery.IMMEDIATE);
    if (immediate.length > 0) {
      const recipients = new Map(
        (
          await this.users.findByIds(
            immediate.map((row) => row.recipient_id),
            manager,
          )
        )
          .filter((u): u is User => u !== null)
          .map((u) => [u.id, u]),
      );
      for (const row of immediate) {
        const recipient = recipients.get(row.recipient_id);
        // Service accounts (the shipped content's author) have no one to read their mail.
        if (recipient && canSignIn(recipient)) await this.mailOne(manager, recipient, row.id, notification);
      }
    }
    return created.map((row) => row.id);
  }

  /** The e-mail of one new notification, in the recipient's language; its id is the idempotency key. */
  private async mailOne(manager: EntityManager, recipient: User, notificationId: string, notification: NewNotification): Promise<void> {
    const locale = localeOf(recipient);
    const text = renderNotificationMail(locale, recipient.timeZone, notification.kind, notification.params);
    await this.mail.send(
      {
        to: recipient.email,
        toUserId: recipient.id,
        locale,
        kind: mailKind(notification.kind),
        essential: false,
        subject: text.subject,
        body: {
          greeting: mailTexts[locale].greeting(recipient.fullName),
          paragraphs: text.lines,
          action: { label: text.action, url: this.links.url(notification.object.link) },
        },
        attachments: notification.attachments,
        idempotencyKey: `notification:${notificationId}`,
      },
      manager,
    );
  }

  /**
   * The daily digest: one message per user with what waits for it. Each user's rows are taken and
   * cleared in one transaction with the message queued in it, so a retried job sends nothing twice.
   */
  async sendDigests(): Promise<number> {
    const waiting: { recipient_id: string }[] = await this.notifications
      .createQueryBuilder('n')
      .select('DISTINCT n.recipient_id', 'recipient_id')
      .where('n.digest_pending')
      .getRawMany();
    let sent = 0;
    for (const { recipient_id: userId } of waiting) {
      if (await this.sendDigest(userId)) sent++;
    }
    return sent;
  }

  private async sendDigest(userId: string): Promise<boolean> {
    const user = await this.users.findById(userId);
    return this.tx.run(async (manager) => {
      const rows = await manager
        .getRepository(Notification)
        .createQueryBuilder('n')
        .where('n.recipient_id = :userId AND n.digest_pending', { userId })
        .orderBy('n.created_at', 'ASC')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return false;
      await manager.getRepository(Notification).update({ id: In(rows.map((row) => row.id)) }, { digestPending: false });
      if (!user) return false;
      const locale = localeOf(user);
      const texts = DIGEST_TEXTS[locale];
      const lines = rows.map((row) => {
        const text = renderNotificationMail(locale, user.timeZone, row.kind, row.params);
        return `• ${text.lines[0] ?? text.subject} ${this.links.url(row.link)}`;
      });
      await this.mail.send(
        {
          to: user.email,
          toUserId: user.id,
          locale,
          kind: DIGEST_MAIL_KIND,
          essential: false,
          subject: texts.subject(rows.length),
          body: {
            greeting: mailTexts[locale].greeting(user.fullName),
            paragraphs: [texts.intro(rows.length), ...lines],
            action: { label: texts.action, url: this.links.url('/pemberitahuan') },
          },
          // The rows' ids name the digest: the same rows are never mailed twice.
          idempotencyKey: `notifications-digest:${userId}:${rows[rows.length - 1].id}`,
        },
        manager,
      );
      return true;
    });
  }

  /** Each recipient's e-mail choice for the kind (the default where they made none). */
  private async deliveriesFor(manager: EntityManager, userIds: string[], kind: NotificationKind): Promise<Map<string, EmailDelivery>> {
    const rows = await manager.getRepository(NotificationPreference).find({ where: { userId: In(userIds), kind } });
    const chosen = new Map(rows.map((row) => [row.userId, row.emailDelivery]));
    return new Map(userIds.map((id) => [id, chosen.get(id) ?? DEFAULT_EMAIL_DELIVERY]));
  }

  /** The user's notifications, newest first. */
  async list(userId: string, page: PageArgs, unreadOnly = false): Promise<Page<Notification>> {
    const { skip, take } = pageWindow(page);
    const [items, totalCount] = await this.notifications.findAndCount({
      where: { recipientId: userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
    return { items, totalCount };
  }

  /** The bell's figure: one count on the partial unread index. */
  unreadCount(userId: string): Promise<number> {
    return this.notifications.count({ where: { recipientId: userId, readAt: IsNull() } });
  }

  /** Marks one of the user's own notifications read; another user's is NOT_FOUND. */
  async markRead(userId: string, id: string): Promise<Notification> {
    await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('id = :id AND recipient_id = :userId AND read_at IS NULL', { id, userId })
      .execute();
    const notification = await this.notifications.findOne({ where: { id, recipientId: userId } });
    if (!notification) throw new NotFoundError(NotificationsErrorReason.NOTIFICATION_NOT_FOUND);
    return notification;
  }

  /** Marks all of the user's notifications read; returns how many were unread. */
  async markAllRead(userId: string): Promise<number> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('recipient_id = :userId AND read_at IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }

  /** The user's e-mail choice for every kind. */
  async preferencesOf(userId: string): Promise<{ kind: NotificationKind; emailDelivery: EmailDelivery }[]> {
    const rows = await this.preferences.find({ where: { userId } });
    const chosen = new Map(rows.map((row) => [row.kind, row.emailDelivery]));
    return NOTIFICATION_KINDS.map((kind) => ({ kind, emailDelivery: chosen.get(kind) ?? DEFAULT_EMAIL_DELIVERY }));
  }

  /** Sets the user's e-mail choice for a kind; an unknown kind or choice is a typed input error. */
  async setPreference(
    userId: string,
    kind: string,
    emailDelivery: string,
  ): Promise<{ kind: NotificationKind; emailDelivery: EmailDelivery }> {
    if (!isNotificationKind(kind)) {
      throw new BadUserInputError(NotificationsErrorReason.UNKNOWN_NOTIFICATION_KIND, {
        params: { kind },
        fields: [{ field: 'kind', message: 'field.invalid' }],
      });
    }
    if (!(EMAIL_DELIVERIES as readonly string[]).includes(emailDelivery)) {
      throw new BadUserInputError(NotificationsErrorReason.UNKNOWN_EMAIL_DELIVERY, {
        params: { emailDelivery },
        fields: [{ field: 'emailDelivery', message: 'field.invalid' }],
      });
    }
    const delivery = emailDelivery as EmailDelivery;
    await this.preferences.upsert({ userId, kind, emailDelivery: delivery }, ['userId', 'kind']);
    // Choosing e-mail here takes back an earlier unsubscribe link's opt-out for what it now sends.
    if (delivery === EmailDelivery.IMMEDIATE) await this.mail.resubscribe(userId, mailKind(kind));
    if (delivery === EmailDelivery.DAILY_DIGEST) await this.mail.resubscribe(userId, DIGEST_MAIL_KIND);
    if (delivery !== EmailDelivery.DAILY_DIGEST) {
      // Notifications waiting for a digest the user no longer wants are not sent later.
      await this.notifications.update({ recipientId: userId, kind, digestPending: true }, { digestPending: false });
    }
    return { kind, emailDelivery: delivery };
  }
}

function localeOf(user: User): MailLocale {
  return user.locale === 'en' ? 'en' : 'id';
}
