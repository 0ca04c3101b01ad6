/**
 * The notifications feature's public API. Call, where your event is committed and inside its
 * transaction:
 *
 *   await this.notifications.notify(manager, {
 *     kind: NotificationKind.SESSION_SCHEDULED,
 *     recipientIds,                 // only users who may see the object (your access rules)
 *     object: { type: 'MentoringSession', id: session.id, link: `/mentoring/sessions/${session.id}` },
 *     params: { agenda: session.agenda, startsAt: session.startsAt.toISOString() },
 *     dedupeKey: `session-scheduled:${session.id}`,
 *   });
 *
 * Import `NotificationsModule` into your module. The kinds are `NotificationKind` in
 * `@living-lab/shared` (add one there, with its id/en texts in web `features/notifications/locales`
 * and the server's e-mail texts in `notifications/notification-mail-texts.ts`).
 */
export { NotificationKind } from '@living-lab/shared';
export { type NewNotification, NotificationService } from './notification.service';
export { NotificationsModule } from './notifications.module';
